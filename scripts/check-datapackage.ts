/**
 * CI check of the built data package (dist/data by default) with Frictionless's own JavaScript
 * library (npm `datapackage`): the descriptor against the Data Package profile, every CSV row
 * cast against its Table Schema (types, required, enums, patterns), the primary and foreign keys,
 * and each table's row count against the record count of the JSON file it was written from.
 *
 *   npx tsx scripts/check-datapackage.ts [dir]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
// The library ships no types; its API is described where it is used.
// @ts-expect-error untyped CommonJS module
import { Package } from 'datapackage';

interface DpResource {
  name: string;
  tabular: boolean;
  descriptor: { path: string };
  read(opts: { keyed?: boolean; relations?: boolean; forceCast?: boolean }): Promise<unknown[]>;
}
interface DpPackage {
  valid: boolean;
  errors: Error[];
  resources: DpResource[];
}

export async function checkDataPackage(dir: string): Promise<string[]> {
  const problems: string[] = [];
  const pkg = (await Package.load(join(dir, 'datapackage.json'), dir)) as DpPackage;
  if (!pkg.valid) return pkg.errors.map((e) => `datapackage.json: ${e.message}`);
  for (const r of pkg.resources.filter((x) => x.tabular)) {
    const rows = await r.read({ relations: true, forceCast: true });
    const bad = rows.filter((row): row is Error => row instanceof Error);
    for (const e of bad.slice(0, 5)) {
      const inner = (e as Error & { errors?: Error[] }).errors?.map((x) => x.message).join('; ');
      problems.push(`${r.descriptor.path}: ${e.message}${inner ? ` (${inner})` : ''}`);
    }
    const json = JSON.parse(readFileSync(join(dir, `${r.name}.json`), 'utf8')) as unknown[];
    if (rows.length !== json.length)
      problems.push(
        `${r.descriptor.path}: ${rows.length} rows, but ${r.name}.json has ${json.length} records`,
      );
    else console.log(`${r.descriptor.path}: ${rows.length} rows valid, as many as ${r.name}.json`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(process.argv[2] ?? 'dist/data');
  const problems = await checkDataPackage(dir);
  for (const p of problems) console.error(p);
  if (problems.length) process.exit(1);
  console.log(`${dir}/datapackage.json: valid`);
}
