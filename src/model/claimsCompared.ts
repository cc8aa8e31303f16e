/**
 * Claims side by side: for one side's dead (military or civilian) at a date, the latest figure
 * from each reporter — the side's own officials, its opposition, the other side, and third
 * parties — as known on that date. Nothing is summed or reconciled; each bar is one reporter's
 * claim. A "killed or wounded" figure is shown as what it is, never as a death toll.
 */
import type { IsoDate } from '../data/calendar';
import type { Actor, Casualty } from '../data/schemas';
import { buildSeries, valueOn } from './casualtySeries';
import { belligerentOf, voiceLabel, voiceOf, type Belligerent, type Voice } from './casualtyVoices';
import { compareIds } from './compareIds';

export type { Belligerent, Voice };

export interface ComparedClaim {
  /** The series the figure comes from: one reporter may count, say, civilians in Armenia and in Nagorno-Karabakh. */
  seriesId: string;
  side: Casualty['subject']['side'];
  actorId: string;
  voice: Voice;
  /** Who speaks, in words: "own officials", "own side’s opposition", "third party (media)". */
  voiceText: string;
  figure: Casualty;
}

export interface ComparedGroup {
  whose: Belligerent;
  group: Casualty['subject']['group'];
  claims: ComparedClaim[];
}

/** The measures compared: deaths, and the joint killed-or-wounded figures, each labelled as what it counts. */
const COMPARED: readonly Casualty['measure'][] = ['killed', 'killed-or-wounded'];
const voiceOrder: Record<Voice, number> = { own: 0, 'own-unofficial': 1, other: 2, third: 3 };

/** Killed figures per belligerent and group, as known on `date` (all figures when undefined). */
export function compareClaims(
  figures: readonly Casualty[],
  actorsById: ReadonlyMap<string, Actor>,
  date?: IsoDate,
): ComparedGroup[] {
  const groups = new Map<string, ComparedGroup>();
  for (const s of buildSeries(
    figures.filter((c) => COMPARED.includes(c.measure)),
    date,
  )) {
    const figure = date ? valueOn(s, date) : s.points[s.points.length - 1];
    if (!figure) continue;
    const whose = belligerentOf(s.side) as Belligerent;
    const key = `${whose}|${s.group}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { whose, group: s.group, claims: [] }));
    const actor = actorsById.get(s.actorId);
    g.claims.push({
      seriesId: s.id,
      side: s.side,
      actorId: s.actorId,
      voice: voiceOf(actor, whose),
      voiceText: voiceLabel(actor, whose),
      figure,
    });
  }
  const order = (g: ComparedGroup) =>
    ['azerbaijani', 'armenian', 'both'].indexOf(g.whose) * 10 +
    ['military', 'civilian', 'foreign-fighters', 'military-and-civilian'].indexOf(g.group);
  const out = [...groups.values()].sort((a, b) => order(a) - order(b));
  for (const g of out)
    g.claims.sort((a, b) => voiceOrder[a.voice] - voiceOrder[b.voice] || compareIds(a.seriesId, b.seriesId));
  return out;
}
