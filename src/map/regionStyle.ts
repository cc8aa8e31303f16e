import type { PathOptions } from 'leaflet';
import type { RegionFeature } from '../data/schemas';

/** Three groups, three looks: the study area stands out, context recedes, lines stay lines. */
export function regionStyle(f: RegionFeature, selected: boolean, hovered: boolean): PathOptions {
  const p = f.properties;
  if (p.kind === 'ceasefire-line') return { color: '#b2182b', weight: 2, dashArray: '6 4', fill: false };
  if (p.kind === 'river') return { color: '#4a90c2', weight: 2, fill: false };
  if (p.kind === 'lake') return { color: '#4a90c2', weight: 1, fillColor: '#a6cee3', fillOpacity: 0.9 };
  if (p.kind === 'oblast-outline') return { color: '#1f2a37', weight: 2.5, dashArray: '2 5', fill: false };
  const emphasis = selected
    ? { weight: 3, color: '#111827' }
    : hovered
      ? { weight: 2.5, color: '#374151' }
      : {};
  // The seven districts and Nagorno-Karabakh in two hues, told apart at a glance (MapLegend).
  if (p.group === 'adjacent-district') {
    return {
      color: '#6b7280',
      weight: 1.2,
      fillColor: '#d6e2c3',
      fillOpacity: selected ? 0.85 : 0.6,
      ...emphasis,
    };
  }
  if (p.group === 'nagorno-karabakh') {
    return {
      color: '#6b7280',
      weight: 1.2,
      fillColor: '#e8c9a9',
      fillOpacity: selected ? 0.85 : 0.6,
      ...emphasis,
    };
  }
  if (p.kind === 'country') return { color: '#9ca3af', weight: 1.5, fillColor: '#f3f4f6', fillOpacity: 1 };
  return { color: '#c9ccd1', weight: 0.8, fillColor: '#f9fafb', fillOpacity: 1, ...emphasis };
}

/** Drawing order: countries under districts under the outline and lines. */
export function drawOrder(f: RegionFeature): number {
  const order: Record<string, number> = {
    country: 0,
    province: 1,
    district: 2,
    city: 3,
    lake: 4,
    river: 5,
    'oblast-outline': 6,
    'ceasefire-line': 7,
  };
  return (order[f.properties.kind] ?? 2) + (f.properties.group === 'context' ? 0 : 0.5);
}
