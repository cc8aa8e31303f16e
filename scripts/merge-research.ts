/**
 * `npm run data:merge <folder>...` (also the first step of `npm run data <folder>...`) merges
 * research fragments into the bundle in public/data. A fragment folder may hold sources.json,
 * actors.json, events.json and casualties.json in the bundle's own shapes. Places are not merged
 * here: places.json is written only by `npm run data:geo`, whose table (scripts/geo/) is where a
 * new place is added. Sources are de-duplicated by URL (a fragment's id for a URL already in the
 * bundle is rewritten to the bundle's id everywhere in that fragment); every other record is
 * added when its id is new and reported when it clashes. Output is sorted and stable, so
 * re-running with the same inputs changes nothing. The result is then checked with
 * `npm run validate`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMain } from './lib/isMain';
import { dataDir as defaultDataDir } from './readBundle';

export type Rec = Record<string, unknown> & { id: string };
export const mergedFiles = ['sources.json', 'actors.json', 'events.json', 'casualties.json'] as const;
export type MergedFile = (typeof mergedFiles)[number];
export type Records = Record<MergedFile, Rec[]>;
/** A fragment folder's records, and its name for the report. */
export interface Fragment {
  name: string;
  records: Partial<Records>;
}

const byId = (a: Rec, b: Rec) => a.id.localeCompare(b.id);
const byField = (field: string) => (a: Rec, b: Rec) =>
  String(a[field]).localeCompare(String(b[field])) || byId(a, b);
/** The order each file is written in. */
export const fileOrder: Record<MergedFile, (a: Rec, b: Rec) => number> = {
  'sources.json': byId,
  'actors.json': byId,
  'events.json': byField('date'),
  'casualties.json': byField('reportedOn'),
};

/** Source ids rewritten through `map` wherever a record cites them. */
export function remapIds(value: unknown, map: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => remapIds(v, map));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        if (k === 'sourceIds' || k === 'verifiedBy')
          return [k, (v as string[]).map((id) => map.get(id) ?? id)];
        return [k, remapIds(v, map)];
      }),
    );
  }
  return value;
}

/** Adds a fragment's sources: by URL, under a free id; returns the ids it rewrote. */
function mergeSources(
  sources: Rec[],
  incoming: readonly Rec[],
): { idMap: Map<string, string>; added: number } {
  const idMap = new Map<string, string>();
  const urlToId = new Map(sources.map((s) => [String(s.url), s.id]));
  const sourceIds = new Set(sources.map((s) => s.id));
  let added = 0;
  for (const s of incoming) {
    const existing = urlToId.get(String(s.url));
    if (existing) {
      if (existing !== s.id) idMap.set(s.id, existing);
      continue;
    }
    let id = s.id;
    for (let n = 2; sourceIds.has(id); n++) id = `${s.id}-${n}`;
    if (id !== s.id) idMap.set(s.id, id);
    sources.push({ ...s, id });
    sourceIds.add(id);
    urlToId.set(String(s.url), id);
    added++;
  }
  return { idMap, added };
}

/** The bundle's records with every fragment merged in, in order, sorted as written; and a report. */
export function mergeFragments(
  bundle: Records,
  fragments: readonly Fragment[],
): { bundle: Records; report: string[] } {
  const out = Object.fromEntries(mergedFiles.map((f) => [f, [...bundle[f]]])) as Records;
  const report: string[] = [];
  for (const { name, records } of fragments) {
    const { idMap, added } = mergeSources(out['sources.json'], records['sources.json'] ?? []);
    report.push(`${name}: sources +${added} (${idMap.size} ids rewritten to existing or free ids)`);
    for (const file of ['actors.json', 'events.json', 'casualties.json'] as const) {
      const have = new Set(out[file].map((r) => r.id));
      let n = 0;
      const clashes: string[] = [];
      for (const r of records[file] ?? []) {
        if (have.has(r.id)) {
          if (file !== 'actors.json') clashes.push(r.id);
          continue;
        }
        out[file].push(remapIds(r, idMap) as Rec);
        have.add(r.id);
        n++;
      }
      const skipped = clashes.length
        ? `, skipped ${clashes.length} existing ids: ${clashes.slice(0, 5).join(', ')}`
        : '';
      if (n || clashes.length) report.push(`  ${file}: +${n}${skipped}`);
    }
  }
  for (const f of mergedFiles) out[f].sort(fileOrder[f]);
  return { bundle: out, report };
}

function readArray(path: string): Rec[] {
  if (!existsSync(path)) return [];
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${path} is not a JSON array`);
  return data as Rec[];
}

const readRecords = (dir: string): Records =>
  Object.fromEntries(mergedFiles.map((f) => [f, readArray(join(dir, f))])) as Records;

/** Merges the fragment folders into the bundle in `dataDir` and writes it; returns the report. */
export function runMerge(folders: readonly string[], dataDir = defaultDataDir): string[] {
  const fragments = folders.map((name) => ({ name, records: readRecords(name) }));
  const { bundle, report } = mergeFragments(readRecords(dataDir), fragments);
  for (const f of mergedFiles) writeFileSync(join(dataDir, f), `${JSON.stringify(bundle[f], null, 2)}\n`);
  return report;
}

export function main(): void {
  console.log(runMerge(process.argv.slice(2)).join('\n'));
}

if (isMain(import.meta.url)) main();
