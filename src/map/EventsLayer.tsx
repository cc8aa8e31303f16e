import type { LeafletEvent, Path, Popup as LeafletPopup } from 'leaflet';
import { memo, useMemo, useState } from 'react';
import { CircleMarker, Popup, useMap } from 'react-leaflet';
import type { WarEvent } from '../data/schemas';
import type { PlaceGroup } from '../model/eventsByPlace';
import { eventTypeStyle } from '../model/eventTypeStyle';
import type { Lookups } from '../model/lookups';
import { EventPopup } from './EventPopup';
import { EVENT_MARKER_FILL_OPACITY, eventMarkerRadius } from './markerStyle';
import { markerText } from './markerText';
import { MARKER_PANE } from './panes';
import { keepTooltipInside } from './tooltipPlacement';
import { useMarkerKeyboard } from './useMarkerKeyboard';

interface EventsLayerProps {
  groups: PlaceGroup[];
  lookups: Lookups;
  limit?: number;
}

/**
 * Events of the current range and filters, one marker per place (sized by count, coloured by
 * its most frequent type). Aggregation keeps the marker count at the number of places, so
 * 10,000 events pan as smoothly as 500; markers are SVG so that district shapes under them stay
 * clickable (a canvas above the shapes would take every click). One popup is shared by all
 * markers and mounted only while open, so the map does not build hundreds of hidden popups. The
 * popup sits in Leaflet's popup pane, above labels and markers (inside the markers' pane, as
 * react-leaflet would put it, town labels printed over it).
 */
export function EventsLayer({ groups, lookups, limit }: EventsLayerProps) {
  const map = useMap();
  const [open, setOpen] = useState<{ id: string; byKey: boolean } | undefined>();
  const group = open ? groups.find((g) => g.place.id === open.id) : undefined;
  // West to east, the order the arrow keys walk.
  const order = useMemo(
    () =>
      [...groups]
        .sort((a, b) => a.place.lon - b.place.lon || b.place.lat - a.place.lat)
        .map((g) => g.place.id),
    [groups],
  );
  const onOpen = useMemo(() => (id: string, byKey: boolean) => setOpen({ id, byKey }), []);
  useMarkerKeyboard(order, onOpen, limit);
  // The popup's content box, so that with its padding and tip it fits inside the frame.
  const size = map.getSize();
  const maxHeight = Math.max(120, Math.min(320, size.y - 110));
  const maxWidth = Math.max(160, Math.min(300, size.x - 80));
  const onPopupAdd = (e: LeafletEvent) => {
    const el = (e.target as LeafletPopup).getElement();
    // Leaflet closes a popup on Escape only while the map itself has focus.
    el?.addEventListener('keydown', (k) => k.key === 'Escape' && map.closePopup());
    if (open?.byKey) el?.querySelector<HTMLElement>('.event-popup__place')?.focus();
  };
  const onPopupRemove = () => {
    if (open?.byKey)
      map
        .getPane(MARKER_PANE)
        ?.querySelector<SVGElement>(`[data-place="${CSS.escape(open.id)}"]`)
        ?.focus();
    setOpen(undefined);
  };
  return (
    <>
      {groups.slice(0, limit).map((g) => (
        <EventMarker key={g.place.id} group={g} onOpen={onOpen} />
      ))}
      {group ? (
        <Popup
          position={[group.place.lat, group.place.lon]}
          pane="popupPane"
          maxWidth={maxWidth}
          maxHeight={maxHeight}
          autoPanPadding={[12, 12]}
          eventHandlers={{ add: onPopupAdd, remove: onPopupRemove }}
        >
          <EventPopup place={group.place} events={group.events} lookups={lookups} />
        </Popup>
      ) : null}
    </>
  );
}

/** Re-renders only when its place's events change (same events, same group: see eventsByPlace). */
const EventMarker = memo(
  function EventMarker({
    group: g,
    onOpen,
  }: {
    group: PlaceGroup;
    onOpen: (placeId: string, byKey: boolean) => void;
  }) {
    const bind = (e: LeafletEvent) => {
      const layer = e.target as Path;
      const text = markerText(g);
      const el = layer.getElement();
      if (el) {
        el.setAttribute('data-place', g.place.id);
        el.setAttribute('role', 'button');
        el.setAttribute('aria-label', text);
        el.setAttribute('tabindex', '-1');
      }
      layer.bindTooltip(() => {
        const span = document.createElement('span');
        span.textContent = text;
        return span;
      });
      keepTooltipInside(layer);
    };
    return (
      <CircleMarker
        center={[g.place.lat, g.place.lon]}
        radius={eventMarkerRadius(g.events.length)}
        pathOptions={{
          color: '#ffffff',
          weight: 1,
          fillColor: eventTypeStyle[g.mainType].colour,
          fillOpacity: EVENT_MARKER_FILL_OPACITY,
        }}
        pane={MARKER_PANE}
        eventHandlers={{ add: bind, click: () => onOpen(g.place.id, false) }}
      />
    );
  },
  (a, b) =>
    a.onOpen === b.onOpen &&
    a.group.place === b.group.place &&
    a.group.mainType === b.group.mainType &&
    sameEvents(a.group.events, b.group.events),
);

function sameEvents(a: readonly WarEvent[], b: readonly WarEvent[]): boolean {
  return a.length === b.length && a.every((e, i) => e === b[i]);
}
