import type { LocatedPlace, Place } from './schemas';

/** Places without coordinates are listed in the app but not drawn on the map. */
export function isLocated(p: Place): p is LocatedPlace {
  return p.lat !== undefined && p.lon !== undefined;
}
