// @vitest-environment node
// The validator library takes jsdom for a browser and refuses local files: this file runs in Node.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataPackage } from '../../scripts/check-datapackage';
import { buildDataPackage } from '../../scripts/dataPackage';
import type { FullBundle } from '../../scripts/readBundle';
import { readBundleFile } from '../../scripts/readBundle';
import { citationCff } from '../../scripts/share/citationCff';
import { canonicalBase, shareMeta } from '../../scripts/share/shareMeta';
import { eventColumns } from '../../src/model/bundleCsv';
import { eventStatuses, measures } from '../../src/data/vocabulary';
import { actors, casualties, events, places, regions, sources } from '../fixtures/bundle';

const manifest = { ...readBundleFile('manifest.json'), version: '2.3.4', built: '2026-11-25' };
const bundle: FullBundle = { manifest, sources, actors, places, regions, events, casualties };

type Field = {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number };
};
type Resource = {
  name: string;
  path: string;
  profile: string;
  licenses: { name?: string }[];
  schema?: {
    fields: Field[];
    primaryKey: string;
    foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  };
};

const { descriptor, csv } = buildDataPackage(bundle, 'https://example.org/k2020/');
const resources = descriptor.resources as Resource[];
const table = (name: string) => resources.find((r) => r.name === name)?.schema;
const field = (t: string, f: string) => table(t)?.fields.find((x) => x.name === f);

describe('the data package', () => {
  it('names the dataset, its version, day and licence', () => {
    expect(descriptor).toMatchObject({
      name: 'karabakh-2020',
      version: '2.3.4',
      created: '2026-11-25T00:00:00Z',
      homepage: 'https://example.org/k2020/',
    });
    expect(descriptor.licenses).toEqual([expect.objectContaining({ name: 'CC-BY-4.0' })]);
  });

  it('describes five CSV tables and the JSON and GeoJSON files as they are', () => {
    expect(resources.map((r) => r.path)).toEqual([
      'events.csv',
      'casualties.csv',
      'sources.csv',
      'places.csv',
      'actors.csv',
      'events.json',
      'casualties.json',
      'sources.json',
      'places.json',
      'actors.json',
      'regions.geojson',
      'manifest.json',
    ]);
    for (const r of resources) expect(r.licenses.length).toBeGreaterThan(0);
    expect(Object.keys(csv)).toEqual([
      'events.csv',
      'casualties.csv',
      'sources.csv',
      'places.csv',
      'actors.csv',
    ]);
  });

  it('takes types, enums, patterns and required-ness from the zod schemas', () => {
    expect(field('events', 'date')).toMatchObject({ type: 'date', constraints: { required: true } });
    expect(field('events', 'status')?.constraints?.enum).toEqual([...eventStatuses]);
    expect(field('events', 'id')?.constraints?.pattern).toBe('[a-z0-9][a-z0-9-]*');
    expect(field('events', 'key')).toMatchObject({ type: 'boolean' });
    expect(field('events', 'key')?.constraints).toBeUndefined();
    expect(field('events', 'place_ids')?.constraints).toBeUndefined();
    expect(field('events', 'source_ids')?.constraints).toEqual({ required: true });
    expect(field('casualties', 'measure')?.constraints?.enum).toEqual([...measures]);
    expect(field('casualties', 'value')).toMatchObject({ type: 'integer', constraints: { minimum: 0 } });
    expect(field('places', 'lat')).toMatchObject({
      type: 'number',
      constraints: { minimum: -90, maximum: 90 },
    });
    expect(field('places', 'coord_precision')?.constraints).toEqual({ enum: ['exact', 'approximate'] });
  });

  it('declares primary keys and the foreign keys to actors', () => {
    expect(table('events')?.primaryKey).toBe('id');
    expect(table('events')?.foreignKeys).toEqual([
      { fields: 'actor_id', reference: { resource: 'actors', fields: 'id' } },
      { fields: 'denied_by_actor_id', reference: { resource: 'actors', fields: 'id' } },
    ]);
    expect(table('casualties')?.foreignKeys).toEqual([
      { fields: 'actor_id', reference: { resource: 'actors', fields: 'id' } },
    ]);
  });

  it('fails the build when a schema field has no CSV column, so the two cannot drift', () => {
    const i = eventColumns.findIndex((c) => c.name === 'status');
    const [removed] = eventColumns.splice(i, 1);
    try {
      expect(() => buildDataPackage(bundle)).toThrow('events.json: no CSV column for status');
    } finally {
      eventColumns.splice(i, 0, removed);
    }
  });
});

describe('the Frictionless validator (CI step)', () => {
  const writePackage = (b: FullBundle) => {
    const dir = mkdtempSync(join(tmpdir(), 'k2020-dp-'));
    const out = buildDataPackage(b);
    writeFileSync(join(dir, 'datapackage.json'), JSON.stringify(out.descriptor));
    for (const [name, text] of Object.entries(out.csv)) writeFileSync(join(dir, name), text);
    for (const [name, data] of Object.entries({
      events: b.events,
      casualties: b.casualties,
      sources: b.sources,
      places: b.places,
      actors: b.actors,
    })) {
      writeFileSync(join(dir, `${name}.json`), JSON.stringify(data));
    }
    return dir;
  };

  it('accepts the generated package, its CSVs and their row counts', async () => {
    expect(await checkDataPackage(writePackage(bundle))).toEqual([]);
  });

  it('reports a foreign key that points nowhere', async () => {
    const broken = { ...bundle, events: [...events, { ...events[0], id: 'ev-x', actorId: 'nobody' }] };
    const problems = await checkDataPackage(writePackage(broken));
    expect(problems.join('\n')).toMatch(/events\.csv/);
  });

  it('reports a table whose rows are not as many as the JSON records', async () => {
    const dir = writePackage(bundle);
    writeFileSync(join(dir, 'actors.json'), JSON.stringify([...actors, actors[0]]));
    expect(await checkDataPackage(dir)).toEqual([
      `actors.csv: ${actors.length} rows, but actors.json has ${actors.length + 1} records`,
    ]);
  });
});

describe('CITATION.cff', () => {
  it('at the repository root says what manifest.json says (npm run data:citation)', () => {
    expect(readFileSync('CITATION.cff', 'utf8')).toBe(citationCff(readBundleFile('manifest.json')));
  });
});

describe('share tags', () => {
  it('name the canonical address of the build, or none', () => {
    expect(canonicalBase('https://example.org/k2020/')).toBe('https://example.org/k2020');
    expect(canonicalBase('javascript:alert(1)')).toBe('');
    expect(canonicalBase(undefined)).toBe('');
    const withBase = shareMeta('https://example.org/k2020');
    expect(withBase).toContain('<meta property="og:url" content="https://example.org/k2020/" />');
    expect(withBase).toContain(
      '<meta property="og:image" content="https://example.org/k2020/og-image.png" />',
    );
    expect(withBase).toContain('<meta name="twitter:card" content="summary_large_image" />');
    const without = shareMeta('');
    expect(without).not.toContain('og:url');
    expect(without).toContain('<meta property="og:image" content="/og-image.png" />');
  });
});
