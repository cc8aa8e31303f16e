/**
 * Leaflet stacks its panes by z-index: shapes (SVG) sit in the overlay pane at 400. Event
 * markers and claim rings get a pane of their own above it, or the filled districts hide them.
 * The pane lets pointer events through except on the markers themselves (see app.css).
 */
export const MARKER_PANE = 'markers';
export const MARKER_PANE_Z = 450;
