import { describe, expect, it } from 'vitest';
import type { Casualty } from '../../src/data/schemas';
import { buildSeries, plotValue } from '../../src/model/casualtySeries';
import { publishersOf, shippedBundle } from './loadBundle';

const dates = (cs: Casualty[]) => new Set(cs.map((c) => c.reportedOn)).size;

/**
 * Dated points of the Nagorno-Karabakh defence ministry's running toll during the war: issue 4
 * asks for at least 30 (the ministry published no lists on 3–8 Nov, so not every day has one).
 */
const NK_DAILY_TOLL_DATES = 30;

describe('casualties.json: every figure as a claim', () => {
  const b = shippedBundle();
  const all = b.casualties;
  const where = (f: (c: Casualty) => boolean) => all.filter(f);
  const actorSide = new Map(b.actors.map((a) => [a.id, a.side]));

  it('has the figures of the 19 Jan 2021 report exactly', () => {
    const az = where(
      (c) => c.actorId === 'az-mod' && c.subject.side === 'azerbaijan' && c.subject.group === 'military',
    );
    const killed2855 = az.find((c) => c.measure === 'killed' && c.value === 2855);
    expect(killed2855?.asOf).toBe('2021-01-18');
    expect(az.find((c) => c.measure === 'missing' && c.value === 50)?.asOf).toBe('2021-01-18');
    expect(az.some((c) => c.measure === 'killed' && c.value === 2802)).toBe(true);
    expect(az.find((c) => c.measure === 'killed' && c.value === 2783)?.reportedOn).toBe('2020-12-03');
  });

  it('meets each series’ minimum number of dated points', () => {
    expect(
      dates(
        where(
          (c) =>
            c.actorId === 'az-mod' &&
            c.subject.side === 'azerbaijan' &&
            (c.measure === 'killed' || c.measure === 'missing'),
        ),
      ),
    ).toBeGreaterThanOrEqual(8);
    expect(
      dates(
        where(
          (c) =>
            c.actorId === 'nk-mod' &&
            c.subject.side === 'nagorno-karabakh' &&
            c.measure === 'killed' &&
            c.reportedOn <= '2020-11-10',
        ),
      ),
    ).toBeGreaterThanOrEqual(NK_DAILY_TOLL_DATES);
    expect(
      dates(
        where(
          (c) =>
            actorSide.get(c.actorId) === 'armenia' &&
            c.subject.side === 'armenia' &&
            c.subject.group === 'military' &&
            c.reportedOn > '2020-11-10',
        ),
      ),
    ).toBeGreaterThanOrEqual(8);
    expect(
      dates(where((c) => c.subject.side === 'azerbaijan' && c.subject.group === 'civilian')),
    ).toBeGreaterThanOrEqual(8);
    expect(
      dates(
        where(
          (c) =>
            c.subject.side !== 'azerbaijan' && c.subject.side !== 'both' && c.subject.group === 'civilian',
        ),
      ),
    ).toBeGreaterThanOrEqual(8);
    expect(
      where(
        (c) =>
          actorSide.get(c.actorId) === 'azerbaijan' &&
          (c.subject.side === 'armenia' || c.subject.side === 'nagorno-karabakh'),
      ).length,
    ).toBeGreaterThanOrEqual(10);
    expect(
      where(
        (c) =>
          actorSide.get(c.actorId) !== 'azerbaijan' &&
          actorSide.get(c.actorId) !== 'third-party' &&
          c.subject.side === 'azerbaijan' &&
          c.reportedOn <= '2020-11-10',
      ).length,
    ).toBeGreaterThanOrEqual(10);
    expect(where((c) => c.actorId === 'sohr').length).toBeGreaterThanOrEqual(3);
    expect(where((c) => c.actorId === 'ru-president').length).toBeGreaterThanOrEqual(1);
  });

  it('a cumulative count that falls says why in its note', () => {
    const unexplained: string[] = [];
    for (const s of buildSeries(all)) {
      if (s.measure === 'equipment-destroyed') continue;
      for (let i = 1; i < s.points.length; i++) {
        const [prev, cur] = [s.points[i - 1], s.points[i]];
        if (
          plotValue(cur) < plotValue(prev) &&
          !/lower|fell|fall|revis|previous|earlier|differ|disagree|correct|fewer|drop|less/i.test(cur.note)
        ) {
          unexplained.push(`${cur.id} (${plotValue(prev)} → ${plotValue(cur)})`);
        }
      }
    }
    expect(unexplained).toEqual([]);
  });

  it('the first and the latest point of each main series cite two publishers', () => {
    // Main series: the official own-loss counts and the running tolls the issue names.
    const main = buildSeries(all).filter((s) => s.points.length >= 5 && s.measure !== 'equipment-destroyed');
    const weak: string[] = [];
    for (const s of main) {
      for (const p of [s.points[0], s.points[s.points.length - 1]]) {
        if (publishersOf(b, p.sourceIds).size < 2 && !SINGLE_PUBLISHER_ENDPOINTS.has(p.id)) weak.push(p.id);
      }
    }
    expect(weak).toEqual([]);
  });
});

/**
 * Endpoints for which a second, independent report was searched for and not found (see the
 * research notes in issue 4). Each stays listed until a second source is added; the test fails
 * for any endpoint not in this list.
 */
const SINGLE_PUBLISHER_ENDPOINTS = new Set<string>([
  'cas-am-mod-azerbaijan-military-killed-20201105',
  'cas-nk-mod-nagorno-karabakh-military-killed-20201212',
  // SOHR's last count (541, 3 Dec 2020): only one dated relay found (issue 16).
  'cas-sohr-azerbaijan-foreign-fighters-killed-20201203',
  // NK emergency service's bodies found: its 20 Dec 2020 count is also in Armenpress's Russian
  // service, whose copy shows no publication day; its 6 Sep 2021 count only in Aliq Media (issue 16).
  'cas-nk-emergency-armenia-military-and-civilian-bodies-recovered-20201221',
  'cas-nk-emergency-armenia-military-and-civilian-bodies-recovered-20210906',
]);
