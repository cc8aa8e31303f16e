import type { RegionFeature, Regions } from '../data/schemas';
import { compareEnglishNames } from './compareIds';
import { memoizeLast } from './memoize';

/**
 * Districts a reader can select, on the map and in the timeline's District filter alike: the
 * study area and the neighbouring districts (districts and cities), never the context around them.
 */
export function isSelectable(f: RegionFeature): boolean {
  const p = f.properties;
  return (
    (p.group === 'adjacent-district' || p.group === 'nagorno-karabakh') &&
    (p.kind === 'district' || p.kind === 'city')
  );
}

/** The selectable districts in English alphabetical order, one array per loaded regions file. */
export const selectableDistricts = memoizeLast((regions: Regions): RegionFeature[] =>
  regions.features.filter(isSelectable).sort(compareEnglishNames),
);
