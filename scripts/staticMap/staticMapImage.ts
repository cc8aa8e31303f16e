/**
 * A Vite plugin that builds the static picture of the map's shapes (staticMapSvg.ts)
 * from the bundle's regions: emitted beside index.html by a build, served by the dev server. A
 * file of its own rather than markup in the page or code in the app: the page stays small, and
 * the app computes nothing for it while it takes over the page.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { staticMapSvg } from './staticMapSvg';
import { STATIC_MAP_FILE } from '../../src/map/studyArea';
import { readBundleFile } from '../readBundle';

export function staticMapImagePlugin(dataDir = 'public/data'): Plugin {
  let root = process.cwd();
  const render = () => {
    try {
      return staticMapSvg(readBundleFile('regions.geojson', join(root, dataDir)));
    } catch {
      // A missing or invalid file gets no picture; the app reports the file itself, in words.
      return undefined;
    }
  };
  return {
    name: 'static-map-image',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.middlewares.use(`/${STATIC_MAP_FILE}`, (_req, res) => {
        const svg = render();
        res.statusCode = svg ? 200 : 404;
        res.setHeader('Content-Type', 'image/svg+xml');
        res.end(svg ?? '');
      });
    },
    generateBundle() {
      const svg = render();
      if (svg) this.emitFile({ type: 'asset', fileName: STATIC_MAP_FILE, source: svg });
    },
  };
}
