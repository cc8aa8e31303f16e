import type { z } from 'zod/mini';
import { BundleError, describeIssues } from './bundleError';
import { bundleFiles, type BundleFileData, type BundleFileName } from './bundleFiles';
import * as schema from './schemas';

/** Files that are lists of records, each checked on its own; regions' records are its features. */
const recordSchemas: Partial<Record<BundleFileName, z.ZodMiniType>> = {
  'sources.json': schema.source,
  'actors.json': schema.actor,
  'places.json': schema.place,
  'events.json': schema.event,
  'casualties.json': schema.casualty,
  'regions.geojson': schema.regionFeature,
};

export interface CheckedFile<F extends BundleFileName> {
  data: BundleFileData<F>;
  /** Each record set aside (or link refused), by record and field; empty for a sound file. */
  problems: string[];
}

/**
 * Checks a file record by record, so one bad record does not cost the reader the whole file: a
 * bad record is named (record, field) and set aside, a second record with the same id too, and a
 * source whose only fault is its link keeps its text with no link. Throws a BundleError when the
 * file itself is unusable (not JSON, not the right shape, or no record left).
 */
export function checkBundleFile<F extends BundleFileName>(file: F, text: string): CheckedFile<F> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new BundleError(file, [`is not valid JSON (${reason})`]);
  }
  const recordSchema = recordSchemas[file];
  const records = file === 'regions.geojson' ? (data as { features?: unknown } | null)?.features : data;
  if (!recordSchema || !Array.isArray(records)) return { data: parseWhole(file, data), problems: [] };
  const prefix = file === 'regions.geojson' ? ['features'] : [];
  const issues: z.core.$ZodIssue[] = [];
  const kept: unknown[] = [];
  const seen = new Set<string>();
  records.forEach((record, i) => {
    const result = recordSchema.safeParse(record);
    const at = (issue: z.core.$ZodIssue) => ({ ...issue, path: [...prefix, i, ...issue.path] });
    if (result.success) {
      const id = recordId(result.data);
      if (id !== undefined && seen.has(id)) {
        issues.push({
          code: 'custom',
          message: `the id "${id}" is used more than once; this record is set aside`,
          path: [...prefix, i, ...(prefix.length ? ['properties'] : []), 'id'],
          input: id,
        });
        return;
      }
      if (id !== undefined) seen.add(id);
      kept.push(result.data);
    } else if (file === 'sources.json' && result.error.issues.every((x) => x.path[0] === 'url')) {
      issues.push(
        ...result.error.issues.map((x) => at({ ...x, message: `${x.message}; shown as plain text` })),
      );
      kept.push({ ...(record as object), url: '' });
    } else {
      issues.push(...result.error.issues.map(at));
    }
  });
  if (records.length > 0 && kept.length === 0) throw new BundleError(file, describeIssues(data, issues));
  // Each record passed its schema above; only the collection around them is left to check.
  const whole =
    file === 'regions.geojson'
      ? { ...parseWhole(file, { ...(data as object), features: [] }), features: kept }
      : kept;
  return { data: whole as BundleFileData<F>, problems: issues.length ? describeIssues(data, issues) : [] };
}

function recordId(record: unknown): string | undefined {
  const r = record as { id?: unknown; properties?: { id?: unknown } };
  const id = r.id ?? r.properties?.id;
  return typeof id === 'string' ? id : undefined;
}

function parseWhole<F extends BundleFileName>(file: F, data: unknown): BundleFileData<F> {
  const result = bundleFiles[file].safeParse(data);
  if (!result.success) throw new BundleError(file, describeIssues(data, result.error.issues));
  return result.data as BundleFileData<F>;
}

/** The strict form, for the validator and the build: any problem at all fails the file. */
export function parseBundleFile<F extends BundleFileName>(file: F, text: string): BundleFileData<F> {
  const { data, problems } = checkBundleFile(file, text);
  if (problems.length) throw new BundleError(file, problems);
  return data;
}
