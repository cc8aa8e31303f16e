/**
 * The view state — date range, selection, filters, toggles — and its URL form. The URL is the
 * one source of truth: `parseViewState` reads any query string without throwing (unknown or
 * invalid parameters are dropped, dates are clamped to the war, a reversed range is swapped) and
 * `serializeViewState` writes only what differs from the defaults, in a fixed order.
 */
import { clampDate, isIsoDate, WAR_END, WAR_START, type IsoDate } from '../data/calendar';
import type { EventStatus, EventType } from '../data/schemas';
import { eventStatuses, eventTypes, measures, sides } from '../data/vocabulary';

export type Side = (typeof sides)[number];
export type SortOrder = 'asc' | 'desc';
export const chartTables = ['daily', 'revisions', 'claims'] as const;
export type ChartTable = (typeof chartTables)[number];
export type Measure = (typeof measures)[number];
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
  /** Casualty series switched off in the legend (series ids). */
  off: string[];
  /** Charts shown as tables instead. */
  tables: ChartTable[];
  /** Which measure the casualty revisions chart plots. */
  measure: Measure;
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
  tables: [],
  measure: 'killed',
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
  const params = new URLSearchParams(search);
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
    tables: pick(chartTables, get('tables')),
    measure: pick(measures, get('measure'))[0] ?? 'killed',
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
  if (s.tables.length) p.set('tables', s.tables.join(','));
  if (s.measure !== d.measure) p.set('measure', s.measure);
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
