/** The shown casualty figures as CSV, one row per figure, with every source's URL. */
import type { Actor, Casualty, Source } from '../data/schemas';

/**
 * What the file was cut from, written on every row and in its name, so a copy passed on keeps
 * its context: the "as known on" day (figures announced after it are left out) and the subject.
 */
export interface CsvContext {
  asKnownOn: string;
  subject: string;
}

const HEADER = [
  'as_known_on',
  'subject',
  'reported_on',
  'as_of',
  'reported_by',
  'subject_side',
  'subject_group',
  'measure',
  'equipment',
  'value',
  'value_low',
  'value_high',
  'qualifier',
  'note',
  'source_titles',
  'source_urls',
];

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed so spreadsheets do not run it as a formula. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** `karabakh-2020-armenian-military-dead-as-known-on-2020-10-15.csv` */
export function csvFileName(context: CsvContext): string {
  return `karabakh-2020-${context.subject}-as-known-on-${context.asKnownOn}.csv`;
}

export function casualtiesToCsv(
  figures: readonly Casualty[],
  actors: ReadonlyMap<string, Actor>,
  sources: ReadonlyMap<string, Source>,
  context: CsvContext,
): string {
  const lines = [HEADER.join(',')];
  for (const c of figures) {
    const srcs = c.sourceIds.map((id) => sources.get(id)).filter((s): s is Source => !!s);
    lines.push(
      [
        context.asKnownOn,
        context.subject,
        c.reportedOn,
        c.asOf,
        actors.get(c.actorId)?.name ?? c.actorId,
        c.subject.side,
        c.subject.group,
        c.measure,
        c.equipment,
        c.value,
        c.valueLow,
        c.valueHigh,
        c.qualifier,
        c.note,
        srcs.map((s) => `${s.publisher}: ${s.title}`).join(' | '),
        srcs.map((s) => s.url).join(' '),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
