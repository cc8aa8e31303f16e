import type { Regions } from '../../src/data/schemas';
import { drawOrder, regionStyle } from '../../src/map/regionStyle';
import { studyAreaBox } from '../../src/map/studyArea';
import { grow, shapePath } from './staticMapGeometry';

/**
 * The shapes of the map's first view as one SVG document, built from the bundle's regions at
 * build time and shown as an image by StaticMap until Leaflet takes over. Its viewBox is the study
 * area and it is fitted with "meet", as Leaflet fits its first view; what lies beyond the study
 * area (wide panes show more east and west of it) is drawn too, up to a margin.
 */
export function staticMapSvg(regions: Regions): string {
  const box = studyAreaBox();
  const drawing = { clip: grow(box, 1, 0.2), origin: box, tolerance: 1.5 };
  const paths = [...regions.features]
    .sort((a, b) => drawOrder(a) - drawOrder(b))
    .map((f) => {
      const d = shapePath(f.geometry, drawing);
      if (!d) return '';
      const s = regionStyle(f, false, false);
      const fill =
        s.fill === false
          ? 'fill="none"'
          : `fill="${attr(s.fillColor)}" fill-opacity="${attr(s.fillOpacity)}"`;
      const dash = s.dashArray ? ` stroke-dasharray="${attr(s.dashArray)}"` : '';
      return `<path d="${d}" ${fill} stroke="${attr(s.color)}" stroke-width="${attr(s.weight)}"${dash}/>`;
    })
    .filter(Boolean);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${box.width} ${box.height}" preserveAspectRatio="xMidYMid meet" overflow="visible">`,
    // Strokes keep their width in pixels, as Leaflet's do, whatever the image's scale.
    '<style>path{vector-effect:non-scaling-stroke;stroke-linejoin:round;fill-rule:evenodd}</style>',
    ...paths,
    '</svg>',
    '',
  ].join('\n');
}

function attr(value: unknown): string {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
