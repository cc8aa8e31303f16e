import { isLocated } from '../data/isLocated';
import type { LocatedPlace, Place } from '../data/schemas';

/** The main towns, always labelled with both toponyms (names.en holds "Stepanakert / Khankendi"). */
export const LABELLED_TOWNS = [
  'khankendi',
  'shusha',
  'aghdara',
  'khojavend',
  'khojaly',
  'hadrut',
  'lachin',
  'kalbajar',
  'qubadli',
  'zangilan',
  'jabrayil',
  'fuzuli',
  'agdam',
  'tartar',
  'barda',
  'ganja',
  'goris',
  'vardenis',
];

/** The labelled towns the gazetteer has, with coordinates, in the order above. */
export function labelledTowns(placesById: ReadonlyMap<string, Place>): LocatedPlace[] {
  return LABELLED_TOWNS.map((id) => placesById.get(id)).filter((p): p is LocatedPlace => !!p && isLocated(p));
}
