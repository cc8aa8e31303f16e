import type { Actor, Place, Source } from '../data/schemas';
import { indexById } from './indexById';
import { memoizeLast } from './memoize';

export interface Lookups {
  sourcesById: Map<string, Source>;
  actorsById: Map<string, Actor>;
  placesById: Map<string, Place>;
}

/** Id indexes over the bundle, built once per loaded bundle and shared by every view. */
export const buildLookups = memoizeLast(
  (sources: readonly Source[], actors: readonly Actor[], places: readonly Place[]): Lookups => ({
    sourcesById: indexById(sources),
    actorsById: indexById(actors),
    placesById: indexById(places),
  }),
);
