import { memo, useMemo, type CSSProperties } from 'react';
import type { LocatedPlace, Place } from '../data/schemas';
import type { DrawnClaim } from '../model/claimsByDay';
import type { PlaceGroup } from '../model/eventsByPlace';
import { eventTypeStyle } from '../model/eventTypeStyle';
import { estimateLabelWidth, LABEL_GAP, type LabelSide } from '../model/labelLayout';
import { ringClass } from './claimStyle';
import { labelledTowns } from './labelledTowns';
import { layoutLabels, townCandidates } from './mapLabels';
import { EVENT_MARKER_FILL_OPACITY, eventMarkerRadius } from './markerStyle';
import { project, STATIC_MAP_FILE, studyAreaBox } from './studyArea';

interface Props {
  placesById: ReadonlyMap<string, Place>;
  claims: readonly DrawnClaim[];
  groups: PlaceGroup[];
}

const BOX = studyAreaBox();

/**
 * The map frame's inner heights (app.css: 440 px, 340 px up to 700 px wide, less the border). The
 * picture fits the study area to the height at both, so its labels are laid out for each height
 * with the map's collision rule, inside the study area's box, and CSS picks the layout.
 */
const FRAME_HEIGHTS = { s: 338, l: 438 } as const;

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
  const layouts = useMemo(
    () => ({ s: layoutAt(towns, FRAME_HEIGHTS.s), l: layoutAt(towns, FRAME_HEIGHTS.l) }),
    [towns],
  );
  return (
    <div className="map static-map" data-static-map="">
      <img className="static-map__shapes" src={`${import.meta.env.BASE_URL}${STATIC_MAP_FILE}`} alt="" />
      <div
        className="static-map__marks"
        aria-hidden="true"
        style={{ '--ratio': BOX.width / BOX.height } as CSSProperties}
      >
        {claims.map((c) => (
          <span
            key={`claim-${c.place.id}`}
            className={`static-map__claim ${ringClass(c)}`}
            style={at(c.place)}
          />
        ))}
        {groups.map((g) => (
          <span
            key={`event-${g.place.id}`}
            className="static-map__event"
            style={{
              ...at(g.place),
              ...markerSize(g.events.length),
              backgroundColor: translucent(eventTypeStyle[g.mainType].colour),
            }}
          />
        ))}
        {towns.map((p) => (
          <span
            key={`town-${p.id}`}
            className={`static-map__town ${sideClass('s', layouts.s.get(p.id))} ${sideClass('l', layouts.l.get(p.id))}`}
            style={at(p)}
          >
            <span className="town-label" style={labelStyle(estimateLabelWidth(p.names.en))}>
              {p.names.en}
            </span>
          </span>
        ))}
      </div>
    </div>
  );
});

/** The collision rule at one frame height, in the pixels of the study area's box. */
function layoutAt(towns: readonly LocatedPlace[], height: number): Map<string, LabelSide> {
  const width = (height * BOX.width) / BOX.height;
  const toBox = (lat: number, lon: number) => {
    const [x, y] = project(lat, lon);
    return { x: ((x - BOX.x) / BOX.width) * width, y: ((y - BOX.y) / BOX.height) * height };
  };
  return new Map(
    [...layoutLabels(townCandidates(towns, toBox), { width, height })].map(([id, p]) => [id, p.side]),
  );
}

/** The label's width, and where it starts when on the left of its dot or centred above or below it. */
function labelStyle(width: number): CSSProperties {
  return { width, ['--left' as string]: `${-LABEL_GAP - width}px`, ['--half' as string]: `${-width / 2}px` };
}

/** static-map__town--s-hidden, --l-left…: app.css shows the layout of the frame's height. */
function sideClass(size: 's' | 'l', side: LabelSide | undefined): string {
  return `static-map__town--${size}-${side ?? 'hidden'}`;
}

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
