/**
 * A Vite plugin that checks the data bundle while the app is built and gives the app the SHA-256
 * of every file that passed (`virtual:validated-digests`). In the browser, a file whose bytes
 * hash to the same digest is the very file checked here, so it skips the schema check and the
 * validator (zod) is never loaded; any other file, edited or replaced after the build, is checked
 * in full and named with its field when it fails.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { bundleFileNames } from '../../src/data/bundleFiles';
import { parseBundleFile } from '../../src/data/parseBundleFile';

const ID = 'virtual:validated-digests';
const RESOLVED = `\0${ID}`;

/** The digest of each file in `dir` that is valid on its own; a missing or invalid file has none. */
export function validatedDigests(dir: string): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const file of bundleFileNames) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dir, file));
      parseBundleFile(file, bytes.toString('utf8'));
    } catch {
      continue; // the app checks it in full and reports the problem in words
    }
    digests[file] = createHash('sha256').update(bytes).digest('hex');
  }
  return digests;
}

/** `dataDir` null gives an empty table, so every file is checked in full (the unit tests). */
export function validatedDigestsPlugin(dataDir: string | null): Plugin {
  return {
    name: 'validated-digests',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      return `export default ${JSON.stringify(dataDir ? validatedDigests(dataDir) : {})};`;
    },
  };
}
