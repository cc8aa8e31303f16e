import { createContext, useContext } from 'react';

/**
 * True while the default view is rendered to static HTML at build time (src/prerender). Parts
 * that need a browser — the Leaflet map and the Recharts charts — render their reserved,
 * empty frame instead, and the app draws them once it takes over the page.
 */
export const Prerendering = createContext(false);
export const usePrerendering = () => useContext(Prerendering);
