import type { Direction, Layer, Map as LeafletMapInstance, Tooltip } from 'leaflet';

/**
 * Leaflet puts a tooltip above its marker whatever the room; near the map's edge that cut it off
 * (the frame clips). This picks the side with room for a tooltip of the given size.
 */
export function tooltipDirection(at: { x: number; y: number }, size: { width: number; height: number }, map: { width: number; height: number }): Direction {
  const room = { top: at.y - size.height - 12, bottom: map.height - at.y - size.height - 12 };
  const halfFits = at.x - size.width / 2 >= 4 && at.x + size.width / 2 <= map.width - 4;
  if (halfFits && room.top >= 0) return 'top';
  if (halfFits && room.bottom >= 0) return 'bottom';
  return at.x < map.width / 2 ? 'right' : 'left';
}

/** Once a layer's tooltip is open and measured, moves it to the side with room. */
export function keepTooltipInside(layer: Layer): void {
  layer.on('tooltipopen', (e: { tooltip: Tooltip }) => {
    const tooltip = e.tooltip;
    const map = (layer as Layer & { _map?: LeafletMapInstance })._map;
    const el = tooltip.getElement();
    if (!map || !el) return;
    const at = map.latLngToContainerPoint(tooltip.getLatLng()!);
    const size = map.getSize();
    const direction = tooltipDirection(at, { width: el.offsetWidth, height: el.offsetHeight }, { width: size.x, height: size.y });
    if (tooltip.options.direction === direction) return;
    tooltip.options.direction = direction;
    tooltip.update();
  });
}
