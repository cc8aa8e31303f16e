/**
 * The one hook that reads and writes the view state. The URL holds the state; React subscribes
 * to it with useSyncExternalStore, so back/forward (popstate) and our own pushState updates
 * re-render every view that reads it, and a copied URL reopens the same view.
 */
import { useCallback, useSyncExternalStore } from 'react';
import {
  changeKind,
  commitSteps,
  decideWrite,
  freshHistory,
  type HistoryAction,
  type HistoryMemo,
  type WriteMode,
} from './historyPolicy';
import { normalizeSearch, parseViewState, serializeViewState, type ViewState } from './viewState';

const CHANGE = 'viewstatechange';

/**
 * A continuous change (a slider step, the brush, Play) updates the state at once and the
 * address bar shortly after, once the frame is drawn: history.pushState/replaceState cost a few
 * milliseconds per call, which a key press or a drag would otherwise pay before its paint. The
 * delay outlasts the usual gap between a reader's presses, so a run of steps is written once it
 * pauses, and a long run (Play) at least every second, so the address bar follows it. Until they
 * are written, `pendingWrites` holds the entries the address bar is about to get, in order.
 * Whether a change adds an entry is the history policy's call (historyPolicy.ts).
 */
const URL_WRITE_DELAY_MS = 300;
/** After the delay, the write waits for an idle moment (at most this long), so a key press that comes then is not kept waiting. */
const URL_WRITE_IDLE_TIMEOUT_MS = 500;
/** The longest a step waits for its write while steps keep coming. */
const URL_WRITE_MAX_WAIT_MS = 1000;
let pendingWrites: { action: HistoryAction; search: string }[] = [];
/** When the oldest unwritten step was made (ms, Date.now), if any. */
let pendingSince: number | undefined;
let pendingTimer: ReturnType<typeof setTimeout> | undefined;
let pendingIdle: number | undefined;

function cancelScheduledWrite(): void {
  if (pendingTimer !== undefined) clearTimeout(pendingTimer);
  pendingTimer = undefined;
  if (pendingIdle !== undefined) cancelIdleCallback(pendingIdle);
  pendingIdle = undefined;
}

function scheduleWrite(): void {
  cancelScheduledWrite();
  const now = Date.now();
  pendingSince ??= now;
  const delay = Math.max(0, Math.min(URL_WRITE_DELAY_MS, pendingSince + URL_WRITE_MAX_WAIT_MS - now));
  pendingTimer = setTimeout(() => {
    pendingTimer = undefined;
    if (typeof requestIdleCallback === 'function')
      pendingIdle = requestIdleCallback(flushViewState, { timeout: URL_WRITE_IDLE_TIMEOUT_MS });
    else flushViewState();
  }, delay);
}
let history: HistoryMemo = freshHistory;

function liveSearch(): string {
  return pendingWrites.length ? pendingWrites[pendingWrites.length - 1].search : window.location.search;
}

function urlFor(search: string): string {
  return `${window.location.pathname}${search}${window.location.hash}`;
}

/** Writes pending continuous changes into the address bar now. */
export function flushViewState(): void {
  cancelScheduledWrite();
  const writes = pendingWrites;
  pendingWrites = [];
  pendingSince = undefined;
  for (const w of writes) {
    if (w.action === 'push') window.history.pushState(null, '', urlFor(w.search));
    else if (w.search !== window.location.search) window.history.replaceState(null, '', urlFor(w.search));
  }
}

/**
 * Drops invalid parameters from the address bar once, keeping everything valid (the app calls it
 * after its first render). It replaces the entry, so Back is unchanged, and it notifies no view:
 * the parsed state is the same. This module is the one writer of the URL.
 */
export function canonicalizeUrl(): void {
  const canonical = normalizeSearch(window.location.search);
  if (canonical !== window.location.search) window.history.replaceState(null, '', urlFor(canonical));
}

/**
 * A continuous change was released (pointer up, key up, Play paused): the next step adds an
 * entry of its own. The address bar is written on its usual delay, not in the input's frame.
 */
export function commitViewState(): void {
  history = commitSteps(history);
}

if (typeof window !== 'undefined') {
  // Back/forward wins over a change not yet written, and starts the history rules afresh;
  // leaving the page writes it first.
  window.addEventListener('popstate', () => {
    cancelScheduledWrite();
    pendingWrites = [];
    pendingSince = undefined;
    history = freshHistory;
  });
  window.addEventListener('pagehide', flushViewState);
}

