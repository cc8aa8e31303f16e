import { use, type ReactNode } from 'react';
import { hydration, isPaneOnScreen } from './hydration';
import { usePrerendering } from '../ui/prerendering';

/**
 * React's `use` reads a promise's `status` and `value` when they are set, so a promise marked
 * fulfilled does not suspend.
 */
const fulfilled = (p: Promise<void>) => Object.assign(p, { status: 'fulfilled', value: undefined });
const settled = fulfilled(Promise.resolve());
const waits = new Map<string, Promise<void>>();

/** Settles once the prerendered pane named `label` is on screen (at once if it is already). */
function paneOnScreen(label: string): Promise<void> {
  let wait = waits.get(label);
  if (wait) return wait;
  const pane = document.querySelector(`section.pane[aria-label="${label}"]`);
  if (!pane || typeof IntersectionObserver === 'undefined' || isPaneOnScreen(label)) {
    wait = settled;
  } else {
    wait = new Promise<void>((resolve) => {
      const observer = new IntersectionObserver((entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        fulfilled(wait!);
        resolve();
      });
      observer.observe(pane);
    });
  }
  waits.set(label, wait);
  return wait;
}

/**
 * A pane below the fold of the prerendered page (on a phone, the timeline and the casualties)
 * keeps its prerendered HTML, readable but inert, until it scrolls into view, and only then
 * costs React its hydration: on load the phone's main thread is left to the map the reader sees.
 * On a wide screen every pane is on screen and all hydrate at once, as before.
 */
export function HydrateWhenVisible({ label, children }: { label: string; children: ReactNode }) {
  const prerendering = usePrerendering();
  if (!prerendering && hydration.deferBelowFold) use(paneOnScreen(label));
  return children;
}
