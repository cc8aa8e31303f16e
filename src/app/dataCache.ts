/** The cache the service worker keeps the data bundle in (network first; vite.config.ts). */
export const DATA_CACHE = 'bundle-data';
