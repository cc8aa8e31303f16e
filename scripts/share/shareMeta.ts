/**
 * Open Graph and Twitter card tags for index.html. The canonical address comes from the build's
 * SITE_URL (e.g. SITE_URL=https://example.org/karabakh npx vite build); without it the tags name
 * the image by its path, which same-site previews resolve, and og:url is left out.
 */
import { OG_HEIGHT, OG_IMAGE_FILE, OG_WIDTH } from './ogImage';

export const SHARE_TITLE = 'Karabakh 2020 — the 44-day war, day by day';
export const SHARE_DESCRIPTION =
  'An open, sourced record of the 2020 Nagorno-Karabakh war: who claimed what, when and where, and how the casualty figures changed. Map, timeline and casualty claims; every record cites its sources.';

/** The canonical address without a trailing slash, or '' when none is set or it is not http(s). */
export function canonicalBase(raw: string | undefined): string {
  if (!raw || !/^https?:\/\/[^\s"<>]+$/i.test(raw)) return '';
  return raw.replace(/\/+$/, '');
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function shareMeta(base: string): string {
  const tags: [string, string, string][] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', 'Karabakh 2020'],
    ['property', 'og:title', SHARE_TITLE],
    ['property', 'og:description', SHARE_DESCRIPTION],
    ['property', 'og:image', `${base}/${OG_IMAGE_FILE}`],
    ['property', 'og:image:width', String(OG_WIDTH)],
    ['property', 'og:image:height', String(OG_HEIGHT)],
    [
      'property',
      'og:image:alt',
      'Map of Nagorno-Karabakh and the seven adjacent districts, with the dashboard’s title',
    ],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', SHARE_TITLE],
    ['name', 'twitter:description', SHARE_DESCRIPTION],
    ['name', 'twitter:image', `${base}/${OG_IMAGE_FILE}`],
  ];
  if (base) tags.splice(1, 0, ['property', 'og:url', `${base}/`]);
  const meta = tags.map(([k, n, v]) => `<meta ${k}="${n}" content="${attr(v)}" />`);
  if (base) meta.unshift(`<link rel="canonical" href="${attr(base)}/" />`);
  return meta.join('\n    ');
}
