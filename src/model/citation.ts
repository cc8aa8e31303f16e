/**
 * Citations of the dashboard, one of its events or one of its charts, in three forms: APA-like
 * text, BibTeX and CSL-JSON (what Zotero, Pandoc and most reference managers import). Pure: the
 * caller passes the URL, the data version and the day of access.
 */
import type { Source } from '../data/schemas';

export const DASHBOARD_NAME = 'Karabakh 2020: the 44-day war, day by day';
export const PROJECT_AUTHOR = 'Karabakh 2020 project';

export interface CitationInput {
  /** What is cited, e.g. an event's summary or a chart's caption. */
  title: string;
  /** The event's id, or the chart's (daily, revisions, claims). */
  id: string;
  /** "event" or "chart": named in the text so a reader knows what the id is. */
  kind: 'event' | 'chart';
  /** The dataset's semantic version and the day it was updated (manifest.json). */
  version: string;
  updated: string;
  url: string;
  /** The reader's day of access, YYYY-MM-DD (localToday). */
  accessed: string;
  /** The event's original sources, as the bundle records them. */
  sources: readonly Source[];
}

/** Today on the reader's own calendar (not UTC): the day they would write as "accessed". */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const year = (date: string) => date.slice(0, 4);
const label = (c: CitationInput) => (c.kind === 'event' ? `Event ${c.id}` : `Chart “${c.id}”`);

export function sourceText(s: Source): string {
  return `${s.publisher} (${s.published}). ${s.title}. ${s.url}`;
}

/** "Karabakh 2020 project. (2026). Event ev-1: … [Data set, version 1.0.0]. In …. Retrieved …, from URL" */
export function citationText(c: CitationInput): string {
  const dataSet = `[Data set, version ${c.version}, updated ${c.updated}]`;
  const main =
    `${PROJECT_AUTHOR}. (${year(c.updated)}). ${label(c)}: ${c.title} ${dataSet}. ` +
    `In ${DASHBOARD_NAME}. Retrieved ${c.accessed}, from ${c.url}`;
  if (!c.sources.length) return main;
  return `${main}\nOriginal sources: ${c.sources.map(sourceText).join('; ')}`;
}

/** BibTeX needs its own special characters escaped; URLs go in \url{} where only % and # matter. */
export function bibEscape(s: string): string {
  return s.replace(/[\\{}%&$#_^~]/g, (ch) =>
    ch === '\\' ? '\\textbackslash{}' : ch === '^' || ch === '~' ? `\\${ch}{}` : `\\${ch}`,
  );
}

const bibUrl = (u: string) => u.replace(/[%#]/g, (ch) => `\\${ch}`);

export function citationBibtex(c: CitationInput): string {
  const key = `karabakh2020-${c.id}-v${c.version}`.replace(/[^A-Za-z0-9-]/g, '-');
  const note = [`${label(c)}`, `accessed ${c.accessed}`];
  if (c.sources.length) note.push(`original sources: ${c.sources.map(sourceText).join('; ')}`);
  const fields: [string, string][] = [
    ['author', `{${bibEscape(PROJECT_AUTHOR)}}`],
    ['title', `{${bibEscape(`${label(c)}: ${c.title}`)}}`],
    ['howpublished', `{${bibEscape(DASHBOARD_NAME)}, data version ${bibEscape(c.version)}}`],
    ['year', `{${year(c.updated)}}`],
    ['version', `{${bibEscape(c.version)}}`],
    ['url', `{${bibUrl(c.url)}}`],
    ['urldate', `{${c.accessed}}`],
    ['note', `{${bibEscape(note.join('; '))}}`],
  ];
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}`;
}

type DateParts = { 'date-parts': number[][] };
const dateParts = (d: string): DateParts => ({ 'date-parts': [d.split('-').map(Number)] });

export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: { literal: string }[];
  publisher?: string;
  'container-title'?: string;
  version?: string;
  issued: DateParts;
  accessed?: DateParts;
  URL: string;
  note?: string;
}

/** The cited record first, then each original source as an item of its own. */
export function citationCsl(c: CitationInput): CslItem[] {
  const item: CslItem = {
    id: `karabakh2020-${c.id}`,
    type: 'dataset',
    title: `${label(c)}: ${c.title}`,
    author: [{ literal: PROJECT_AUTHOR }],
    'container-title': DASHBOARD_NAME,
    version: c.version,
    issued: dateParts(c.updated),
    accessed: dateParts(c.accessed),
    URL: c.url,
  };
  if (c.sources.length) item.note = `Original sources: ${c.sources.map((s) => s.id).join(', ')}`;
  const sources = c.sources.map((s): CslItem => ({
    id: s.id,
    type:
      s.kind === 'media'
        ? 'article-newspaper'
        : s.kind === 'dataset'
          ? 'dataset'
          : s.kind === 'research'
            ? 'report'
            : 'webpage',
    title: s.title,
    author: [{ literal: s.publisher }],
    publisher: s.publisher,
    issued: dateParts(s.published),
    URL: s.url,
  }));
  return [item, ...sources];
}
