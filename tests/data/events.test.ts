import { describe, expect, it } from 'vitest';
import { eachDay, WAR_END, WAR_START } from '../../src/data/calendar';
import { publishersOf, shippedBundle } from './loadBundle';

const POST_WAR_END = '2020-12-31';
/**
 * Later claims kept in the record on purpose: an official aggregate of places announced as taken,
 * with no place of its own, so the map's count can be set beside it (issue 16).
 */
const LATER_AGGREGATE_CLAIMS = new Set(['ev-20201218-aliyev-300-settlements']);

describe('events.json: the day-by-day record', () => {
  const b = shippedBundle();
  const war = b.events.filter((e) => e.date <= WAR_END);
  const placeById = new Map(b.places.map((p) => [p.id, p]));

  it('every date lies between 27 Sep and 1 Dec 2020', () => {
    expect(
      b.events
        .filter((e) => e.date < WAR_START || (e.date > POST_WAR_END && !LATER_AGGREGATE_CLAIMS.has(e.id)))
        .map((e) => e.id),
    ).toEqual([]);
    for (const id of LATER_AGGREGATE_CLAIMS) expect(b.events.find((e) => e.id === id)?.placeIds).toEqual([]);
  });

  it('has at least 8 events on each of the 45 days, and at least 450 in all', () => {
    const perDay = new Map<string, number>();
    for (const e of war) perDay.set(e.date, (perDay.get(e.date) ?? 0) + 1);
    const thin = eachDay(WAR_START, WAR_END).filter((d) => (perDay.get(d) ?? 0) < 8);
    expect(thin).toEqual([]);
    expect(war.length).toBeGreaterThanOrEqual(450);
  });

  it('records the handovers of Agdam (20 Nov), Kalbajar (25 Nov) and Lachin (1 Dec)', () => {
    const handover = (date: string, regionId: string) =>
      b.events.some(
        (e) =>
          e.type === 'handover' &&
          e.date === date &&
          e.placeIds.some((p) => placeById.get(p)?.regionId === regionId),
      );
    expect(handover('2020-11-20', 'az-agm')).toBe(true);
    expect(handover('2020-11-25', 'az-kal')).toBe(true);
    expect(handover('2020-12-01', 'az-lac')).toBe(true);
  });

  it('key events cite at least two independent publishers', () => {
    const weak = b.events.filter((e) => e.key && publishersOf(b, e.sourceIds).size < 2).map((e) => e.id);
    expect(weak).toEqual([]);
  });

  it('marks the key moments as key', () => {
    const key = b.events.filter((e) => e.key);
    expect(key.some((e) => e.date === WAR_START)).toBe(true);
    expect(key.some((e) => e.type === 'ceasefire' && e.date === '2020-10-10')).toBe(true);
    expect(key.some((e) => e.placeIds.includes('shusha') && e.date === '2020-11-08')).toBe(true);
    expect(key.some((e) => e.date >= '2020-11-09' && /helicopter|Mi-24/i.test(e.summary))).toBe(true);
    expect(key.some((e) => e.date >= '2020-11-09' && e.date <= WAR_END && /statement/i.test(e.summary))).toBe(
      true,
    );
  });

  it('has no duplicate: one event per day, type, claimant and place', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const e of b.events) {
      for (const p of e.placeIds.length ? e.placeIds : ['']) {
        const k = `${e.date}|${e.type}|${e.actorId}|${p}`;
        if (p && seen.has(k)) dupes.push(`${seen.get(k)} ~ ${e.id}`);
        seen.set(k, e.id);
      }
    }
    expect(dupes).toEqual([]);
  });

  it('territorial claims come from Azerbaijan’s president or defence ministry and name places', () => {
    const claims = b.events.filter((e) => e.type === 'territorial-claim');
    expect(
      claims.filter((e) => e.actorId !== 'az-president' && e.actorId !== 'az-mod').map((e) => e.id),
    ).toEqual([]);
    expect(claims.filter((e) => e.placeIds.length === 0).map((e) => e.id)).toEqual([]);
  });

  it('counts the territorial claims by district (close to 300 in all)', () => {
    const claims = b.events.filter((e) => e.type === 'territorial-claim');
    const byDistrict: Record<string, number> = {};
    for (const e of claims)
      for (const p of e.placeIds) {
        const r = placeById.get(p)?.regionId ?? 'unknown';
        byDistrict[r] = (byDistrict[r] ?? 0) + 1;
      }
    // The counts as recorded; a change here is a change to the record, so it must be deliberate.
    expect(byDistrict).toMatchSnapshot();
    // Close to 300 were announced. Not recorded (no dated source names them, see issue 5): the
    // 13 villages of 28 Oct and 9 of 30 Oct, named only in an undated official chronicle, and the
    // 7 villages of 4 Nov, which no stored report names.
    expect(claims.length).toBeGreaterThanOrEqual(275);
    for (const district of ['az-cab', 'az-fuz', 'az-zan', 'az-qbi', 'az-xvd', 'az-lac'])
      expect(byDistrict[district], district).toBeGreaterThan(0);
  });
});
