/**
 * `tsx scripts/merge-research.ts <folder>...` merges research fragments into the bundle in
 * public/data. A fragment folder may hold sources.json, actors.json, events.json and
 * casualties.json in the bundle's own shapes. Places are not merged here: places.json is written
 * only by `npm run data:geo`, whose table (scripts/geo/) is where a new place is added. Sources are de-duplicated by URL (a fragment's id
 * for a URL already in the bundle is rewritten to the bundle's id everywhere in that fragment);
 * every other record is added when its id is new and reported when it clashes. Output is sorted
 * and stable, so re-running with the same inputs changes nothing. The result is then checked
 * with `npm run validate`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from './readBundle';

type Rec = Record<string, unknown> & { id: string };

function readArray(path: string): Rec[] {
  if (!existsSync(path)) return [];
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${path} is not a JSON array`);
  return data as Rec[];
}

function write(file: string, records: Rec[], order: (a: Rec, b: Rec) => number): void {
  writeFileSync(join(dataDir, file), `${JSON.stringify([...records].sort(order), null, 2)}\n`);
}

const byId = (a: Rec, b: Rec) => a.id.localeCompare(b.id);
const byField = (field: string) => (a: Rec, b: Rec) => String(a[field]).localeCompare(String(b[field])) || byId(a, b);

function remapIds(value: unknown, map: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => remapIds(v, map));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        if (k === 'sourceIds' || k === 'verifiedBy') return [k, (v as string[]).map((id) => map.get(id) ?? id)];
        return [k, remapIds(v, map)];
      }),
    );
  }
  return value;
}

const files = ['sources.json', 'actors.json', 'events.json', 'casualties.json'] as const;
const bundle = Object.fromEntries(files.map((f) => [f, readArray(join(dataDir, f))])) as Record<(typeof files)[number], Rec[]>;
const report: string[] = [];

for (const folder of process.argv.slice(2)) {
  const idMap = new Map<string, string>();
  const urlToId = new Map(bundle['sources.json'].map((s) => [String(s.url), s.id]));
  const sourceIds = new Set(bundle['sources.json'].map((s) => s.id));
  let added = 0;
  for (const s of readArray(join(folder, 'sources.json'))) {
    const existing = urlToId.get(String(s.url));
    if (existing) {
      if (existing !== s.id) idMap.set(s.id, existing);
      continue;
    }
    let id = s.id;
    for (let n = 2; sourceIds.has(id); n++) id = `${s.id}-${n}`;
    if (id !== s.id) idMap.set(s.id, id);
    bundle['sources.json'].push({ ...s, id });
    sourceIds.add(id);
    urlToId.set(String(s.url), id);
    added++;
  }
  report.push(`${folder}: sources +${added} (${idMap.size} ids rewritten to existing or free ids)`);
  for (const file of ['actors.json', 'events.json', 'casualties.json'] as const) {
    const have = new Set(bundle[file].map((r) => r.id));
    let n = 0;
    const clashes: string[] = [];
    for (const r of readArray(join(folder, file))) {
      if (have.has(r.id)) {
        if (file !== 'actors.json') clashes.push(r.id);
        continue;
      }
      bundle[file].push(remapIds(r, idMap) as Rec);
      have.add(r.id);
      n++;
    }
    if (n || clashes.length) report.push(`  ${file}: +${n}${clashes.length ? `, skipped ${clashes.length} existing ids: ${clashes.slice(0, 5).join(', ')}` : ''}`);
  }
}

write('sources.json', bundle['sources.json'], byId);
write('actors.json', bundle['actors.json'], byId);
write('events.json', bundle['events.json'], byField('date'));
write('casualties.json', bundle['casualties.json'], byField('reportedOn'));
console.log(report.join('\n'));
