/**
 * The Frictionless data package of the bundle (https://specs.frictionlessdata.io/): the five CSV
 * tables of src/model/bundleCsv.ts and the JSON/GeoJSON files as they are, each field described
 * from the zod schema it comes from (z.toJSONSchema), so the description cannot drift from the
 * validator. A schema field that no CSV column carries is an error here, at build time.
 */
import { z } from 'zod/mini';
import * as schemas from '../src/data/schemas';
import type { FullBundle } from './readBundle';
import {
  actorColumns,
  casualtyColumns,
  eventColumns,
  placeColumns,
  sourceColumns,
  toCsv,
  type Column,
  type TableName,
} from '../src/model/bundleCsv';
import { buildLookups } from '../src/model/lookups';

type JsonSchema = {
  type?: string;
  enum?: string[];
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  minLength?: number;
};

export interface FrictionlessField {
  name: string;
  description: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number; maximum?: number };
}

const CC_BY = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
};
const CC_BY_SA = {
  name: 'CC-BY-SA-4.0',
  title: 'Creative Commons Attribution-ShareAlike 4.0',
  path: 'https://creativecommons.org/licenses/by-sa/4.0/',
};
const PUBLIC_DOMAIN = {
  title: 'Public domain (Natural Earth)',
  path: 'https://www.naturalearthdata.com/about/terms-of-use/',
};

/** The zod schema at a dotted path (for the one check JSON Schema cannot carry: a calendar date). */
function zodAt(schema: z.ZodMiniType, path: string): z.ZodMiniType | undefined {
  let at: z.ZodMiniType | undefined = schema;
  for (const key of path.split('.')) {
    while (at instanceof z.ZodMiniOptional) at = at.def.innerType as z.ZodMiniType;
    at = at instanceof z.ZodMiniObject ? (at.shape as Record<string, z.ZodMiniType>)[key] : undefined;
  }
  while (at instanceof z.ZodMiniOptional) at = at.def.innerType as z.ZodMiniType;
  return at;
}

/** The JSON Schema at a dotted path, and whether every step of it is required. */
function jsonAt(root: JsonSchema, path: string): { node?: JsonSchema; required: boolean } {
  let node: JsonSchema | undefined = root;
  let required = true;
  for (const key of path.split('.')) {
    required &&= !!node?.required?.includes(key);
    node = node?.properties?.[key];
  }
  return { node, required };
}

/** Every leaf path of a record's schema: nested objects are walked, arrays are leaves. */
function leafPaths(node: JsonSchema, prefix = ''): string[] {
  if (node.type !== 'object' || !node.properties) return [prefix];
  return Object.entries(node.properties).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
}

const anchorless = (p: string) => p.replace(/^\^/, '').replace(/\$$/, '');

export function describeColumn<R>(
  column: Column<R>,
  record: z.ZodMiniType,
  json: JsonSchema,
): FrictionlessField {
  const field: FrictionlessField = { name: column.name, description: column.description, type: 'string' };
  if (!column.path) return field;
  const { node, required } = jsonAt(json, column.path);
  if (!node) throw new Error(`CSV column ${column.name}: the schema has no field ${column.path}`);
  const constraints: NonNullable<FrictionlessField['constraints']> = {};
  const at = zodAt(record, column.path);
  const isDate = at !== undefined && schemas.dateSchemas.has(at);
  // A CSV cell cannot tell an empty string from a missing value: required means "never empty".
  const canBeEmpty = column.list
    ? !node.minItems
    : node.type === 'string' && !isDate && !node.minLength && !node.pattern && !node.enum;
  if (required && !canBeEmpty) constraints.required = true;
  if (column.list) {
    // A list is one cell of items joined with "; " (empty when the list is): the schema checks the items.
    if (node.type !== 'array') throw new Error(`CSV column ${column.name}: ${column.path} is not a list`);
  } else if (isDate) {
    field.type = 'date';
  } else if (node.type === 'integer' || node.type === 'number' || node.type === 'boolean') {
    field.type = node.type;
    if (node.minimum !== undefined) constraints.minimum = node.minimum;
    if (node.maximum !== undefined && node.maximum < Number.MAX_SAFE_INTEGER)
      constraints.maximum = node.maximum;
  } else {
    if (node.enum) constraints.enum = node.enum;
    if (node.pattern) constraints.pattern = anchorless(node.pattern);
  }
  if (Object.keys(constraints).length) field.constraints = constraints;
  return field;
}

