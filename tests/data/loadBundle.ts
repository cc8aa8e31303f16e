/** The shipped bundle, read once for the data tests (schema-checked by readBundle). */
import { readBundle, type FullBundle } from '../../scripts/readBundle';
import { publisherKey } from '../../src/model/publishers';

let cached: FullBundle | undefined;

export function shippedBundle(): FullBundle {
  if (cached) return cached;
  const { bundle, errors } = readBundle();
  if (!bundle) throw new Error(errors.map((e) => `${e.file}: ${e.problems.join('; ')}`).join('\n'));
  cached = bundle;
  return bundle;
}

/** Two sources are independent when they come from different publishers (a wire and its relays are one). */
export function publishersOf(b: FullBundle, sourceIds: readonly string[]): Set<string> {
  const byId = new Map(b.sources.map((s) => [s.id, s]));
  return new Set(sourceIds.map((id) => byId.get(id)?.publisher).filter((p): p is string => !!p).map(publisherKey));
}
