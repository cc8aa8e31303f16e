/**
 * A Vite plugin for readers who take the data away or share the page: it emits the bundle's CSV
 * tables and Frictionless datapackage.json under /data/ (scripts/dataPackage.ts), the preview
 * image (scripts/share/ogImage.ts), and puts the Open Graph / Twitter tags into index.html with
 * the canonical address of the build's SITE_URL. A bundle that does not validate gets none of
 * the files (the app reports the file itself, in words), never a failed build.
 */
import type { Plugin } from 'vite';
import { buildDataPackage } from '../dataPackage';
import { readBundle } from '../readBundle';
import { OG_IMAGE_FILE, ogImageSvg, renderOgImage } from '../share/ogImage';
import { canonicalBase, shareMeta } from '../share/shareMeta';

export function dataPackagePlugin(siteUrl = process.env.SITE_URL): Plugin {
  const base = canonicalBase(siteUrl);
  return {
    name: 'data-package',
    transformIndexHtml(html) {
      return html.replace('%SHARE_META%', shareMeta(base));
    },
    generateBundle() {
      const { bundle } = readBundle();
      if (!bundle) return;
      const { descriptor, csv } = buildDataPackage(bundle, base ? `${base}/` : undefined);
      for (const [name, text] of Object.entries(csv))
        this.emitFile({ type: 'asset', fileName: `data/${name}`, source: text });
      this.emitFile({
        type: 'asset',
        fileName: 'data/datapackage.json',
        source: `${JSON.stringify(descriptor, null, 2)}\n`,
      });
      const svg = ogImageSvg(bundle.regions, bundle.manifest.version, bundle.manifest.built);
      this.emitFile({ type: 'asset', fileName: OG_IMAGE_FILE, source: renderOgImage(svg) });
    },
  };
}
