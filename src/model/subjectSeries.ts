/**
 * The series of one subject, each with who speaks, its words, and whether the chart shows it by
 * default: at most `MAX_DEFAULT_LINES`, chosen in turn from own counts, the other side's claims
 * and third parties, the most revised first (the rest are one click away).
 */
import type { Actor, Casualty } from '../data/schemas';
import { buildSeries, type Series } from './casualtySeries';
import { measureWords } from './casualtyLabels';
import { isOfSubject, type Subject } from './casualtySubjects';
import { belligerentOf, voiceLabel, voiceOf, type Belligerent, type Voice } from './casualtyVoices';

/** More lines than this cannot each be labelled and told apart on a phone. */
export const MAX_DEFAULT_LINES = 8;

export interface SubjectSeries extends Series {
  voice: Voice;
  /** "own officials", "other side’s officials", "third party (media)". */
  voiceText: string;
  /** Who: the actor's name. */
  name: string;
  /** What, when it is not the subject's plain measure: "killed or wounded", "tanks", "civilians". */
  detail: string;
  byDefault: boolean;
}

const sideWords: Record<Casualty['subject']['side'], string> = {
  armenia: 'Armenia',
  'nagorno-karabakh': 'Nagorno-Karabakh',
  azerbaijan: 'Azerbaijan',
  both: 'both sides',
};
const groupWords: Record<Casualty['subject']['group'], string> = {
  military: 'military',
  civilian: 'civilians',
  'foreign-fighters': 'foreign fighters',
  'military-and-civilian': 'military and civilians together',
};

function detailOf(s: Series, subject: Subject, all: readonly Series[]): string {
  const parts: string[] = [];
  if (s.equipment) parts.push(s.equipment.replace(/-/g, ' '));
  if (s.measure !== subject.measures[0]) parts.push(measureWords[s.measure].toLowerCase());
  if (s.group !== subject.groups[0]) parts.push(groupWords[s.group]);
  const twin = all.some(
    (o) =>
      o !== s &&
      o.actorId === s.actorId &&
      o.measure === s.measure &&
      o.group === s.group &&
      o.equipment === s.equipment,
  );
  if (twin) parts.push(`in ${sideWords[s.side]}`);
  return parts.join(', ');
}

const voiceRank: Record<Voice, number> = { own: 0, other: 1, third: 2, 'own-unofficial': 3 };

/** Round robin over the voices, most announcements first, so no voice crowds the others out. */
function pickDefaults(series: SubjectSeries[]): Set<string> {
  const queues = new Map<Voice, SubjectSeries[]>();
  const ranked = [...series].sort(
    (a, b) =>
      b.points.length - a.points.length || voiceRank[a.voice] - voiceRank[b.voice] || (a.id < b.id ? -1 : 1),
  );
  for (const s of ranked) queues.set(s.voice, [...(queues.get(s.voice) ?? []), s]);
  const order = [...queues.keys()].sort((a, b) => voiceRank[a] - voiceRank[b]);
  const picked = new Set<string>();
  while (picked.size < Math.min(MAX_DEFAULT_LINES, series.length)) {
    for (const v of order) {
      const next = queues.get(v)?.shift();
      if (next && picked.size < MAX_DEFAULT_LINES) picked.add(next.id);
    }
  }
  return picked;
}

/** Every series of the subject, ordered own, other side, third party, then by name. */
export function subjectSeries(
  figures: readonly Casualty[],
  actorsById: ReadonlyMap<string, Actor>,
  subject: Subject,
): SubjectSeries[] {
  const series = buildSeries(figures.filter((c) => isOfSubject(c, subject)));
  const out = series.map((s): SubjectSeries => {
    const actor = actorsById.get(s.actorId);
    const whose = belligerentOf(s.side) as Belligerent;
    return {
      ...s,
      voice: voiceOf(actor, whose),
      voiceText: voiceLabel(actor, whose),
      name: actor?.name ?? s.actorId,
      detail: detailOf(s, subject, series),
      byDefault: false,
    };
  });
  const defaults = pickDefaults(out);
  for (const s of out) s.byDefault = defaults.has(s.id);
  return out.sort(
    (a, b) =>
      voiceRank[a.voice] - voiceRank[b.voice] || a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1),
  );
}

/** `series=none`: every line switched off (an empty list means the default choice). */
export const NO_SERIES = 'none';

/**
 * The ids drawn: the URL's `series=` when it names any of the subject's series, else the default
 * choice; minus an old link's `off=`.
 */
export function shownSeriesIds(
  series: readonly SubjectSeries[],
  chosen: readonly string[],
  off: readonly string[],
): Set<string> {
  if (chosen.includes(NO_SERIES)) return new Set();
  const ids = new Set(series.map((s) => s.id));
  const named = chosen.filter((id) => ids.has(id));
  const base = named.length ? named : series.filter((s) => s.byDefault).map((s) => s.id);
  return new Set(base.filter((id) => !off.includes(id)));
}
