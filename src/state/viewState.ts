/**
 * The view state — date range, selection, filters, toggles — and its URL form. The URL is the
 * one source of truth: `parseViewState` reads any query string without throwing (unknown or
 * invalid parameters are dropped, dates are clamped to the war, a reversed range is swapped) and
 * `serializeViewState` writes only what differs from the defaults, in a fixed order.
 */
import { clampDate, isIsoDate, WAR_END, WAR_START, type IsoDate } from '../data/calendar';
import type { EventStatus, EventType } from '../data/schemas';
import { eventStatuses, eventTypes, measures, sides } from '../data/vocabulary';
import { migrateSearch } from './urlMigrations';

export type Side = (typeof sides)[number];
export type SortOrder = 'asc' | 'desc';
export const chartTables = ['daily', 'revisions', 'claims'] as const;
export type ChartTable = (typeof chartTables)[number];
export type Measure = (typeof measures)[number];
/**
 * What the casualty view compares (`subject=`): whose losses, of what kind. Their meaning (sides,
 * groups, measures) is in src/model/casualtySubjects.ts; the URL holds only the id.
 */
export const subjectIds = [
  'armenian-military-dead',
  'azerbaijani-military-dead',
  'armenian-civilian-dead',
  'azerbaijani-civilian-dead',
  'both-military-dead',
  'foreign-fighters',
  'armenian-equipment',
  'azerbaijani-equipment',
  'armenian-wounded',
  'azerbaijani-wounded',
  'armenian-missing',
  'azerbaijani-missing',
  'armenian-captured',
  'azerbaijani-captured',
  'bodies-after-the-war',
] as const;
export type SubjectId = (typeof subjectIds)[number];

/**
 * Migration of the retired `measure=` (one measure, every side at once): the subject that shows
 * that measure for the Armenian side, whose series were listed first before.
 */
const subjectOfMeasure: Partial<Record<Measure, SubjectId>> = {
  missing: 'armenian-missing',
  wounded: 'armenian-wounded',
  captured: 'armenian-captured',
  'equipment-destroyed': 'armenian-equipment',
  'bodies-recovered': 'bodies-after-the-war',
  'bodies-identified': 'bodies-after-the-war',
  'bodies-unidentified': 'bodies-after-the-war',
};

/** Play's window (cumulative: the war so far; day: each day on its own) and pace; see playController.ts. */
export const playWindowIds = ['cumulative', 'day'] as const;
export const playSpeedIds = ['slow', 'normal', 'fast'] as const;

export interface ViewState {
  from: IsoDate;
  to: IsoDate;
  region?: string;
  place?: string;
  event?: string;
  types: EventType[];
  actors: string[];
  sides: Side[];
  statuses: EventStatus[];
  q: string;
  sort: SortOrder;
  /** Online OpenStreetMap tiles: off unless the reader turns them on. */
  tiles: boolean;
  /** Casualty series switched off (series ids); an old link's form, applied after `series`. */
  off: string[];
  /** Casualty series shown (series ids); empty for the subject's default choice. */
  series: string[];
  /** Charts shown as tables instead. */
  tables: ChartTable[];
  /** What the casualty chart compares (replaces `measure=`, which old links still map to). */
  subject: SubjectId;
  /** The revisions chart's time axis: the war and 2021 (default), or every later year too. */
  span: 'near' | 'all';
  /** How Play moves the range (`window=day`), and how fast (`speed=`). */
  playWindow: (typeof playWindowIds)[number];
  playSpeed: (typeof playSpeedIds)[number];
}

export const defaultViewState: ViewState = {
  from: WAR_START,
  to: WAR_END,
  types: [],
  actors: [],
  sides: [],
  statuses: [],
  q: '',
  sort: 'asc',
  tiles: false,
  off: [],
  series: [],
  tables: [],
  subject: 'armenian-military-dead',
  span: 'near',
  playWindow: 'cumulative',
  playSpeed: 'normal',
};

/** Longer values are hostile or broken; they are dropped rather than parsed. */
const MAX_PARAM_LENGTH = 2000;
export const MAX_QUERY_LENGTH = 100;
const ID = /^[a-z0-9][a-z0-9-]{0,80}$/;

function pick<T extends string>(allowed: readonly T[], raw: string | null): T[] {
  if (!raw) return [];
  const wanted = new Set(raw.split(','));
  return allowed.filter((v) => wanted.has(v));
}

