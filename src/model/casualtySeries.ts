/**
 * Casualty figures as series: one series per reporting body × whose losses × group × measure
 * (× equipment). A series' points are its announcements in the order they were made; the value
 * holds until the next announcement (a step, never an interpolation).
 */
import type { IsoDate } from '../data/calendar';
import type { Casualty } from '../data/schemas';
import { compareIds } from './compareIds';

export interface SeriesKey {
  actorId: string;
  side: Casualty['subject']['side'];
  group: Casualty['subject']['group'];
  measure: Casualty['measure'];
  equipment?: Casualty['equipment'];
}

export interface Series extends SeriesKey {
  id: string;
  points: Casualty[];
}

export function seriesIdOf(c: Casualty): string {
  return [c.actorId, c.subject.side, c.subject.group, c.measure, c.equipment].filter(Boolean).join('-');
}

/** The figure a point stands for on a chart: the value, or the top of a range. */
export function plotValue(c: Casualty): number {
  return c.value ?? c.valueHigh ?? 0;
}

function byAnnouncement(a: Casualty, b: Casualty): number {
  if (a.reportedOn !== b.reportedOn) return a.reportedOn < b.reportedOn ? -1 : 1;
  if (a.asOf !== b.asOf) return a.asOf < b.asOf ? -1 : 1;
  return compareIds(a.id, b.id);
}

/**
 * Builds every series, keeping only figures announced on or before `knownOn` when it is given
 * ("as known on": what the public could have read that day).
 */
export function buildSeries(figures: readonly Casualty[], knownOn?: IsoDate): Series[] {
  const byId = new Map<string, Series>();
  for (const c of figures) {
    if (knownOn && c.reportedOn > knownOn) continue;
    const id = seriesIdOf(c);
    let s = byId.get(id);
    if (!s) {
      s = {
        id,
        actorId: c.actorId,
        side: c.subject.side,
        group: c.subject.group,
        measure: c.measure,
        equipment: c.equipment,
        points: [],
      };
      byId.set(id, s);
    }
    s.points.push(c);
  }
  for (const s of byId.values()) s.points.sort(byAnnouncement);
  return [...byId.values()].sort((a, b) => compareIds(a.id, b.id));
}

/** The latest figure of a series announced on or before `date` (the step's value on that day). */
export function valueOn(series: Series, date: IsoDate): Casualty | undefined {
  let found: Casualty | undefined;
  for (const p of series.points) {
    if (p.reportedOn <= date) found = p;
    else break;
  }
  return found;
}

/**
 * The day of the latest figure announced on or before `date` (a day before any figure when there
 * is none). As a cut-off it gives the same series as `date`, and it changes only on days with an
 * announcement, so a view keyed by it redraws only when something new became known.
 */
export function latestAnnouncementBy(figures: readonly Casualty[], date: IsoDate): IsoDate {
  let latest: IsoDate = '0000-01-01';
  for (const c of figures) if (c.reportedOn <= date && c.reportedOn > latest) latest = c.reportedOn;
  return latest;
}
