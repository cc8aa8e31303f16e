/**
 * How the app takes over the page: boot.tsx sets `deferBelowFold` while it hydrates the
 * prerendered page, so panes below the fold wait until they are on screen (HydrateWhenVisible);
 * a page drawn afresh draws every pane at once.
 */
export const hydration = { deferBelowFold: false };