/** Calls `onChange` on Back/Forward and on every change this module writes. */
export function subscribe(onChange: (e?: Event) => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

/** Outside a browser (the build's prerender) there is no address bar: the default view. */
export const defaultViewState = parseViewState('');
export const serverViewState = () => defaultViewState;

// Seeded with the default view, so that a page without parameters gives React the very object
// it hydrated with: a different one, however equal, makes React render every view again,
// synchronously, right after hydration (about 60 ms on a throttled phone).
let cachedSearch: string | undefined = '';
let cachedState: ViewState | undefined = defaultViewState;

/** Parsed once per distinct query string, so the same URL gives the same object. */
export function currentViewState(): ViewState {
  const search = liveSearch();
  if (search !== cachedSearch || !cachedState) {
    cachedSearch = search;
    cachedState = keepUnchangedLists(cachedState, parseViewState(search));
  }
  return cachedState;
}

/**
 * A new URL parses into new arrays even when a list did not change; reusing the previous array
 * when its items are the same lets memoised views skip work when only, say, the range moved.
 */
function keepUnchangedLists(prev: ViewState | undefined, next: ViewState): ViewState {
  if (!prev) return next;
  const same = <T>(a: T[], b: T[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  return {
    ...next,
    types: same(prev.types, next.types) ? prev.types : next.types,
    actors: same(prev.actors, next.actors) ? prev.actors : next.actors,
    sides: same(prev.sides, next.sides) ? prev.sides : next.sides,
    statuses: same(prev.statuses, next.statuses) ? prev.statuses : next.statuses,
    off: same(prev.off, next.off) ? prev.off : next.off,
    series: same(prev.series, next.series) ? prev.series : next.series,
    tables: same(prev.tables, next.tables) ? prev.tables : next.tables,
  };
}

export type ViewStateUpdate = Partial<ViewState> | ((s: ViewState) => Partial<ViewState>);

/**
 * Writes a change into the URL. `push`: a discrete choice (a click, a preset, a settled search)
 * adds a history entry at once, folded into the previous one when it quickly repeats the same
 * kind of change. `step`: one step of a continuous change (a slider, the brush, Play) — the first
 * step adds an entry and the later ones replace it until `commitViewState()`; written shortly
 * after the frame. `replace`: never adds an entry.
 */
export function writeViewState(update: ViewStateUpdate, mode: WriteMode = 'push'): void {
  const prev = currentViewState();
  const patch = typeof update === 'function' ? update(prev) : update;
  const next = { ...prev, ...patch };
  const search = serializeViewState(next);
  const before = liveSearch();
  if (search === before) return;
  const decided = decideWrite(history, mode, changeKind(before, search), Date.now());
  history = decided.memo;
  if (mode === 'push') {
    flushViewState();
    if (decided.action === 'push') window.history.pushState(null, '', urlFor(search));
    else window.history.replaceState(null, '', urlFor(search));
  } else {
    const last = pendingWrites[pendingWrites.length - 1];
    if (decided.action === 'replace' && last) last.search = search;
    else pendingWrites.push({ action: decided.action, search });
    scheduleWrite();
  }
  window.dispatchEvent(new CustomEvent<ChangeDetail>(CHANGE, { detail: { continuous: mode !== 'push' } }));
}

/** A step or a replace is part of a continuous change: the deferred panes (useDeferredViewState.ts) take it just after. */
interface ChangeDetail {
  continuous: boolean;
}
/** A click, a choice, Back or Forward is discrete; a step or a replace is continuous. */
export const isDiscreteChange = (e: Event) =>
  e.type === 'popstate' || (e.type === CHANGE && !isContinuous(e));

const isContinuous = (e: Event) =>
  e instanceof CustomEvent && (e.detail as ChangeDetail | undefined)?.continuous === true;

export function useViewState(): [ViewState, typeof writeViewState] {
  const state = useSyncExternalStore(subscribe, currentViewState, serverViewState);
  const write = useCallback<typeof writeViewState>((u, mode) => writeViewState(u, mode), []);
  return [state, write];
}

/**
 * One part of the view state, for a component that shows only that part: it renders again when
 * that part changes, not at every step of the range (issue 19: a key press paints within one
 * frame, so the input's own render holds only what moves with it). Lists are kept the same
 * object while unchanged (keepUnchangedLists), so they compare equal.
 */
export function useViewStateField<K extends keyof ViewState>(key: K): ViewState[K] {
  return useSyncExternalStore(
    subscribe,
    () => currentViewState()[key],
    () => defaultViewState[key],
  );
}
