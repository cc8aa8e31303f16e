/**
 * The data contract: one zod schema per bundle file in `public/data/`. The app validates every
 * file against these on load, and `npm run validate` (scripts/validate.ts) runs the same schemas
 * plus the cross-references, so the validator and the app can never disagree.
 * Every field is documented in src/data/README.md.
 */
import { z } from 'zod';
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
z.config({ jitless: true });

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lowercase a-z, 0-9 and hyphens');
export const isoDate = z.string().refine(isIsoDate, 'a real calendar date written YYYY-MM-DD');
const httpUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'only http: and https: links are allowed');
const text = z.string().trim().min(1, 'must not be empty');

export const names = z.object({ en: text, az: text, hy: text, ru: text });

export const source = z.object({
  id,
  publisher: text,
  title: text,
  url: httpUrl,
  published: isoDate,
  kind: z.enum(sourceKinds),
  language: z
    .string()
    .regex(/^[a-z]{2}$/)
    .optional(),
});
export const sources = z.array(source);

export const actor = z.object({ id, name: text, side: z.enum(sides), role: z.enum(actorRoles) });
export const actors = z.array(actor);

export const place = z
  .object({
    id,
    names,
    /** Absent (both) when no registry package or source locates the place: it is listed, not mapped. */
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    kind: z.enum(placeKinds),
    regionId: id,
    sourceIds: z.array(id).min(1, 'every place cites at least one source'),
    /** Where the coordinates come from (a registry package or a source id) and how exact they are. */
    coord: z.object({ from: text, precision: z.enum(coordPrecisions) }).optional(),
    note: z.string().optional(),
  })
  .refine((p) => (p.lat === undefined) === (p.lon === undefined), {
    message: 'a place has both lat and lon, or neither (unlocated)',
    path: ['lat'],
  })
  .refine((p) => p.lat === undefined || p.coord !== undefined, {
    message: 'located places say where their coordinates come from (coord)',
    path: ['coord'],
  });
export const places = z.array(place);

// Empty or degenerate shapes are refused here: Leaflet cannot fit the map to them ("Bounds are
// not valid") and the reader would lose the map.
const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const ring = z.array(position).min(4, 'a polygon ring has at least 4 positions');
const polygon = z.array(ring).min(1, 'a polygon has at least one ring');
const line = z.array(position).min(2, 'a line has at least 2 positions');
const geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: polygon }),
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(polygon).min(1, 'a multipolygon has at least one polygon'),
  }),
  z.object({ type: z.literal('LineString'), coordinates: line }),
  z.object({
    type: z.literal('MultiLineString'),
    coordinates: z.array(line).min(1, 'a multiline has at least one line'),
  }),
]);
export const regionProperties = z.object({
  id,
  names,
  group: z.enum(regionGroups),
  kind: z.enum(regionKinds),
  /** What the shape is, in a sentence: "Azerbaijani district (rayon) since 1930…". */
  description: z.string().optional(),
  /** Where the geometry comes from (dataset credit, see manifest.json). */
  geometrySource: z.string().optional(),
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
const eventDate = isoDate.refine(
  (d) => d >= WAR_START && d <= EVENTS_END,
  `a date from ${WAR_START} to ${EVENTS_END}`,
);
/** A figure counts from the war's first day on. */
const figureDate = isoDate.refine((d) => d >= WAR_START, `a date on or after ${WAR_START}`);
/** Every calendar-date schema, so the data package can type their columns as dates. */
export const dateSchemas: ReadonlySet<z.ZodType> = new Set<z.ZodType>([isoDate, eventDate, figureDate]);

export const event = z
  .object({
    id,
    date: eventDate,
    type: z.enum(eventTypes),
    actorId: id,
    summary: text.max(280, 'a summary is at most 280 characters'),
    placeIds: z.array(id),
    geoPrecision: z.enum(geoPrecisions),
    status: z.enum(eventStatuses),
    sourceIds: z.array(id).min(1, 'every event cites at least one source'),
    key: z.boolean().optional(),
    deniedBy: z
      .object({ actorId: id, sourceIds: z.array(id).min(1), note: z.string().optional() })
      .optional(),
    verifiedBy: z.array(id).min(1).optional(),
  })
  .refine((e) => e.status !== 'denied' || e.deniedBy !== undefined, {
    message: 'a denied event names who denied it (deniedBy)',
    path: ['deniedBy'],
  })
  .refine((e) => e.status !== 'verified' || e.verifiedBy !== undefined, {
    message: 'a verified event links the investigation (verifiedBy)',
    path: ['verifiedBy'],
  })
  .refine((e) => (e.placeIds.length === 0) === (e.geoPrecision === 'none'), {
    message: 'geoPrecision is "none" exactly when the event has no place',
    path: ['geoPrecision'],
  });
export const events = z.array(event);

const count = z.number().int().nonnegative();
export const casualty = z
  .object({
    id,
    reportedOn: figureDate,
    asOf: figureDate,
    actorId: id,
    subject: z.object({ side: z.enum(subjectSides), group: z.enum(subjectGroups) }),
    measure: z.enum(measures),
    equipment: z.enum(equipmentKinds).optional(),
    value: count.optional(),
    valueLow: count.optional(),
    valueHigh: count.optional(),
    qualifier: z.enum(qualifiers),
    note: z.string(),
    sourceIds: z.array(id).min(1, 'every figure cites at least one source'),
  })
  .refine((c) => c.asOf <= c.reportedOn, {
    message: 'asOf is on or before reportedOn',
    path: ['asOf'],
  })
  .refine(
    (c) =>
      c.value !== undefined ||
      (c.valueLow !== undefined && c.valueHigh !== undefined && c.valueLow <= c.valueHigh),
    { message: 'a figure has a value, or a range valueLow ≤ valueHigh', path: ['value'] },
  )
  .refine((c) => (c.measure === 'equipment-destroyed') === (c.equipment !== undefined), {
    message: 'equipment is given exactly for equipment-destroyed figures',
    path: ['equipment'],
  });
export const casualties = z.array(casualty);

export const manifest = z.object({
  name: text,
  /** The dataset's semantic version (MAJOR.MINOR.PATCH); public/data/CHANGELOG.md says what each changed. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a semantic version, MAJOR.MINOR.PATCH'),
  built: isoDate,
  files: z.array(z.object({ name: text, description: text, records: count.optional() })),
  licences: z.array(
    z.object({ dataset: text, licence: text, attribution: text, url: httpUrl.optional(), usedFor: text }),
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
