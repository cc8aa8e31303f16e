import type { Layer, LeafletMouseEvent, Path } from 'leaflet';
import { memo, useMemo } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { RegionFeature, Regions } from '../data/schemas';
import { drawOrder, regionStyle } from './regionStyle';

interface Props {
  regions: Regions;
  /** The selectable districts (src/model/districtSelection.ts): only these answer hover and click. */
  districts: readonly RegionFeature[];
  selectedId?: string;
  onSelect: (id: string) => void;
  /** Draw only the first `limit` shapes in draw order (the map's first draw, in slices). */
  limit?: number;
}

/**
 * The base map, drawn from the bundle. Each selectable district is its own layer so that a
 * change of selection restyles one shape; hover highlights through Leaflet's own events.
 */
export const RegionsLayer = memo(function RegionsLayer({
  regions,
  districts,
  selectedId,
  onSelect,
  limit,
}: Props) {
  const features = useMemo(
    () => [...regions.features].sort((a, b) => drawOrder(a) - drawOrder(b)),
    [regions],
  );
  return (
    <>
      {features.slice(0, limit).map((f) => (
        <RegionShape
          key={`${f.properties.id}-${f.properties.id === selectedId}`}
          feature={f}
          selectable={districts.includes(f)}
          selected={f.properties.id === selectedId}
          onSelect={onSelect}
        />
      ))}
    </>
  );
});

/** Memoised: a new `style` function would make react-leaflet restyle the shape on every render. */
const RegionShape = memo(function RegionShape({
  feature,
  selectable,
  selected,
  onSelect,
}: {
  feature: RegionFeature;
  selectable: boolean;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  const onEachFeature = (_f: unknown, layer: Layer) => {
    if (!selectable) return;
    const path = layer as Path;
    layer.on({
      // Out of the tab order: Chromium makes an SVG shape with focus listeners (its tooltip's) a tab
      // stop, unnamed; the "Districts" list is the keyboard's way to select one.
      add: () => {
        path.getElement()?.setAttribute('data-region', feature.properties.id);
        path.getElement()?.setAttribute('tabindex', '-1');
      },
      mouseover: (e: LeafletMouseEvent) => (e.target as Path).setStyle(regionStyle(feature, selected, true)),
      mouseout: (e: LeafletMouseEvent) => (e.target as Path).setStyle(regionStyle(feature, selected, false)),
      click: () => onSelect(feature.properties.id),
    });
    // An element, not a string: Leaflet would set a string as innerHTML.
    const label = document.createElement('span');
    label.textContent = feature.properties.names.en;
    path.bindTooltip(label, { sticky: true, direction: 'top' });
  };
  return (
    <GeoJSON
      data={feature}
      style={() => regionStyle(feature, selected, false)}
      interactive={selectable}
      onEachFeature={onEachFeature}
    />
  );
});
