import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../src/data/checkReferences';
import { shippedBundle } from './loadBundle';

/** Words that take a side; they may appear in quoted source titles, never in our own text. */
export const PARTISAN =
  /\b(liberat\w*|occupied|occupation|occupier\w*|martyr\w*|terrorist\w*|invader\w*|aggressor\w*|heroic\w*)\b/i;

describe('the shipped bundle', () => {
  const b = shippedBundle();

  it('passes every schema and cross-reference', () => {
    expect(checkReferences(b)).toEqual([]);
  });

  it('every source has a publisher, a title, a date and an http(s) link', () => {
    for (const s of b.sources) expect(s.url, s.id).toMatch(/^https?:\/\//);
  });

  it('every source is cited by something', () => {
    const cited = new Set<string>();
    for (const e of b.events)
      [...e.sourceIds, ...(e.deniedBy?.sourceIds ?? []), ...(e.verifiedBy ?? [])].forEach((id) =>
        cited.add(id),
      );
    for (const c of b.casualties) c.sourceIds.forEach((id) => cited.add(id));
    for (const p of b.places) p.sourceIds.forEach((id) => cited.add(id));
    expect(b.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('our own text takes no side', () => {
    const own = [
      ...b.events.map((e) => [e.id, e.summary] as const),
      ...b.events.flatMap((e) => (e.deniedBy?.note ? [[e.id, e.deniedBy.note] as const] : [])),
      ...b.casualties.map((c) => [c.id, c.note] as const),
      ...b.places.flatMap((p) => (p.note ? [[p.id, p.note] as const] : [])),
      ...b.regions.features.flatMap((f) =>
        f.properties.description ? [[f.properties.id, f.properties.description] as const] : [],
      ),
      ...b.actors.map((a) => [a.id, a.name] as const),
    ];
    expect(own.filter(([, text]) => PARTISAN.test(text)).map(([id, text]) => `${id}: ${text}`)).toEqual([]);
  });

  it('the manifest lists every file with its record count', () => {
    const counts: Record<string, number> = {
      'sources.json': b.sources.length,
      'actors.json': b.actors.length,
      'places.json': b.places.length,
      'regions.geojson': b.regions.features.length,
      'events.json': b.events.length,
      'casualties.json': b.casualties.length,
    };
    for (const [name, n] of Object.entries(counts)) {
      expect(b.manifest.files.find((f) => f.name === name)?.records, name).toBe(n);
    }
  });
});
