/**
 * `npm run validate` (also the last step of `npm run data`, and the first of `npm test`): checks
 * every bundle file against its schema (the same schemas the app uses) and every cross-reference.
 * Exits non-zero naming the file, record and field.
 */
import { checkReferences } from '../src/data/checkReferences';
import { isMain } from './lib/isMain';
import { dataDir as defaultDataDir, readBundle } from './readBundle';

export interface Validation {
  ok: boolean;
  /** What to print: the problems (✗), or one line that sums the bundle up (✓). */
  lines: string[];
}

/** Checks the bundle in `dataDir`; at most 20 cross-reference problems are listed. */
export function validateBundle(dataDir = defaultDataDir): Validation {
  const { bundle, errors } = readBundle(dataDir);
  const lines = errors.flatMap((err) => [`✗ ${err.file}`, ...err.problems.map((p) => `    ${p}`)]);
  if (!bundle) return { ok: false, lines };
  const problems = checkReferences(bundle);
  if (problems.length) {
    const more = problems.length > 20 ? [`  …and ${problems.length - 20} more`] : [];
    return { ok: false, lines: [...problems.slice(0, 20).map((p) => `✗ ${p}`), ...more] };
  }
  return {
    ok: true,
    lines: [
      `✓ bundle valid: ${bundle.sources.length} sources, ${bundle.actors.length} actors, ` +
        `${bundle.places.length} places, ${bundle.regions.features.length} regions, ` +
        `${bundle.events.length} events, ${bundle.casualties.length} casualty figures`,
    ],
  };
}

export function main(): void {
  const { ok, lines } = validateBundle();
  for (const line of lines) (ok ? console.log : console.error)(line);
  if (!ok) process.exit(1);
}

if (isMain(import.meta.url)) main();
