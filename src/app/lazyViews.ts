/**
 * The panes whose code loads apart from the app's first script, each holding its size meanwhile:
 * the timeline (its list and filters) and the casualty pane. Leaflet loads apart too, from the
 * map's own module (src/map/lazyLeafletMap.ts), so the map names no other pane.
 */
import { isPaneOnScreen } from './hydration';
import { lazyWithPreload } from '../ui/lazyWithPreload';
import { PANES } from '../ui/panes';

export const TimelinePane = lazyWithPreload(() => import('../timeline/TimelinePane'));
export const CasualtyPane = lazyWithPreload(() => import('../casualties/CasualtyPane'));

/** Loads the panes' code (not the map's or the charts', which need a browser). */
export const preloadPanes = () => Promise.all([TimelinePane.preload(), CasualtyPane.preload()]);
/**
 * Loads the code of the panes on the first screen. A pane below the fold (on a phone) hydrates
 * only when it is scrolled to (HydrateWhenVisible), so its code loads then.
 */
export const preloadViewsOnScreen = () =>
  Promise.all([
    isPaneOnScreen(PANES.timeline) ? TimelinePane.preload() : undefined,
    isPaneOnScreen(PANES.casualties) ? CasualtyPane.preload() : undefined,
  ]);
