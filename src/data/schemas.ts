/**
 * The data contract: one zod schema per bundle file in `public/data/`. The app validates every
 * file against these on load, and `npm run validate` (scripts/validate.ts) runs the same schemas
 * plus the cross-references, so the validator and the app can never disagree.
 * Every field is documented in src/data/README.md.
 */
import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { isIsoDate, WAR_START } from './calendar';
import {
  actorRoles,
  coordPrecisions,
  equipmentKinds,
  eventStatuses,
  eventTypes,
  geoPrecisions,
  measures,
  placeKinds,
  qualifiers,
  regionGroups,
  regionKinds,
  sides,
  sourceKinds,
  subjectGroups,
  subjectSides,
} from './vocabulary';

export * from './vocabulary';

// Our CSP forbids eval; zod would otherwise probe `new Function` for its JIT and log a violation.
// zod/mini (a third of classic zod's size) has no messages of its own: English, as classic's.
z.config({ jitless: true, ...en() });

const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lowercase a-z, 0-9 and hyphens'));
export const isoDate = z.string().check(z.refine(isIsoDate, 'a real calendar date written YYYY-MM-DD'));
const httpUrl = z
  .url()
  .check(z.refine((u) => /^https?:\/\//i.test(u), 'only http: and https: links are allowed'));
const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

export const names = z.object({ en: text, az: text, hy: text, ru: text });

export const source = z.object({
  id,
  publisher: text,
  title: text,
  url: httpUrl,
  published: isoDate,
  kind: z.enum(sourceKinds),
  language: z.optional(z.string().check(z.regex(/^[a-z]{2}$/))),
});
export const sources = z.array(source);

export const actor = z.object({ id, name: text, side: z.enum(sides), role: z.enum(actorRoles) });
export const actors = z.array(actor);

export const place = z
  .object({
    id,
    names,
    /** Absent (both) when no registry package or source locates the place: it is listed, not mapped. */
    lat: z.optional(z.number().check(z.gte(-90), z.lte(90))),
    lon: z.optional(z.number().check(z.gte(-180), z.lte(180))),
    kind: z.enum(placeKinds),
    regionId: id,
    sourceIds: z.array(id).check(z.minLength(1, 'every place cites at least one source')),
    /** Where the coordinates come from (a registry package or a source id) and how exact they are. */
    coord: z.optional(z.object({ from: text, precision: z.enum(coordPrecisions) })),
    note: z.optional(z.string()),
  })
  .check(
    z.refine((p) => (p.lat === undefined) === (p.lon === undefined), {
      message: 'a place has both lat and lon, or neither (unlocated)',
      path: ['lat'],
    }),
  )
  .check(
    z.refine((p) => p.lat === undefined || p.coord !== undefined, {
      message: 'located places say where their coordinates come from (coord)',
      path: ['coord'],
    }),
  );
export const places = z.array(place);

// Empty or degenerate shapes are refused here: Leaflet cannot fit the map to them ("Bounds are
// not valid") and the reader would lose the map.
const position = z.tuple([
  z.number().check(z.gte(-180), z.lte(180)),
  z.number().check(z.gte(-90), z.lte(90)),
]);
const ring = z.array(position).check(z.minLength(4, 'a polygon ring has at least 4 positions'));
const polygon = z.array(ring).check(z.minLength(1, 'a polygon has at least one ring'));
const line = z.array(position).check(z.minLength(2, 'a line has at least 2 positions'));
const geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: polygon }),
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(polygon).check(z.minLength(1, 'a multipolygon has at least one polygon')),
  }),
  z.object({ type: z.literal('LineString'), coordinates: line }),
  z.object({
    type: z.literal('MultiLineString'),
    coordinates: z.array(line).check(z.minLength(1, 'a multiline has at least one line')),
  }),
]);
export const regionProperties = z.object({
  id,
  names,
  group: z.enum(regionGroups),
  kind: z.enum(regionKinds),
  /** What the shape is, in a sentence: "Azerbaijani district (rayon) since 1930…". */
  description: z.optional(z.string()),
  /** Where the geometry comes from (dataset credit, see manifest.json). */
  geometrySource: z.optional(z.string()),
});
export const regionFeature = z.object({
  type: z.literal('Feature'),
  properties: regionProperties,
  geometry,
});
export const regions = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(regionFeature),
});

