/**
 * The one hook that reads and writes the view state. The URL holds the state; React subscribes
 * to it with useSyncExternalStore, so back/forward (popstate) and our own pushState updates
 * re-render every view that reads it, and a copied URL reopens the same view.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { parseViewState, serializeViewState, type ViewState } from './viewState';

const CHANGE = 'viewstatechange';

/**
 * A continuous change (a slider step, the brush, Play) updates the state at once and the
 * address bar shortly after, once the frame is drawn: history.replaceState costs a few
 * milliseconds per call, which a drag would otherwise pay on every step. Until it is written,
 * `pendingSearch` is the query string the URL is about to have.
 */
const URL_WRITE_DELAY_MS = 120;
let pendingSearch: string | undefined;
let pendingTimer: ReturnType<typeof setTimeout> | undefined;

function liveSearch(): string {
  return pendingSearch ?? window.location.search;
}

function urlFor(search: string): string {
  return `${window.location.pathname}${search}${window.location.hash}`;
}

/** Writes a pending continuous change into the address bar now. */
export function flushViewState(): void {
  if (pendingTimer !== undefined) clearTimeout(pendingTimer);
  pendingTimer = undefined;
  if (pendingSearch === undefined) return;
  const search = pendingSearch;
  pendingSearch = undefined;
  if (search !== window.location.search) window.history.replaceState(null, '', urlFor(search));
}

if (typeof window !== 'undefined') {
  // Back/forward wins over a change not yet written; leaving the page writes it first.
  window.addEventListener('popstate', () => {
    if (pendingTimer !== undefined) clearTimeout(pendingTimer);
    pendingTimer = undefined;
    pendingSearch = undefined;
  });
  window.addEventListener('pagehide', flushViewState);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

/** Outside a browser (the build's prerender) there is no address bar: the default view. */
const defaultViewState = parseViewState('');
const serverViewState = () => defaultViewState;

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
  const same = <T,>(a: T[], b: T[]) => a.length === b.length && a.every((x, i) => x === b[i]);
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
 * Writes a change into the URL. Discrete choices push a history entry (back undoes them) at
 * once; continuous ones — dragging a slider, playing — replace it, shortly after (see above),
 * so back is not flooded and a drag does not pay for a history write per step.
 */
export function writeViewState(update: ViewStateUpdate, mode: 'push' | 'replace' = 'push'): void {
  const prev = currentViewState();
  const patch = typeof update === 'function' ? update(prev) : update;
  const next = { ...prev, ...patch };
  const search = serializeViewState(next);
  if (search === liveSearch()) return;
  if (mode === 'push') {
    flushViewState();
    window.history.pushState(null, '', urlFor(search));
  } else {
    pendingSearch = search;
    if (pendingTimer !== undefined) clearTimeout(pendingTimer);
    pendingTimer = setTimeout(flushViewState, URL_WRITE_DELAY_MS);
  }
  window.dispatchEvent(new Event(CHANGE));
}

export function useViewState(): [ViewState, typeof writeViewState] {
  const state = useSyncExternalStore(subscribe, currentViewState, serverViewState);
  const write = useCallback<typeof writeViewState>((u, mode) => writeViewState(u, mode), []);
  return [state, write];
}
