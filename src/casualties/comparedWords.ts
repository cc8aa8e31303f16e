import type { Casualty } from '../data/schemas';

/** Words for the claims-compared panels and table. */
export const whoseWords = {
  azerbaijani: 'Azerbaijan’s',
  armenian: 'The Armenian side’s',
  both: 'Both sides’',
} as const;
export const groupWords: Record<Casualty['subject']['group'], string> = {
  military: 'military dead',
  civilian: 'civilian dead',
  'foreign-fighters': 'foreign fighters killed',
  'military-and-civilian': 'dead, military and civilian together',
};

/** Within the Armenian side, whose losses a figure counts (Armenia's or Nagorno-Karabakh's). */
export function subjectSuffix(side: string, whose: string): string {
  if (whose !== 'armenian') return '';
  return side === 'nagorno-karabakh'
    ? ' (Nagorno-Karabakh)'
    : side === 'armenia'
      ? ' (Armenia and Nagorno-Karabakh)'
      : '';
}

/** "killed or wounded" after a figure that is not a death toll; nothing after one that is. */
export function measureSuffix(c: Casualty): string {
  return c.measure === 'killed-or-wounded' ? ' killed or wounded (one figure, not a death toll)' : '';
}