function ids(raw: string | null): string[] {
  if (!raw) return [];
  return [...new Set(raw.split(',').filter((v) => ID.test(v)))].sort();
}

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(migrateSearch(search));
  const get = (key: string): string | null => {
    const v = params.get(key);
    return v !== null && v.length <= MAX_PARAM_LENGTH ? v : null;
  };
  const date = (key: string, fallback: IsoDate): IsoDate => {
    const v = get(key);
    return v && isIsoDate(v) ? clampDate(v, WAR_START, WAR_END) : fallback;
  };
  let from = date('from', WAR_START);
  let to = date('to', WAR_END);
  if (from > to) [from, to] = [to, from];
  const single = (key: string): string | undefined => {
    const v = get(key);
    return v && ID.test(v) ? v : undefined;
  };
  return {
    from,
    to,
    region: single('region'),
    place: single('place'),
    event: single('event'),
    types: pick(eventTypes, get('types')),
    actors: ids(get('actors')),
    sides: pick(sides, get('sides')),
    statuses: pick(eventStatuses, get('statuses')),
    q: (get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    sort: get('sort') === 'desc' ? 'desc' : 'asc',
    tiles: get('tiles') === '1',
    off: ids(get('off')),
    series: ids(get('series')),
    tables: pick(chartTables, get('tables')),
    subject:
      pick(subjectIds, get('subject'))[0] ??
      subjectOfMeasure[pick(measures, get('measure'))[0] ?? 'killed'] ??
      defaultViewState.subject,
    span: get('span') === 'all' ? 'all' : 'near',
    playWindow: pick(playWindowIds, get('window'))[0] ?? 'cumulative',
    playSpeed: pick(playSpeedIds, get('speed'))[0] ?? 'normal',
  };
}

export function serializeViewState(s: ViewState): string {
  const p = new URLSearchParams();
  const d = defaultViewState;
  if (s.from !== d.from) p.set('from', s.from);
  if (s.to !== d.to) p.set('to', s.to);
  if (s.region) p.set('region', s.region);
  if (s.place) p.set('place', s.place);
  if (s.event) p.set('event', s.event);
  if (s.types.length) p.set('types', s.types.join(','));
  if (s.actors.length) p.set('actors', s.actors.join(','));
  if (s.sides.length) p.set('sides', s.sides.join(','));
  if (s.statuses.length) p.set('statuses', s.statuses.join(','));
  if (s.q) p.set('q', s.q);
  if (s.sort !== d.sort) p.set('sort', s.sort);
  if (s.tiles) p.set('tiles', '1');
  if (s.off.length) p.set('off', s.off.join(','));
  if (s.series.length) p.set('series', s.series.join(','));
  if (s.tables.length) p.set('tables', s.tables.join(','));
  if (s.subject !== d.subject) p.set('subject', s.subject);
  if (s.span !== d.span) p.set('span', s.span);
  if (s.playWindow !== d.playWindow) p.set('window', s.playWindow);
  if (s.playSpeed !== d.playSpeed) p.set('speed', s.playSpeed);
  const out = p.toString();
  return out ? `?${out}` : '';
}

/** Same state, written the canonical way: parse then serialize is idempotent. */
export function normalizeSearch(search: string): string {
  return serializeViewState(parseViewState(search));
}

const LIST_KEYS = ['types', 'actors', 'sides', 'statuses', 'off', 'series', 'tables'] as const;
/** Values the serializer leaves out because they are the defaults: written out, they are not dropped. */
const DEFAULT_VALUES: Record<string, string> = {
  sort: 'asc',
  tiles: '0',
  span: 'near',
  q: '',
  subject: defaultViewState.subject,
  window: defaultViewState.playWindow,
  speed: defaultViewState.playSpeed,
};
/** The URL's parameter names (two differ from the state's field names), and the retired `measure`. */
const URL_KEYS = new Set<string>([
  ...Object.keys(defaultViewState).filter((k) => k !== 'playWindow' && k !== 'playSpeed'),
  'window',
  'speed',
  'region',
  'place',
  'event',
  'measure',
]);
const shown = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

/**
 * What a link asked for that this view cannot honour, in words, so that the page says it rather
 * than silently showing something else: unknown parameters, invalid values, list items that are
 * not known choices. Dates outside the war are clamped, not dropped, and are not listed. Pure:
 * ids that are well formed but unknown in the data are for the app to check (ViewNotice).
 */
export function describeDroppedParams(search: string): string[] {
  const raw = new URLSearchParams(search);
  const kept = new URLSearchParams(normalizeSearch(search));
  const out: string[] = [];
  for (const key of new Set(raw.keys())) {
    const value = raw.get(key) ?? '';
    if (!URL_KEYS.has(key)) out.push(`Unknown link parameter "${shown(key)}" ignored`);
    // An old link's measure is read as the subject that shows it (parseViewState), not dropped.
    else if (key === 'measure') {
      if (!(measures as readonly string[]).includes(value))
        out.push(`Invalid "measure" ignored: ${shown(value)}`);
    } else if ((LIST_KEYS as readonly string[]).includes(key)) {
      const keptItems = new Set((kept.get(key) ?? '').split(','));
      const dropped = [...new Set(value.split(','))].filter((v) => v && !keptItems.has(v));
      if (dropped.length)
        out.push(
          `Not a known choice for "${key}", ignored: ${dropped.slice(0, 5).map(shown).join(', ')}${dropped.length > 5 ? '…' : ''}`,
        );
    } else if ((key === 'from' || key === 'to') && isIsoDate(value)) continue;
    else if (!kept.has(key) && value !== DEFAULT_VALUES[key])
      out.push(`Invalid "${key}" ignored: ${shown(value)}`);
  }
  return out;
}
