/**
 * What the casualty view compares: a subject is whose losses (subject sides), which group, which
 * measures. Each measure stays a series of its own: a "killed or wounded" figure appears beside
 * the dead, labelled as such, and is never counted as dead.
 */
import type { Casualty } from '../data/schemas';
import type { SubjectId } from '../state/viewState';

export interface Subject {
  id: SubjectId;
  /** The question it answers, as the Compare control and the chart's title say it. */
  title: string;
  sides: readonly Casualty['subject']['side'][];
  groups: readonly Casualty['subject']['group'][];
  /** The first measure is the subject's own; any other is named on its line's label. */
  measures: readonly Casualty['measure'][];
}

const ARMENIAN = ['armenia', 'nagorno-karabakh'] as const;
const AZERBAIJANI = ['azerbaijan'] as const;
const DEAD = ['killed', 'killed-or-wounded', 'buried-named'] as const;
const MILITARY = ['military', 'military-and-civilian'] as const;

export const subjects: readonly Subject[] = [
  {
    id: 'armenian-military-dead',
    title: 'The Armenian side’s military dead',
    sides: ARMENIAN,
    groups: MILITARY,
    measures: DEAD,
  },
  {
    id: 'azerbaijani-military-dead',
    title: 'Azerbaijan’s military dead',
    sides: AZERBAIJANI,
    groups: MILITARY,
    measures: DEAD,
  },
  {
    id: 'armenian-civilian-dead',
    title: 'The Armenian side’s civilian dead',
    sides: ARMENIAN,
    groups: ['civilian'],
    measures: DEAD,
  },
  {
    id: 'azerbaijani-civilian-dead',
    title: 'Azerbaijan’s civilian dead',
    sides: AZERBAIJANI,
    groups: ['civilian'],
    measures: DEAD,
  },
  {
    id: 'both-military-dead',
    title: 'Both sides’ military dead, counted together',
    sides: ['both'],
    groups: MILITARY,
    measures: DEAD,
  },
  {
    id: 'foreign-fighters',
    title: 'Foreign fighters killed or captured',
    sides: ['azerbaijan', ...ARMENIAN, 'both'],
    groups: ['foreign-fighters'],
    measures: ['killed', 'captured', 'wounded', 'missing'],
  },
  {
    id: 'armenian-equipment',
    title: 'The Armenian side’s equipment claimed destroyed',
    sides: ARMENIAN,
    groups: ['military'],
    measures: ['equipment-destroyed'],
  },
  {
    id: 'azerbaijani-equipment',
    title: 'Azerbaijan’s equipment claimed destroyed',
    sides: AZERBAIJANI,
    groups: ['military'],
    measures: ['equipment-destroyed'],
  },
  {
    id: 'armenian-wounded',
    title: 'The Armenian side’s wounded',
    sides: ARMENIAN,
    groups: ['military', 'civilian'],
    measures: ['wounded'],
  },
  {
    id: 'azerbaijani-wounded',
    title: 'Azerbaijan’s wounded',
    sides: AZERBAIJANI,
    groups: ['military', 'civilian'],
    measures: ['wounded'],
  },
  {
    id: 'armenian-missing',
    title: 'The Armenian side’s missing',
    sides: ARMENIAN,
    groups: ['military', 'civilian'],
    measures: ['missing'],
  },
  {
    id: 'azerbaijani-missing',
    title: 'Azerbaijan’s missing',
    sides: AZERBAIJANI,
    groups: ['military', 'civilian'],
    measures: ['missing'],
  },
  {
    id: 'armenian-captured',
    title: 'The Armenian side’s captured',
    sides: ARMENIAN,
    groups: ['military', 'civilian'],
    measures: ['captured'],
  },
  {
    id: 'azerbaijani-captured',
    title: 'Azerbaijan’s captured',
    sides: AZERBAIJANI,
    groups: ['military', 'civilian'],
    measures: ['captured'],
  },
  {
    id: 'bodies-after-the-war',
    title: 'Bodies recovered and identified after the war',
    sides: ['azerbaijan', ...ARMENIAN, 'both'],
    groups: ['military', 'civilian', 'military-and-civilian'],
    measures: ['bodies-recovered', 'bodies-identified', 'bodies-unidentified'],
  },
];

const byId = new Map(subjects.map((s) => [s.id, s]));

export function subjectById(id: SubjectId): Subject {
  return byId.get(id) ?? subjects[0];
}

export function isOfSubject(c: Casualty, s: Subject): boolean {
  return (
    s.sides.includes(c.subject.side) && s.groups.includes(c.subject.group) && s.measures.includes(c.measure)
  );
}

/** The subjects with at least one figure in the record: only these are offered. */
export function subjectsWithData(figures: readonly Casualty[]): Subject[] {
  return subjects.filter((s) => figures.some((c) => isOfSubject(c, s)));
}
