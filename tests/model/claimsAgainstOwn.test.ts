import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/data/schemas';
import { claimsAgainstOwn, formatRatio } from '../../src/model/claimsAgainstOwn';
import { compareClaims } from '../../src/model/claimsCompared';
import { indexById } from '../../src/model/indexById';
import { actors, armenianOpposition, cas, casualties } from '../fixtures/bundle';

const more: Actor[] = [...actors, armenianOpposition];
const figures = [
  ...casualties,
  cas('am-claim-1', '2020-10-10', 3000, { actorId: 'am-mod' }),
  cas('am-claim-2', '2020-11-09', 7000, { actorId: 'am-mod', qualifier: 'about' }),
  cas('am-claim-postwar', '2020-12-01', 9000, { actorId: 'am-mod' }),
  cas('opp', '2020-11-20', 5000, {
    actorId: 'am-opposition',
    subject: { side: 'armenia', group: 'military' },
  }),
  cas('kw', '2020-10-30', 2300, {
    actorId: 'az-mod',
    subject: { side: 'armenia', group: 'military' },
    measure: 'killed-or-wounded',
    qualifier: 'at-least',
  }),
];
const byId = indexById(more);

describe('claims against own counts', () => {
  it('sets each side’s last wartime claim beside the other side’s latest own count, symmetric, with the ratio', () => {
    const [armenian, azerbaijani] = claimsAgainstOwn(figures, byId, '2024-08-30');
    expect(armenian).toMatchObject({ about: 'armenian', ratio: '8.3×' });
    expect(armenian.claim?.id).toBe('c-az-claims');
    expect(armenian.own?.id).toBe('c-nk-10');
    expect(azerbaijani.claim?.id).toBe('am-claim-2');
    expect(azerbaijani.own?.id).toBe('c-2855');
    expect(azerbaijani.ratio).toBe('2.5×');
  });

  it('takes only what was known on the cut-off', () => {
    const [, azerbaijani] = claimsAgainstOwn(figures, byId, '2020-10-15');
    expect(azerbaijani.claim?.id).toBe('am-claim-1');
    expect(azerbaijani.own).toBeUndefined();
    expect(azerbaijani.ratio).toBeUndefined();
  });

  it('formats ratios', () => {
    expect(formatRatio(2.4512)).toBe('2.5×');
    expect(formatRatio(12.4)).toBe('12×');
  });
});

describe('claims compared', () => {
  it('names the opposition as the own side’s opposition, not its officials', () => {
    const armenian = compareClaims(figures, byId).find(
      (g) => g.whose === 'armenian' && g.group === 'military',
    )!;
    const opp = armenian.claims.find((c) => c.actorId === 'am-opposition')!;
    expect(opp.voice).toBe('own-unofficial');
    expect(opp.voiceText).toBe('own side’s opposition');
  });

  it('keeps killed-or-wounded figures as what they are, never as the dead', () => {
    const armenian = compareClaims(figures, byId).find(
      (g) => g.whose === 'armenian' && g.group === 'military',
    )!;
    const kw = armenian.claims.filter((c) => c.actorId === 'az-mod');
    expect(kw.map((c) => [c.figure.measure, c.figure.value])).toEqual([
      ['killed', 5000],
      ['killed-or-wounded', 2300],
    ]);
  });

  it('as known at the end of the war holds only what was announced by 10 Nov 2020', () => {
    const azerbaijani = compareClaims(figures, byId, '2020-11-10').find((g) => g.whose === 'azerbaijani')!;
    expect(azerbaijani.claims.map((c) => c.figure.id)).toEqual(['am-claim-2']);
  });
});
