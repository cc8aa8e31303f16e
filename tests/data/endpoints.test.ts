import { describe, expect, it } from 'vitest';
import type { Casualty } from '../../src/data/schemas';
import { buildSeries, plotValue } from '../../src/model/casualtySeries';
import { publishersOf, shippedBundle } from './loadBundle';

interface Endpoint {
  id: string;
  value: number;
  reportedOn: string;
  measure: Casualty['measure'];
  group: Casualty['subject']['group'];
  /** Distinct publishers required: 2 where a second independent report was found, else 1. */
  publishers: 1 | 2;
}

/**
 * The figures every article quotes (issue 16): each side's official counts after the war up to
 * the latest found, SOHR's series to its last count, and third-party tallies, each in the group
 * it counts. An endpoint with one publisher is one for which no second dated report was found.
 */
const ENDPOINTS: Endpoint[] = [
  // Azerbaijan's defence ministry and later official bodies
  {
    id: 'cas-az-mod-azerbaijan-military-killed-20201203',
    value: 2783,
    reportedOn: '2020-12-03',
    measure: 'killed',
    group: 'military',
    publishers: 2,
  },
  {
    id: 'cas-az-mod-azerbaijan-military-wounded-20201203',
    value: 1245,
    reportedOn: '2020-12-03',
    measure: 'wounded',
    group: 'military',
    publishers: 2,
  },
  {
    id: 'cas-az-mod-azerbaijan-military-killed-20201209',
    value: 2723,
    reportedOn: '2020-12-09',
    measure: 'buried-named',
    group: 'military',
    publishers: 1,
  },
  {
    id: 'cas-az-mod-azerbaijan-military-killed-20201215',
    value: 2756,
    reportedOn: '2020-12-15',
    measure: 'buried-named',
    group: 'military',
    publishers: 2,
  },
  {
    id: 'cas-az-mod-azerbaijan-military-killed-20210112',
    value: 2841,
    reportedOn: '2021-01-12',
    measure: 'killed',
    group: 'military',
    publishers: 2,
  },
  {
    id: 'cas-az-mod-azerbaijan-military-missing-20210112',
    value: 64,
    reportedOn: '2021-01-12',
    measure: 'missing',
    group: 'military',
    publishers: 1,
  },
  {
    id: 'cas-az-mod-azerbaijan-military-killed-20210118',
    value: 2855,
    reportedOn: '2021-01-18',
    measure: 'killed',
    group: 'military',
    publishers: 2,
  },
  {
    id: 'cas-az-mod-azerbaijan-military-missing-20210118',
    value: 50,
    reportedOn: '2021-01-18',
    measure: 'missing',
    group: 'military',
    publishers: 2,
  },
  {
    id: 'cas-az-mod-azerbaijan-military-killed-20210302',
    value: 2881,
    reportedOn: '2021-03-02',
    measure: 'killed',
    group: 'military',
    publishers: 2,
  },
  {
    id: 'cas-az-mod-azerbaijan-military-killed-20210602',
    value: 2900,
    reportedOn: '2021-06-02',
    measure: 'killed',
    group: 'military',
    publishers: 1,
  },
  {
    id: 'cas-az-mod-azerbaijan-military-killed-20210927',
    value: 2907,
    reportedOn: '2021-09-27',
    measure: 'killed',
    group: 'military',
    publishers: 2,
  },
  {
    id: 'cas-az-government-azerbaijan-military-killed-20210927',
    value: 2907,
    reportedOn: '2021-09-27',
    measure: 'killed',
    group: 'military',
    publishers: 2,
  },
  {
    id: 'cas-az-military-prosecutor-azerbaijan-military-bodies-identified-20210420',
    value: 2889,
    reportedOn: '2021-04-20',
    measure: 'bodies-identified',
    group: 'military',
    publishers: 2,
  },
  {
    id: 'cas-az-military-prosecutor-azerbaijan-military-bodies-recovered-20210420',
    value: 362,
    reportedOn: '2021-04-20',
    measure: 'bodies-recovered',
    group: 'military',
    publishers: 2,
  },
  {
    id: 'cas-az-military-prosecutor-azerbaijan-military-killed-20220723',
    value: 2908,
    reportedOn: '2022-07-23',
    measure: 'bodies-identified',
    group: 'military',
    publishers: 1,
  },
  {
    id: 'cas-az-military-prosecutor-azerbaijan-military-missing-20220723',
    value: 6,
    reportedOn: '2022-07-23',
    measure: 'missing',
    group: 'military',
    publishers: 1,
  },
  // The Armenian side
  {
    id: 'cas-am-health-armenia-military-killed-20201114',
    value: 2317,
    reportedOn: '2020-11-14',
    measure: 'killed',
    group: 'military',
    publishers: 2,
  },
  {
    id: 'cas-am-health-armenia-military-killed-20201114-b',
    value: 2137,
    reportedOn: '2020-11-14',
    measure: 'killed',
    group: 'military',
    publishers: 1,
  },
  {
    id: 'cas-am-health-armenia-military-bodies-identified-20201211',
    value: 302,
    reportedOn: '2020-12-11',
    measure: 'bodies-identified',
    group: 'military',
    publishers: 1,
  },
  {
    id: 'cas-am-health-armenia-military-killed-20201222',
    value: 3248,
    reportedOn: '2020-12-22',
    measure: 'killed',
    group: 'military',
    publishers: 1,
  },
  {
    id: 'cas-am-health-armenia-military-bodies-identified-20201222',
    value: 361,
    reportedOn: '2020-12-22',
    measure: 'bodies-identified',
    group: 'military',
    publishers: 1,
  },
  {
    id: 'cas-am-health-armenia-military-bodies-identified-20210102',
    value: 436,
    reportedOn: '2021-01-02',
    measure: 'bodies-identified',
    group: 'military',
    publishers: 2,
  },
  {
    id: 'cas-am-government-armenia-military-and-civilian-killed-20210120',
    value: 3439,
    reportedOn: '2021-01-20',
    measure: 'killed',
    group: 'military-and-civilian',
    publishers: 2,
  },
  {
    id: 'cas-am-government-armenia-military-and-civilian-bodies-unidentified-20210120',
    value: 766,
    reportedOn: '2021-01-20',
    measure: 'bodies-unidentified',
    group: 'military-and-civilian',
    publishers: 1,
  },
  {
    id: 'cas-am-pm-armenia-military-bodies-unidentified-20210320',
    value: 189,
    reportedOn: '2021-03-20',
    measure: 'bodies-unidentified',
    group: 'military',
    publishers: 2,
  },
  {
    id: 'cas-am-pm-armenia-military-and-civilian-bodies-unidentified-20210414',
    value: 201,
    reportedOn: '2021-04-14',
    measure: 'bodies-unidentified',
    group: 'military-and-civilian',
    publishers: 2,
  },
  {
    id: 'cas-am-health-armenia-military-killed-20210529',
    value: 3753,
    reportedOn: '2021-05-29',
    measure: 'killed',
    group: 'military',
    publishers: 2,
  },
  {
    id: 'cas-am-mod-armenia-military-wounded-20210328',
    value: 11000,
    reportedOn: '2021-03-28',
    measure: 'wounded',
    group: 'military',
    publishers: 2,
  },
  {
    id: 'cas-am-pm-armenia-military-killed-20210824',
    value: 3773,
    reportedOn: '2021-08-24',
    measure: 'killed',
    group: 'military-and-civilian',
    publishers: 2,
  },
  {
    id: 'cas-am-pm-armenia-military-missing-20210824',
    value: 243,
    reportedOn: '2021-08-24',
    measure: 'missing',
    group: 'military',
    publishers: 2,
  },
  {
    id: 'cas-am-pm-armenia-military-killed-20210826',
    value: 3702,
    reportedOn: '2021-08-26',
    measure: 'killed',
    group: 'military',
    publishers: 1,
  },
  {
    id: 'cas-am-pm-armenia-civilian-killed-20210826',
    value: 75,
    reportedOn: '2021-08-26',
    measure: 'killed',
    group: 'civilian',
    publishers: 1,
  },
  {
    id: 'cas-am-investigative-armenia-military-killed-20210927',
    value: 3781,
    reportedOn: '2021-09-27',
    measure: 'killed',
    group: 'military-and-civilian',
    publishers: 2,
  },
  {
    id: 'cas-am-investigative-armenia-military-missing-20210927',
    value: 231,
    reportedOn: '2021-09-27',
    measure: 'missing',
    group: 'military',
    publishers: 2,
  },
  {
    id: 'cas-am-investigative-armenia-civilian-missing-20210927',
    value: 22,
    reportedOn: '2021-09-27',
    measure: 'missing',
    group: 'civilian',
    publishers: 2,
  },
  // NK emergency service: bodies of the Armenian side's dead found in the searches after the ceasefire
  {
    id: 'cas-nk-emergency-armenia-military-and-civilian-bodies-recovered-20201221',
    value: 1039,
    reportedOn: '2020-12-21',
    measure: 'bodies-recovered',
    group: 'military-and-civilian',
    publishers: 1,
  },
  {
    id: 'cas-nk-emergency-armenia-military-and-civilian-bodies-recovered-20210107',
    value: 1188,
    reportedOn: '2021-01-07',
    measure: 'bodies-recovered',
    group: 'military-and-civilian',
    publishers: 2,
  },
  {
    id: 'cas-nk-emergency-armenia-military-and-civilian-bodies-recovered-20210529',
    value: 1557,
    reportedOn: '2021-05-29',
    measure: 'bodies-recovered',
    group: 'military-and-civilian',
    publishers: 2,
  },
  {
    id: 'cas-nk-emergency-armenia-military-and-civilian-bodies-recovered-20210906',
    value: 1657,
    reportedOn: '2021-09-06',
    measure: 'bodies-recovered',
    group: 'military-and-civilian',
    publishers: 1,
  },
  {
    id: 'cas-nk-government-nagorno-karabakh-military-killed-20210929',
    value: 742,
    reportedOn: '2021-09-29',
    measure: 'killed',
    group: 'military',
    publishers: 1,
  },
  {
    id: 'cas-nk-ombudsman-nagorno-karabakh-civilian-killed-20210928',
    value: 80,
    reportedOn: '2021-09-28',
    measure: 'killed',
    group: 'civilian',
    publishers: 2,
  },
  {
    id: 'cas-am-government-armenia-military-killed-20220211',
    value: 3812,
    reportedOn: '2022-02-11',
    measure: 'killed',
    group: 'military',
    publishers: 1,
  },
  {
    id: 'cas-am-government-armenia-military-missing-20220211',
    value: 217,
    reportedOn: '2022-02-11',
    measure: 'missing',
    group: 'military',
    publishers: 1,
  },
  // The Syrian Observatory's count of Syrian fighters on Azerbaijan's side
  {
    id: 'cas-sohr-azerbaijan-foreign-fighters-killed-20201019',
    value: 143,
    reportedOn: '2020-10-19',
    measure: 'killed',
    group: 'foreign-fighters',
    publishers: 2,
  },
  {
    id: 'cas-sohr-azerbaijan-foreign-fighters-killed-20201114',
    value: 293,
    reportedOn: '2020-11-14',
    measure: 'killed',
    group: 'foreign-fighters',
    publishers: 2,
  },
  {
    id: 'cas-sohr-azerbaijan-foreign-fighters-killed-20201203',
    value: 541,
    reportedOn: '2020-12-03',
    measure: 'killed',
    group: 'foreign-fighters',
    publishers: 1,
  },
  // Third parties, each in the group it counts
  {
    id: 'cas-acaps-both-civilian-killed-20201120',
    value: 140,
    reportedOn: '2020-11-20',
    measure: 'killed',
    group: 'civilian',
    publishers: 1,
  },
  {
    id: 'cas-ap-both-military-killed-20201214',
    value: 5600,
    reportedOn: '2020-12-14',
    measure: 'killed',
    group: 'military-and-civilian',
    publishers: 2,
  },
  {
    id: 'cas-amnesty-both-civilian-killed-20210114',
    value: 146,
    reportedOn: '2021-01-14',
    measure: 'killed',
    group: 'civilian',
    publishers: 2,
  },
];

