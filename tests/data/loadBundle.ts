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

/** Two sources are independent when they come from different publishers. */
export function publishersOf(b: FullBundle, sourceIds: readonly string[]): Set<string> {
  const byId = new Map(b.sources.map((s) => [s.id, s]));
  return new Set(
    sourceIds.map((id) => byId.get(id)?.publisher.trim().toLowerCase()).filter((p): p is string => !!p),
  );
}

/** The stricter count: a wire and the sites that relay it are one publisher (see src/model/publishers.ts). */
export function newsroomsOf(b: FullBundle, sourceIds: readonly string[]): Set<string> {
  const byId = new Map(b.sources.map((s) => [s.id, s]));
  return new Set(
    sourceIds
      .map((id) => byId.get(id)?.publisher)
      .filter((p): p is string => !!p)
      .map(publisherKey),
  );
}
