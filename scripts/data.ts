/**
 * `npm run data [-- <fragment folder>...] [--built YYYY-MM-DD]`: the data pipeline, in order —
 * merge the research fragments (only when folders are given), rebuild the geography, refresh the
 * manifest, validate. Each step is its own script too (data:merge, data:geo, data:manifest,
 * validate). Deterministic: on unchanged inputs public/data stays byte-identical (the manifest's
 * date is an input, see build-manifest.ts). See scripts/README.md.
 */
import { runManifest } from './build-manifest';
import { runGeo } from './geo/build';
import { isMain } from './lib/isMain';
import { runMerge } from './merge-research';
import { validateBundle } from './validate';

export type Step = 'merge' | 'geo' | 'manifest' | 'validate';

export interface DataArgs {
  folders: string[];
  /** `--built YYYY-MM-DD`: the manifest's date for a new edition of the data. */
  built?: string;
}

export function parseDataArgs(argv: readonly string[]): DataArgs {
  const folders: string[] = [];
  let built: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--built') built = argv[++i];
    else folders.push(argv[i]);
  }
  return built ? { folders, built } : { folders };
}

/** The steps to run, in order: merging only when there are fragments to merge. */
export function planSteps({ folders }: DataArgs): Step[] {
  return [...(folders.length ? (['merge'] as const) : []), 'geo', 'manifest', 'validate'];
}

/** What each step does; a test passes fakes to check the order and the stop on failure. */
export type Runners = Record<Step, (args: DataArgs) => { ok: boolean; lines: string[] }>;

export const defaultRunners: Runners = {
  merge: ({ folders }) => ({ ok: true, lines: runMerge(folders) }),
  geo: () => ({ ok: true, lines: runGeo() }),
  manifest: ({ built }) => ({ ok: true, lines: runManifest(built ? ['--built', built] : []) }),
  validate: () => validateBundle(),
};

/** Runs the planned steps in order, stopping at the first that fails; a thrown error stops it too. */
export function runData(
  argv: readonly string[],
  runners: Runners = defaultRunners,
): { ok: boolean; lines: string[] } {
  const args = parseDataArgs(argv);
  const lines: string[] = [];
  for (const step of planSteps(args)) {
    const result = runners[step](args);
    lines.push(`== ${step}`, ...result.lines);
    if (!result.ok) return { ok: false, lines };
  }
  return { ok: true, lines };
}

export function main(): void {
  const { ok, lines } = runData(process.argv.slice(2));
  for (const line of lines) (ok ? console.log : console.error)(line);
  if (!ok) process.exit(1);
}

if (isMain(import.meta.url)) main();
