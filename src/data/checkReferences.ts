/**
 * Cross-file checks the schemas cannot make alone: ids are unique within a file, and every
 * sourceId, actorId, placeId and regionId points at a record that exists. Pure: takes the parsed
 * bundle, returns problems in words (empty when the bundle is consistent).
 */
import type { Actor, Casualty, Place, Regions, Source, WarEvent } from './schemas';

export interface Bundle {
  sources: Source[];
  actors: Actor[];
  places: Place[];
  regions: Regions;
  events: WarEvent[];
  casualties: Casualty[];
}

function duplicates(file: string, ids: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const id of ids) {
    if (seen.has(id)) out.push(`${file}: id "${id}" is used more than once`);
    seen.add(id);
  }
  return out;
}

export function checkReferences(b: Bundle): string[] {
  const regionIds = b.regions.features.map((f) => f.properties.id);
  const problems = [
    ...duplicates(
      'sources.json',
      b.sources.map((s) => s.id),
    ),
    ...duplicates(
      'actors.json',
      b.actors.map((a) => a.id),
    ),
    ...duplicates(
      'places.json',
      b.places.map((p) => p.id),
    ),
    ...duplicates('regions.geojson', regionIds),
    ...duplicates(
      'events.json',
      b.events.map((e) => e.id),
    ),
    ...duplicates(
      'casualties.json',
      b.casualties.map((c) => c.id),
    ),
  ];
  const known = {
    sourceId: new Set(b.sources.map((s) => s.id)),
    actorId: new Set(b.actors.map((a) => a.id)),
    placeId: new Set(b.places.map((p) => p.id)),
    regionId: new Set(regionIds),
  };
  const expect = (file: string, recordId: string, field: string, kind: keyof typeof known, ids: string[]) => {
    for (const ref of ids) {
      if (!known[kind].has(ref))
        problems.push(`${file}: record "${recordId}", field "${field}": unknown ${kind} "${ref}"`);
    }
  };
  for (const p of b.places) {
    expect('places.json', p.id, 'regionId', 'regionId', [p.regionId]);
    expect('places.json', p.id, 'sourceIds', 'sourceId', p.sourceIds);
  }
  for (const e of b.events) {
    expect('events.json', e.id, 'actorId', 'actorId', [e.actorId]);
    expect('events.json', e.id, 'placeIds', 'placeId', e.placeIds);
    expect('events.json', e.id, 'sourceIds', 'sourceId', e.sourceIds);
    if (e.deniedBy) {
      expect('events.json', e.id, 'deniedBy.actorId', 'actorId', [e.deniedBy.actorId]);
      expect('events.json', e.id, 'deniedBy.sourceIds', 'sourceId', e.deniedBy.sourceIds);
    }
    if (e.verifiedBy) expect('events.json', e.id, 'verifiedBy', 'sourceId', e.verifiedBy);
  }
  for (const c of b.casualties) {
    expect('casualties.json', c.id, 'actorId', 'actorId', [c.actorId]);
    expect('casualties.json', c.id, 'sourceIds', 'sourceId', c.sourceIds);
  }
  return problems;
}

/**
 * The bundle without the records that point at nothing (an unknown source, actor, place or
 * district), which checkReferences names: the app sets them aside rather than show an actor's raw
 * id or an empty "Sources:". Places are pruned first, so an event at a pruned place goes too.
 * Returns the same arrays when nothing is pruned.
 */
export function pruneBrokenReferences(b: Bundle): Pick<Bundle, 'places' | 'events' | 'casualties'> {
  const has = (set: Set<string>) => (id: string) => set.has(id);
  const source = has(new Set(b.sources.map((s) => s.id)));
  const actor = has(new Set(b.actors.map((a) => a.id)));
  const region = has(new Set(b.regions.features.map((f) => f.properties.id)));
  const keep = <T>(list: T[], ok: (x: T) => boolean) => (list.every(ok) ? list : list.filter(ok));
  const places = keep(b.places, (p) => region(p.regionId) && p.sourceIds.every(source));
  const place = has(new Set(places.map((p) => p.id)));
  const events = keep(
    b.events,
    (e) =>
      actor(e.actorId) &&
      e.placeIds.every(place) &&
      e.sourceIds.every(source) &&
      (!e.deniedBy || (actor(e.deniedBy.actorId) && e.deniedBy.sourceIds.every(source))) &&
      (e.verifiedBy ?? []).every(source),
  );
  const casualties = keep(b.casualties, (c) => actor(c.actorId) && c.sourceIds.every(source));
  return { places, events, casualties };
}
