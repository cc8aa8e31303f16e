/**
 * The event marker's look, shared by the Leaflet map (EventsLayer) and its static picture
 * (StaticMap), which must draw the same circle.
 */

/** Radius in pixels: grows with the square root of the place's event count. */
export const eventMarkerRadius = (events: number): number => 4 + 2.2 * Math.sqrt(events);

/** The fill's opacity; the outline is opaque white, 1 px. */
export const EVENT_MARKER_FILL_OPACITY = 0.85;
