/**
 * The one hook that reads and writes the view state. The URL holds the state; React subscribes
 * to it with useSyncExternalStore, so back/forward (popstate) and our own pushState updates
 * re-render every view that reads it, and a copied URL reopens the same view.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { parseViewState, serializeViewState, type ViewState } from './viewState';

const CHANGE = 'viewstatechange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

let cachedSearch: string | undefined;
let cachedState: ViewState | undefined;

/** Parsed once per distinct query string, so the same URL gives the same object. */
export function currentViewState(): ViewState {
  const search = window.location.search;
  if (search !== cachedSearch || !cachedState) {
    cachedSearch = search;
    cachedState = parseViewState(search);
  }
  return cachedState;
}

export type ViewStateUpdate = Partial<ViewState> | ((s: ViewState) => Partial<ViewState>);

/**
 * Writes a change into the URL. Discrete choices push a history entry (back undoes them);
 * continuous ones — dragging a slider, playing — replace it, so back is not flooded.
 */
export function writeViewState(update: ViewStateUpdate, mode: 'push' | 'replace' = 'push'): void {
  const prev = currentViewState();
  const patch = typeof update === 'function' ? update(prev) : update;
  const next = { ...prev, ...patch };
  const search = serializeViewState(next);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  window.dispatchEvent(new Event(CHANGE));
}

export function useViewState(): [ViewState, typeof writeViewState] {
  const state = useSyncExternalStore(subscribe, currentViewState, currentViewState);
  const write = useCallback<typeof writeViewState>((u, mode) => writeViewState(u, mode), []);
  return [state, write];
}
