import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { MARKER_PANE } from './panes';

/**
 * The keyboard route through the event markers: one tab stop (the last marker focused, else the
 * westernmost), arrow keys to the next marker west to east, Home and End, Enter or Space opens
 * the place's popup. Listeners are on the markers' pane, so the markers themselves stay cheap.
 */
export function useMarkerKeyboard(
  order: readonly string[],
  onOpen: (placeId: string, byKey: boolean) => void,
  drawn?: number,
): void {
  const map = useMap();
  const current = useRef<string | undefined>(undefined);

  // The one marker in the tab order, again after each slice of markers is drawn.
  useEffect(() => {
    const pane = map.getPane(MARKER_PANE);
    if (!pane) return;
    const markers = [...pane.querySelectorAll<SVGElement>('[data-place]')];
    const stop =
      markers.find((m) => m.dataset.place === current.current) ?? markerOf(pane, order[0]) ?? markers[0];
    for (const m of markers) m.setAttribute('tabindex', m === stop ? '0' : '-1');
  }, [map, order, drawn]);

  useEffect(() => {
    const pane = map.getPane(MARKER_PANE);
    if (!pane) return;
    const onFocus = (e: FocusEvent) => {
      const id = (e.target as SVGElement).dataset?.place;
      if (!id) return;
      current.current = id;
      for (const m of pane.querySelectorAll<SVGElement>('[data-place]'))
        m.setAttribute('tabindex', m === e.target ? '0' : '-1');
    };
    const onKey = (e: KeyboardEvent) => {
      const id = (e.target as SVGElement).dataset?.place;
      if (!id) return;
      const at = order.indexOf(id);
      const target = nextIndex(e.key, at, order.length);
      if (e.key === 'Enter' || e.key === ' ') onOpen(id, true);
      else if (target === undefined) return;
      else markerOf(pane, order[target])?.focus();
      e.preventDefault();
      e.stopPropagation();
    };
    pane.addEventListener('focusin', onFocus);
    pane.addEventListener('keydown', onKey);
    return () => {
      pane.removeEventListener('focusin', onFocus);
      pane.removeEventListener('keydown', onKey);
    };
  }, [map, order, onOpen]);
}

function markerOf(pane: HTMLElement, id: string | undefined): SVGElement | null {
  return id ? pane.querySelector<SVGElement>(`[data-place="${CSS.escape(id)}"]`) : null;
}

/** Where an arrow, Home or End key moves in a list of `n`; undefined for any other key. */
export function nextIndex(key: string, at: number, n: number): number | undefined {
  if (n === 0) return undefined;
  if (key === 'ArrowRight' || key === 'ArrowDown') return Math.min(n - 1, at + 1);
  if (key === 'ArrowLeft' || key === 'ArrowUp') return Math.max(0, at - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return n - 1;
  return undefined;
}
