import { describe, expect, it } from 'vitest';
import { buildSeries, latestAnnouncementBy, seriesIdOf, valueOn } from '../../src/model/casualtySeries';
import { compareClaims } from '../../src/model/claimsCompared';
import { casualtiesToCsv, csvCell, csvFileName } from '../../src/model/casualtyCsv';
import { formatFigure } from '../../src/model/casualtyLabels';
import { indexById } from '../../src/model/indexById';
import { actors, casualties, sources } from '../fixtures/bundle';

describe('revision series', () => {
  it('groups by reporter × whose × group × measure and orders by announcement', () => {
    const series = buildSeries(casualties);
    const az = series.find((s) => s.id === 'az-mod-azerbaijan-military-killed');
    expect(az?.points.map((p) => p.value)).toEqual([2783, 2841, 2855]);
    expect(series.map((s) => s.id)).toContain('az-mod-azerbaijan-military-missing');
    expect(seriesIdOf(casualties[0])).toBe('az-mod-azerbaijan-military-killed');
  });

  it('a cut-off moves only on days with an announcement, and gives the same series', () => {
    expect(latestAnnouncementBy(casualties, '2020-10-14')).toBe('2020-09-28');
    expect(latestAnnouncementBy(casualties, '2020-10-15')).toBe('2020-10-15');
    expect(latestAnnouncementBy(casualties, '2020-10-19')).toBe('2020-10-15');
    expect(latestAnnouncementBy(casualties, '2020-09-01') < '2020-09-27').toBe(true);
    expect(buildSeries(casualties, latestAnnouncementBy(casualties, '2020-10-19'))).toEqual(
      buildSeries(casualties, '2020-10-19'),
    );
    expect(buildSeries(casualties, latestAnnouncementBy(casualties, '2020-09-01'))).toEqual([]);
  });

  it('shows only what had been announced by a date', () => {
    const onOct15 = buildSeries(casualties, '2020-10-15');
    expect(onOct15.map((s) => s.id)).toEqual(['nk-mod-nagorno-karabakh-military-killed']);
    expect(onOct15[0].points.map((p) => p.value)).toEqual([84, 600]);
  });

  it('holds a value until the next announcement (a step, not a slope)', () => {
    const az = buildSeries(casualties).find((s) => s.id === 'az-mod-azerbaijan-military-killed')!;
    expect(valueOn(az, '2020-12-02')).toBeUndefined();
    expect(valueOn(az, '2021-01-11')?.value).toBe(2783);
    expect(valueOn(az, '2021-01-12')?.value).toBe(2841);
    expect(valueOn(az, '2026-01-01')?.value).toBe(2855);
  });
});

describe('claims compared', () => {
  it('keeps each reporter’s own figure apart and labels its voice', () => {
    const groups = compareClaims(casualties, indexById(actors));
    const armenian = groups.find((g) => g.whose === 'armenian' && g.group === 'military')!;
    expect(armenian.claims.map((c) => [c.actorId, c.voice, c.figure.value])).toEqual([
      ['nk-mod', 'own', 600],
      ['az-mod', 'other', 5000],
    ]);
    expect(groups[0].whose).toBe('azerbaijani');
  });
});

describe('claims compared: one reporter, two series', () => {
  // Regression: the NK ombudsman counted civilians in Armenia and in Nagorno-Karabakh; both land
  // in the Armenian side's civilian group and must stay two claims with distinct keys.
  it('keeps them apart by series', () => {
    const two = [
      {
        ...casualties[0],
        id: 'x1',
        actorId: 'nk-mod',
        subject: { side: 'nagorno-karabakh' as const, group: 'civilian' as const },
        value: 50,
      },
      {
        ...casualties[0],
        id: 'x2',
        actorId: 'nk-mod',
        subject: { side: 'armenia' as const, group: 'civilian' as const },
        value: 7,
      },
    ];
    const [group] = compareClaims(two, indexById(actors));
    expect(group.claims.map((c) => [c.seriesId, c.side, c.figure.value])).toEqual([
      ['nk-mod-armenia-civilian-killed', 'armenia', 7],
      ['nk-mod-nagorno-karabakh-civilian-killed', 'nagorno-karabakh', 50],
    ]);
  });
});

describe('figures in words and CSV', () => {
  it('keeps qualifiers and ranges', () => {
    expect(formatFigure(casualties[0], 'en-US')).toBe('2,855');
    expect(formatFigure(casualties[6], 'en-US')).toBe('about 5,000');
    expect(formatFigure({ ...casualties[0], value: undefined, valueLow: 10, valueHigh: 20 }, 'en-US')).toBe(
      '10–20',
    );
    expect(formatFigure({ ...casualties[0], qualifier: 'at-least', value: 100 }, 'en-US')).toBe(
      'at least 100',
    );
  });

  it('writes one row per figure with the source URLs, quoted and formula-safe', () => {
    const csv = casualtiesToCsv([casualties[0]], indexById(actors), indexById(sources), {
      asKnownOn: '2021-02-01',
      subject: 'azerbaijani-military-dead',
    });
    const [header, row] = csv.trim().split('\r\n');
    expect(header.split(',')).toContain('source_urls');
    expect(header.split(',').slice(0, 2)).toEqual(['as_known_on', 'subject']);
    expect(row.startsWith('2021-02-01,azerbaijani-military-dead,')).toBe(true);
    expect(csvFileName({ asKnownOn: '2020-10-15', subject: 'armenian-military-dead' })).toBe(
      'karabakh-2020-armenian-military-dead-as-known-on-2020-10-15.csv',
    );
    expect(row).toContain('2021-01-19,2021-01-18');
    expect(row).toContain(',2855,');
    expect(row).toContain('https://example.net/b');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});
