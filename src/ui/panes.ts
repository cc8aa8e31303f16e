/**
 * The three panes, named once. The element id finds a pane in the page (the first load's
 * hydration wait, the skip links, the URL's `#map` hash); the label is its accessible name
 * ("Map", "Timeline", "Casualties": names the issues and journeys hold us to). A pane's view, its
 * skeleton and its error all draw the same section id and name from here.
 */
export const PANES = {
  map: { id: 'map', label: 'Map' },
  timeline: { id: 'timeline', label: 'Timeline' },
  casualties: { id: 'casualties', label: 'Casualties' },
} as const;

export type PaneKey = keyof typeof PANES;
export type Pane = (typeof PANES)[PaneKey];

/** The pane's section in the page, if it is there. */
export const paneElement = (pane: Pane): HTMLElement | null => document.getElementById(pane.id);
