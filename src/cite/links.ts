import dataVersion from 'virtual:data-version';

/**
 * The address that links and citations name: the canonical one the build was given (SITE_URL),
 * else the page's own, without its view parameters.
 */
export function pageBase(): string {
  return dataVersion?.site ? `${dataVersion.site}/` : `${window.location.origin}${window.location.pathname}`;
}

/** The link to the view as the reader sees it now, on the canonical address. */
export function currentViewLink(): string {
  return `${pageBase()}${window.location.search}`;
}

/** The link that opens the dashboard on one event: located events also select their place. */
export function eventLink(base: string, event: { id: string; placeIds: readonly string[] }): string {
  const p = new URLSearchParams();
  // The same order as serializeViewState, so the app keeps the address as it is.
  if (event.placeIds[0]) p.set('place', event.placeIds[0]);
  p.set('event', event.id);
  return `${base}?${p.toString()}`;
}