/** What counts as an explanation when a reporter's death toll goes down. */
const EXPLAINS_A_FALL = /correct|revis|fell|lower|recount|transpos/i;

describe('casualties.json: the endpoints as dated claims', () => {
  const b = shippedBundle();
  const byId = new Map(b.casualties.map((c) => [c.id, c]));

  it.each(ENDPOINTS)('$id: $value, announced $reportedOn', (e) => {
    const c = byId.get(e.id);
    expect(c, e.id).toBeDefined();
    if (!c) return;
    expect(c.value).toBe(e.value);
    expect(c.reportedOn).toBe(e.reportedOn);
    expect(c.measure).toBe(e.measure);
    expect(c.subject.group).toBe(e.group);
    expect(publishersOf(b, c.sourceIds).size).toBeGreaterThanOrEqual(e.publishers);
  });

  it('a killed series of one reporter never falls without a note that explains it', () => {
    const unexplained: string[] = [];
    for (const s of buildSeries(b.casualties).filter((x) => x.measure === 'killed')) {
      for (let i = 1; i < s.points.length; i++) {
        const [prev, cur] = [s.points[i - 1], s.points[i]];
        if (plotValue(cur) < plotValue(prev) && !EXPLAINS_A_FALL.test(cur.note))
          unexplained.push(`${cur.id} (${plotValue(prev)} → ${plotValue(cur)})`);
      }
    }
    expect(unexplained).toEqual([]);
  });

  it('burial lists and killed-and-wounded figures are not filed as deaths', () => {
    const measureOf = (id: string) => byId.get(id)?.measure;
    expect(measureOf('cas-az-mod-azerbaijan-military-killed-20201209')).toBe('buried-named');
    expect(measureOf('cas-az-mod-azerbaijan-military-killed-20201215')).toBe('buried-named');
    expect(measureOf('cas-az-mod-armenia-military-killed-20200928')).toBe('killed-or-wounded');
    expect(measureOf('cas-az-mod-armenia-military-killed-20200929')).toBe('killed-or-wounded');
    // A note that says a figure mixes groups or measures belongs to a record filed as the mix.
    const mixedButKilled = b.casualties.filter(
      (c) =>
        c.measure === 'killed' &&
        c.subject.group !== 'military-and-civilian' &&
        /killed and wounded|not split between military|servicemen and civilians together|soldiers and civilians together/i.test(
          c.note,
        ),
    );
    expect(mixedButKilled.map((c) => c.id)).toEqual([]);
  });
});