interface Table<R> {
  name: TableName;
  file: string;
  title: string;
  columns: readonly Column<R>[];
  records: readonly R[];
  schema: z.ZodMiniType;
  licenses: object[];
}

function tables(b: FullBundle) {
  return [
    {
      name: 'events',
      file: 'events.json',
      title: 'Events',
      columns: eventColumns,
      records: b.events,
      schema: schemas.event,
      licenses: [CC_BY],
    },
    {
      name: 'casualties',
      file: 'casualties.json',
      title: 'Casualty claims',
      columns: casualtyColumns,
      records: b.casualties,
      schema: schemas.casualty,
      licenses: [CC_BY],
    },
    {
      name: 'sources',
      file: 'sources.json',
      title: 'Sources',
      columns: sourceColumns,
      records: b.sources,
      schema: schemas.source,
      licenses: [CC_BY],
    },
    {
      name: 'places',
      file: 'places.json',
      title: 'Places',
      columns: placeColumns,
      records: b.places,
      schema: schemas.place,
      licenses: [CC_BY, CC_BY_SA],
    },
    {
      name: 'actors',
      file: 'actors.json',
      title: 'Actors',
      columns: actorColumns,
      records: b.actors,
      schema: schemas.actor,
      licenses: [CC_BY],
    },
  ] as Table<unknown>[];
}

function tableResource<R>(t: Table<R>) {
  const json = z.toJSONSchema(t.schema, { io: 'input' }) as JsonSchema;
  const covered = new Set(t.columns.flatMap((c) => (c.path ? [c.path] : [])));
  const missing = leafPaths(json).filter((p) => !covered.has(p));
  if (missing.length)
    throw new Error(`${t.file}: no CSV column for ${missing.join(', ')} (src/model/bundleCsv.ts)`);
  const foreignKeys = t.columns
    .filter((c) => c.references)
    .map((c) => ({
      fields: c.name,
      reference: { resource: c.references?.resource, fields: c.references?.field },
    }));
  return {
    name: t.name,
    title: t.title,
    path: `${t.name}.csv`,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
    description: `One row per record of ${t.file}. Lists are joined with "; ".`,
    licenses: t.licenses,
    schema: {
      fields: t.columns.map((c) => describeColumn(c, t.schema, json)),
      primaryKey: 'id',
      ...(foreignKeys.length ? { foreignKeys } : {}),
      missingValues: [''],
    },
  };
}

export interface DataPackageOutput {
  descriptor: Record<string, unknown>;
  /** CSV text by file name (events.csv …). */
  csv: Record<string, string>;
}

export function buildDataPackage(b: FullBundle, homepage?: string): DataPackageOutput {
  const lookups = buildLookups(b.sources, b.actors, b.places);
  const ts = tables(b);
  const csv = Object.fromEntries(ts.map((t) => [`${t.name}.csv`, toCsv(t.columns, t.records, lookups)]));
  const asIs = [
    ...ts.map((t) => ({
      name: `${t.name}-json`,
      path: t.file,
      title: `${t.title} (JSON, as the app reads it)`,
      licenses: t.licenses,
    })),
    {
      name: 'regions-geojson',
      path: 'regions.geojson',
      title: 'Map shapes (GeoJSON)',
      licenses: [PUBLIC_DOMAIN],
    },
    {
      name: 'manifest-json',
      path: 'manifest.json',
      title: 'Manifest: version, build date, record counts, licences',
      licenses: [CC_BY],
    },
  ].map((r) => ({
    ...r,
    profile: 'data-resource',
    format: r.path.endsWith('.geojson') ? 'geojson' : 'json',
    mediatype: r.path.endsWith('.geojson') ? 'application/geo+json' : 'application/json',
    encoding: 'utf-8',
  }));
  const descriptor = {
    profile: 'data-package',
    name: 'karabakh-2020',
    title: b.manifest.name,
    description:
      'Events, casualty claims, sources, places and actors of the war of 27 September – 10 November 2020 over Nagorno-Karabakh; every record cites dated sources, every figure is a claim.',
    version: b.manifest.version,
    created: `${b.manifest.built}T00:00:00Z`,
    ...(homepage ? { homepage } : {}),
    licenses: [CC_BY],
    contributors: [{ title: 'Karabakh 2020 project', role: 'author' }],
    sources: b.manifest.licences.map((l) => ({
      title: `${l.dataset} (${l.licence})`,
      ...(l.url ? { path: l.url } : {}),
    })),
    resources: [...ts.map(tableResource), ...asIs],
  };
  return { descriptor, csv };
}
