import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { LocatedPlace, RegionFeature } from '../data/schemas';

/** Moves the map to the selected district or place; the map reads its options once, moves go through useMap. */
export function FitToSelection({ region, place }: { region?: RegionFeature; place?: LocatedPlace }) {
  const map = useMap();
  useEffect(() => {
    if (place) map.setView([place.lat, place.lon], Math.max(map.getZoom(), 11));
    else if (region) map.fitBounds(L.geoJSON(region).getBounds(), { padding: [16, 16], maxZoom: 11 });
  }, [map, region, place]);
  return null;
}
