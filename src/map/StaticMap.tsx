import { memo, useMemo, type CSSProperties } from 'react';
import { isLocated } from '../data/isLocated';
import type { LocatedPlace, Place, WarEvent } from '../data/schemas';
import type { PlaceGroup } from '../model/eventsByPlace';
import { eventTypeStyle } from '../model/eventTypeStyle';
import { labelledTowns } from './labelledTowns';
import { EVENT_MARKER_FILL_OPACITY, eventMarkerRadius } from './markerStyle';
import { project, STATIC_MAP_FILE, studyAreaBox } from './studyArea';

interface Props {
  placesById: ReadonlyMap<string, Place>;
  claims: Map<string, WarEvent>;
  groups: PlaceGroup[];
}

const BOX = studyAreaBox();

/**
 * A picture of the map's first view without Leaflet's code: the same shapes, town labels, claim
 * rings and event markers, at the same place and scale. It is in the prerendered page, and it
 * stays until the reader first uses the page (a pointer, a key, a touch, a wheel); MapView then
 * starts Leaflet over it, unseen until drawn. Leaflet's code, its start and its hundreds of
 * layers were about half of the work that kept a phone busy after the first paint, for a map
 * that most readers only look at at first.
 *
 * The shapes are an image built with the app (staticMapSvg.ts), the study area fitted to the pane
 * as Leaflet fits its first view (preserveAspectRatio "meet"). The marks follow the range and
 * filters; they are HTML, placed in percent of a box that CSS fits to the pane as the image fits
 * the study area (container query units, app.css), so that they keep their size in pixels as
 * Leaflet's do.
 */
export const StaticMap = memo(function StaticMap({ placesById, claims, groups }: Props) {
  const towns = useMemo(() => labelledTowns(placesById), [placesById]);
  return (
    <div className="map static-map" data-static-map="">
      <img className="static-map__shapes" src={`${import.meta.env.BASE_URL}${STATIC_MAP_FILE}`} alt="" />
      <div className="static-map__marks" aria-hidden="true" style={{ '--ratio': BOX.width / BOX.height } as CSSProperties}>
        {[...claims.keys()].map((id) => {
          const p = placesById.get(id);
          return p && isLocated(p) ? <span key={`claim-${id}`} className="static-map__claim" style={at(p)} /> : null;
        })}
        {groups.map((g) => (
          <span
            key={`event-${g.place.id}`}
            className="static-map__event"
            style={{ ...at(g.place), ...markerSize(g.events.length), backgroundColor: translucent(eventTypeStyle[g.mainType].colour) }}
          />
        ))}
        {towns.map((p) => (
          <span key={`town-${p.id}`} className="static-map__town" style={at(p)}>
            <span className="town-label">{p.names.en}</span>
          </span>
        ))}
      </div>
    </div>
  );
});

/** Where a place is, in percent of the study area's box (beyond 0–100 outside it). */
function at(p: LocatedPlace): CSSProperties {
  const [x, y] = project(p.lat, p.lon);
  const percent = (v: number) => `${Math.round(v * 10000) / 100}%`;
  return { left: percent((x - BOX.x) / BOX.width), top: percent((y - BOX.y) / BOX.height) };
}

/** Leaflet's event marker: its radius, and half of its 1 px white outline on each side. */
function markerSize(n: number): CSSProperties {
  const d = `${Math.round(20 * eventMarkerRadius(n)) / 10 + 1}px`;
  return { width: d, height: d };
}

/** A #rrggbb colour at the marker's fill opacity. */
function translucent(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${EVENT_MARKER_FILL_OPACITY})`;
}
