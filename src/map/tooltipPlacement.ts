import type { Direction, Layer, Map as LeafletMapInstance, PointTuple, Tooltip } from 'leaflet';

interface Size {
  width: number;
  height: number;
}

/** Pixels Leaflet leaves between a tooltip and its point (its tip), and the room kept from the edge. */
const TIP = 8;
const EDGE = 4;

/**
 * Leaflet puts a tooltip above its marker whatever the room; near the map's edge that cut it off
 * (the frame clips). This picks the side with room (above, below, then right or left) and the
 * shift along that side that keeps the whole tooltip inside the map.
 */
export function tooltipPlacement(
  at: { x: number; y: number },
  size: Size,
  map: Size,
): { direction: Direction; offset: PointTuple } {
  const vertical =
    at.y - size.height - TIP >= EDGE
      ? 'top'
      : at.y + size.height + TIP <= map.height - EDGE
        ? 'bottom'
        : undefined;
  const direction: Direction = vertical ?? (at.x < map.width / 2 ? 'right' : 'left');
  const box =
    direction === 'top' || direction === 'bottom'
      ? { left: at.x - size.width / 2, top: direction === 'top' ? at.y - size.height - TIP : at.y + TIP }
      : { left: direction === 'right' ? at.x + TIP : at.x - size.width - TIP, top: at.y - size.height / 2 };
  const shift = (start: number, length: number, room: number) =>
    start < EDGE ? EDGE - start : start + length > room - EDGE ? room - EDGE - start - length : 0;
  return {
    direction,
    offset: [
      Math.round(shift(box.left, size.width, map.width)),
      Math.round(shift(box.top, size.height, map.height)),
    ],
  };
}

/** Once a layer's tooltip is open and measured, moves it where it fits. */
export function keepTooltipInside(layer: Layer): void {
  layer.on('tooltipopen', (e: { tooltip: Tooltip }) => {
    const tooltip = e.tooltip;
    const map = (layer as Layer & { _map?: LeafletMapInstance })._map;
    const el = tooltip.getElement();
    const latLng = tooltip.getLatLng();
    if (!map || !el || !latLng) return;
    const size = map.getSize();
    const placement = tooltipPlacement(
      map.latLngToContainerPoint(latLng),
      { width: el.offsetWidth, height: el.offsetHeight },
      { width: size.x, height: size.y },
    );
    Object.assign(tooltip.options, placement);
    tooltip.update();
  });
}
