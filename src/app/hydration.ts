/**
 * How the app takes over the page: boot.tsx sets `deferBelowFold` while it hydrates the
 * prerendered page, so panes below the fold wait until they are on screen (HydrateWhenVisible);
 * a page drawn afresh draws every pane at once.
 */
export const hydration = { deferBelowFold: false };

/** True when the prerendered pane named `label` is on screen now (or cannot be found). */
export function isPaneOnScreen(label: string): boolean {
  const rect = document.querySelector(`section.pane[aria-label="${label}"]`)?.getBoundingClientRect();
  return !rect || (rect.top < window.innerHeight && rect.bottom > 0);
}
