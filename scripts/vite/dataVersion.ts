/**
 * A Vite plugin that gives the app the dataset's version and update day from manifest.json
 * (`virtual:data-version`), at build time: the header shows them in the prerendered first paint,
 * and the app need not fetch the manifest to show them. An invalid manifest gives null (the
 * About panel reports it in words).
 */
import type { Plugin } from 'vite';
import { readBundleFile } from '../readBundle';
import { canonicalBase } from '../share/shareMeta';

const ID = 'virtual:data-version';
const RESOLVED = `\0${ID}`;

export function readDataVersion(): { version: string; updated: string; site: string } | null {
  try {
    const m = readBundleFile('manifest.json');
    return { version: m.version, updated: m.built, site: canonicalBase(process.env.SITE_URL) };
  } catch {
    return null;
  }
}

export function dataVersionPlugin(): Plugin {
  return {
    name: 'data-version',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(readDataVersion())};` : undefined),
  };
}
