/**
 * The parts of the page whose code loads apart from the app's first script, each holding its size
 * meanwhile: Leaflet (it needs a browser and is the largest part of the map's code; it loads on
 * the reader's first input, the map being a static picture until then), the timeline (its list
 * and filters) and the casualty pane.
 */
import { isPaneOnScreen } from './hydration';
import { lazyWithPreload } from './lazyWithPreload';

export const LeafletMap = lazyWithPreload(() => import('../map/LeafletMap'));
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
    isPaneOnScreen('Timeline') ? TimelinePane.preload() : undefined,
    isPaneOnScreen('Casualties') ? CasualtyPane.preload() : undefined,
  ]);
