/**
 * Which prerendered panes may hydrate now. While boot.tsx hydrates the prerendered page, a pane
 * below the fold (on a phone, the timeline and the casualties) waits until it is on screen
 * (HydrateWhenVisible); a page drawn afresh draws every pane at once.
 */
import { paneElement, type Pane } from '../ui/panes';

/** True when the prerendered pane is on screen now (or cannot be found). */
export function isPaneOnScreen(pane: Pane): boolean {
  const rect = paneElement(pane)?.getBoundingClientRect();
  return !rect || (rect.top < window.innerHeight && rect.bottom > 0);
}

export interface PaneWaits {
  /**
   * The pane's wait: undefined if it was on screen when first asked about (it hydrates at once),
   * else one promise, kept for good, that settles when the pane scrolls into view. The answer
   * never changes, so a pane that suspended on it calls `use` with the same promise on every
   * render, as React asks (React 19 warns when `use` stops being called once its promise settled).
   */
  waitFor(pane: Pane): Promise<void> | undefined;
}

/** The waits of one hydration: each pane is looked at, and watched, the first time it is asked about. */
export function watchPanesOnScreen(): PaneWaits {
  const waits = new Map<Pane, Promise<void> | undefined>();
  const watch = (pane: Pane): Promise<void> | undefined => {
    const section = paneElement(pane);
    if (!section || typeof IntersectionObserver === 'undefined' || isPaneOnScreen(pane)) return undefined;
    return new Promise<void>((resolve) => {
      const observer = new IntersectionObserver((entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(section);
    });
  };
  return {
    waitFor(pane) {
      if (!waits.has(pane)) waits.set(pane, watch(pane));
      return waits.get(pane);
    },
  };
}