describe('events.json: the named errors of issue 16', () => {
  const b = shippedBundle();
  const ev = (id: string) => b.events.find((e) => e.id === id);

  it('keeps 2,137 and 2,317 as two reports, not one fact', () => {
    expect(ev('ev-20201114-am-health-2137-bodies')?.summary).toMatch(/2,137[\s\S]*2,317/);
  });

  it('names the official the NSS change concerned and who made each claim', () => {
    expect(ev('ev-20201108-nss-director-dismissed')?.summary).toMatch(/Hambardzumyan/);
    expect(ev('ev-20201110-speaker-mirzoyan-beaten')?.actorId).not.toBe('am-government');
  });

  it('puts the 9 Nov Bartaz claim on the settlement, not the village taken on 22 Oct', () => {
    expect(ev('tc-20201109-bartaz-az-zan')?.placeIds).toEqual(['bartaz-settlement-az-zan']);
    expect(ev('tc-20201022-bartaz-az-zan')?.placeIds).toEqual(['bartaz-az-zan']);
  });

  it('re-sources or drops what rested on pages that cannot be found', () => {
    const russia = ev('ev-20200930-russia-foreign-fighters');
    expect(russia && publishersOf(b, russia.sourceIds).size).toBeGreaterThanOrEqual(2);
    expect(ev('ev-20201013-azmod-districts-shelled')).toBeUndefined();
  });

  it('records the official aggregates of places announced as taken, with no place of their own', () => {
    for (const [id, count] of [
      ['ev-20201108-aliyev-200-settlements', /more than 200/],
      ['ev-20201218-aliyev-300-settlements', /more than 300/],
    ] as const) {
      const e = ev(id);
      expect(e?.summary, id).toMatch(count);
      expect(e?.placeIds, id).toEqual([]);
      expect(e?.geoPrecision, id).toBe('none');
    }
  });
});
