import type { Voice } from '../model/claimsCompared';

/** Words and colours for the claims-compared chart and table. */
export const voiceColour: Record<Voice, string> = { own: '#1f77b4', other: '#d62728', independent: '#6b7280' };
export const voiceWords: Record<Voice, string> = { own: 'own officials', other: 'the other side', independent: 'third party' };
export const whoseWords = { azerbaijani: 'Azerbaijani', armenian: 'Armenian side’s', both: 'Both sides’' } as const;
export const groupWords = {
  military: 'military dead',
  civilian: 'civilian dead',
  'foreign-fighters': 'foreign fighters killed',
  'military-and-civilian': 'dead, military and civilian together',
} as const;

/** Within the Armenian side, whose losses a figure counts (Armenia's or Nagorno-Karabakh's). */
export function subjectSuffix(side: string, whose: string): string {
  if (whose !== 'armenian') return '';
  return side === 'nagorno-karabakh' ? ' (NK)' : side === 'armenia' ? ' (Armenia)' : '';
}
