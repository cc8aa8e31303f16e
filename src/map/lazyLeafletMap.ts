/**
 * Leaflet's code loads apart from the app's first script: it needs a browser and is the largest
 * part of the map's code. MapView renders it (through BrowserOnly) on the reader's first input,
 * the map being a static picture until then; it holds its size meanwhile.
 */
import { lazyWithPreload } from '../ui/lazyWithPreload';

export const LeafletMap = lazyWithPreload(() => import('./LeafletMap'));