/** Events run from the war's first day to the last post-war milestone the record keeps. */
/** The record runs to the end of 2020: handovers to 1 Dec, and the official aggregate of 18 Dec. */
export const EVENTS_END = '2020-12-31';
const eventDate = isoDate.check(
  z.refine((d) => d >= WAR_START && d <= EVENTS_END, `a date from ${WAR_START} to ${EVENTS_END}`),
);
/** A figure counts from the war's first day on. */
const figureDate = isoDate.check(z.refine((d) => d >= WAR_START, `a date on or after ${WAR_START}`));
/** Every calendar-date schema, so the data package can type their columns as dates. */
export const dateSchemas: ReadonlySet<z.ZodMiniType> = new Set<z.ZodMiniType>([
  isoDate,
  eventDate,
  figureDate,
]);

export const event = z
  .object({
    id,
    date: eventDate,
    type: z.enum(eventTypes),
    actorId: id,
    summary: text.check(z.maxLength(280, 'a summary is at most 280 characters')),
    placeIds: z.array(id),
    geoPrecision: z.enum(geoPrecisions),
    status: z.enum(eventStatuses),
    sourceIds: z.array(id).check(z.minLength(1, 'every event cites at least one source')),
    key: z.optional(z.boolean()),
    deniedBy: z.optional(
      z.object({ actorId: id, sourceIds: z.array(id).check(z.minLength(1)), note: z.optional(z.string()) }),
    ),
    verifiedBy: z.optional(z.array(id).check(z.minLength(1))),
  })
  .check(
    z.refine((e) => e.status !== 'denied' || e.deniedBy !== undefined, {
      message: 'a denied event names who denied it (deniedBy)',
      path: ['deniedBy'],
    }),
  )
  .check(
    z.refine((e) => e.status !== 'verified' || e.verifiedBy !== undefined, {
      message: 'a verified event links the investigation (verifiedBy)',
      path: ['verifiedBy'],
    }),
  )
  .check(
    z.refine((e) => (e.placeIds.length === 0) === (e.geoPrecision === 'none'), {
      message: 'geoPrecision is "none" exactly when the event has no place',
      path: ['geoPrecision'],
    }),
  );
export const events = z.array(event);

const count = z.int().check(z.nonnegative());
export const casualty = z
  .object({
    id,
    reportedOn: figureDate,
    asOf: figureDate,
    actorId: id,
    subject: z.object({ side: z.enum(subjectSides), group: z.enum(subjectGroups) }),
    measure: z.enum(measures),
    equipment: z.optional(z.enum(equipmentKinds)),
    value: z.optional(count),
    valueLow: z.optional(count),
    valueHigh: z.optional(count),
    qualifier: z.enum(qualifiers),
    note: z.string(),
    sourceIds: z.array(id).check(z.minLength(1, 'every figure cites at least one source')),
  })
  .check(
    z.refine((c) => c.asOf <= c.reportedOn, {
      message: 'asOf is on or before reportedOn',
      path: ['asOf'],
    }),
  )
  .check(
    z.refine(
      (c) =>
        c.value !== undefined ||
        (c.valueLow !== undefined && c.valueHigh !== undefined && c.valueLow <= c.valueHigh),
      { message: 'a figure has a value, or a range valueLow ≤ valueHigh', path: ['value'] },
    ),
  )
  .check(
    z.refine((c) => (c.measure === 'equipment-destroyed') === (c.equipment !== undefined), {
      message: 'equipment is given exactly for equipment-destroyed figures',
      path: ['equipment'],
    }),
  );
export const casualties = z.array(casualty);

export const manifest = z.object({
  name: text,
  /** The dataset's semantic version (MAJOR.MINOR.PATCH); public/data/CHANGELOG.md says what each changed. */
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'a semantic version, MAJOR.MINOR.PATCH')),
  built: isoDate,
  files: z.array(z.object({ name: text, description: text, records: z.optional(count) })),
  licences: z.array(
    z.object({ dataset: text, licence: text, attribution: text, url: z.optional(httpUrl), usedFor: text }),
  ),
});

export type Source = z.infer<typeof source>;
export type Actor = z.infer<typeof actor>;
export type Place = z.infer<typeof place>;
export type RegionFeature = z.infer<typeof regionFeature>;
export type Regions = z.infer<typeof regions>;
export type WarEvent = z.infer<typeof event>;
export type EventType = (typeof eventTypes)[number];
export type EventStatus = (typeof eventStatuses)[number];
export type Casualty = z.infer<typeof casualty>;
export type Manifest = z.infer<typeof manifest>;
export type Names = z.infer<typeof names>;

/** A place with coordinates, as the map needs it. */
export type LocatedPlace = Place & { lat: number; lon: number };
