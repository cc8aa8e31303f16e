/**
 * Claims side by side: for one side's dead (military or civilian) at a date, the latest figure
 * from each reporter — the side's own officials, the other side, and third parties — as known
 * on that date. Nothing is summed or reconciled; each bar is one reporter's claim.
 */
import type { IsoDate } from '../data/calendar';
import type { Actor, Casualty } from '../data/schemas';
import { buildSeries, valueOn } from './casualtySeries';
import { compareIds } from './compareIds';

export type Voice = 'own' | 'other' | 'independent';
export type Belligerent = 'azerbaijani' | 'armenian' | 'both';

export interface ComparedClaim {
  /** The series the figure comes from: one reporter may count, say, civilians in Armenia and in Nagorno-Karabakh. */
  seriesId: string;
  side: Casualty['subject']['side'];
  actorId: string;
  voice: Voice;
  figure: Casualty;
}

export interface ComparedGroup {
  whose: Belligerent;
  group: Casualty['subject']['group'];
  claims: ComparedClaim[];
}

function belligerentOf(side: Casualty['subject']['side']): Belligerent {
  if (side === 'azerbaijan') return 'azerbaijani';
  if (side === 'both') return 'both';
  return 'armenian';
}

function voiceOf(actor: Actor | undefined, whose: Belligerent): Voice {
  if (!actor || actor.side === 'third-party' || whose === 'both') return 'independent';
  const actorIsArmenian = actor.side === 'armenia' || actor.side === 'nagorno-karabakh';
  return (whose === 'armenian') === actorIsArmenian ? 'own' : 'other';
}

const voiceOrder: Record<Voice, number> = { own: 0, other: 1, independent: 2 };

/** Killed figures per belligerent and group, as known on `date` (all figures when undefined). */
export function compareClaims(figures: readonly Casualty[], actorsById: ReadonlyMap<string, Actor>, date?: IsoDate): ComparedGroup[] {
  const killed = figures.filter((c) => c.measure === 'killed');
  const groups = new Map<string, ComparedGroup>();
  for (const s of buildSeries(killed, date)) {
    const figure = date ? valueOn(s, date) : s.points[s.points.length - 1];
    if (!figure) continue;
    const whose = belligerentOf(s.side);
    const key = `${whose}|${s.group}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { whose, group: s.group, claims: [] }));
    g.claims.push({ seriesId: s.id, side: s.side, actorId: s.actorId, voice: voiceOf(actorsById.get(s.actorId), whose), figure });
  }
  const order = (g: ComparedGroup) => ['azerbaijani', 'armenian', 'both'].indexOf(g.whose) * 10 + ['military', 'civilian', 'foreign-fighters'].indexOf(g.group);
  const out = [...groups.values()].sort((a, b) => order(a) - order(b));
  for (const g of out) g.claims.sort((a, b) => voiceOrder[a.voice] - voiceOrder[b.voice] || compareIds(a.seriesId, b.seriesId));
  return out;
}
