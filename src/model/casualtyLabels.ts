/** Words for casualty series and figures, shared by the chart, the table and the CSV. */
import type { Casualty } from '../data/schemas';
import type { Series } from './casualtySeries';

const sideWords: Record<Casualty['subject']['side'], string> = {
  azerbaijan: 'Azerbaijani',
  armenia: 'Armenian',
  'nagorno-karabakh': 'Nagorno-Karabakh',
  both: 'both sides’',
};
const groupWords: Record<Casualty['subject']['group'], string> = {
  military: 'military',
  civilian: 'civilians',
  'foreign-fighters': 'foreign fighters',
  'military-and-civilian': 'military and civilians',
};
export const measureWords: Record<Casualty['measure'], string> = {
  killed: 'Killed',
  missing: 'Missing',
  wounded: 'Wounded',
  captured: 'Captured',
  'killed-or-wounded': 'Killed or wounded (one figure)',
  'buried-named': 'Named dead or buried (list)',
  'bodies-recovered': 'Bodies recovered',
  'bodies-identified': 'Bodies identified',
  'bodies-unidentified': 'Bodies not yet identified',
  'equipment-destroyed': 'Equipment claimed destroyed',
};

/** "Azerbaijan's Ministry of Defence: Azerbaijani military, killed". */
export function seriesLabel(s: Series, actorName: string): string {
  const what = s.measure === 'equipment-destroyed' ? `${s.equipment ?? 'equipment'} destroyed` : s.measure;
  return `${actorName}: ${sideWords[s.side]} ${groupWords[s.group]}, ${what}`;
}

/** Intl formatters are costly to build and the charts format every figure on each change. */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale = ''): Intl.NumberFormat {
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(locale || undefined)));
  return f;
}

/** A figure as it was given: "at least 100", "about 5,000", "2,425–2,718", "2,855". */
export function formatFigure(c: Casualty, locale?: string): string {
  const n = (v: number) => numberFormat(locale).format(v);
  if (c.value === undefined && c.valueLow !== undefined && c.valueHigh !== undefined)
    return `${n(c.valueLow)}–${n(c.valueHigh)}`;
  const v = n(c.value ?? 0);
  if (c.qualifier === 'at-least') return `at least ${v}`;
  if (c.qualifier === 'about') return `about ${v}`;
  return v;
}
