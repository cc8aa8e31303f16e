/**
 * The preview image that chats and social sites show for a shared link (og:image): 1200 × 630,
 * drawn at build time from the bundle — the map's static picture, the title and the data
 * version — as SVG, then rendered to PNG by resvg (npm @resvg/resvg-js, a Rust renderer with no
 * browser and no network). Sites do not accept SVG previews, hence the PNG.
 */
import { Resvg } from '@resvg/resvg-js';
import type { Regions } from '../../src/data/schemas';
import { staticMapSvg } from '../staticMap/staticMapSvg';

export const OG_IMAGE_FILE = 'og-image.png';
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function ogImageSvg(regions: Regions, version: string, updated: string): string {
  // The map's own document, placed as a nested <svg> on the right half.
  const map = staticMapSvg(regions).replace(
    '<svg xmlns="http://www.w3.org/2000/svg"',
    '<svg x="580" y="20" width="600" height="590"',
  );
  const text = (y: number, size: number, weight: number, s: string, fill = '#1a1a1a') =>
    `<text x="56" y="${y}" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="${size}" font-weight="${weight}" fill="${fill}">${esc(s)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
    '<rect width="100%" height="100%" fill="#f6f4ef"/>',
    map,
    '<rect x="0" y="0" width="580" height="630" fill="#f6f4ef" fill-opacity="0.94"/>',
    text(150, 56, 700, 'Karabakh 2020'),
    text(215, 32, 400, 'The 44-day war, day by day'),
    text(290, 24, 400, 'Who claimed what, when and where,'),
    text(326, 24, 400, '27 Sep – 10 Nov 2020. Every record sourced.'),
    text(560, 22, 400, `Data version ${version}, updated ${updated}`, '#4a4a4a'),
    '</svg>',
  ].join('\n');
}

export function renderOgImage(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: OG_WIDTH },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
