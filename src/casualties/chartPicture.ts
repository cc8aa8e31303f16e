/**
 * The chart as a standalone SVG document for the PNG export, drawn from the same model as the
 * page: title, "as known on" day, lines with their direct labels, the source line and the
 * dashboard's address, so a picture passed on keeps its context.
 */
import { FONT, LINE_H, type ChartModel } from '../model/casualtyChart';
import { wrapText } from '../model/labelNudge';

export interface PictureMeta {
  title: string;
  knownOn: string;
  sources: string;
  address: string;
}

const HEAD = 52;
const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const text = (x: number, y: number, s: string, attrs = '') =>
  `<text x="${x}" y="${y}"${attrs}>${esc(s)}</text>`;

function body(m: ChartModel): string {
  const { plot } = m;
  const out: string[] = [];
  for (const t of m.yTicks)
    out.push(
      `<line x1="${plot.left}" x2="${plot.right}" y1="${t.y}" y2="${t.y}" stroke="#e5e7eb"/>`,
      text(plot.left - 4, t.y + 4, t.label, ' text-anchor="end" fill="#4b5563"'),
    );
  for (const p of m.panels) {
    out.push(
      text(p.x0, 12, p.title, ' font-weight="600"'),
      `<line x1="${p.x0}" x2="${p.x1}" y1="${plot.bottom}" y2="${plot.bottom}" stroke="#9ca3af"/>`,
    );
    for (const t of p.ticks)
      out.push(text(t.x, plot.bottom + 15, t.label, ` text-anchor="${t.anchor}" fill="#4b5563"`));
  }
  for (const v of m.veils)
    out.push(
      `<rect x="${v.x0}" y="${plot.top}" width="${v.x1 - v.x0}" height="${plot.bottom - plot.top}" fill="#f3f4f6" fill-opacity="0.85"/>`,
    );
  out.push(
    `<line x1="${m.cutoff.x}" x2="${m.cutoff.x}" y1="${plot.top - 10}" y2="${plot.bottom}" stroke="#111827" stroke-dasharray="2 2"/>`,
  );
  out.push(
    text(
      m.cutoff.x + (m.cutoff.anchor === 'end' ? -4 : 4),
      plot.top - 2,
      m.cutoff.label,
      ` text-anchor="${m.cutoff.anchor}"`,
    ),
  );
  for (const l of m.lines) {
    const dash = l.dashed ? ' stroke-dasharray="5 3"' : '';
    out.push(
      `<g stroke="${l.colour}" fill="none" stroke-width="2"${dash}><path d="${l.later}" stroke-opacity="0.3"/><path d="${l.known}"/></g>`,
    );
    for (const d of l.dots)
      out.push(
        `<circle cx="${d.x}" cy="${d.y}" r="2.5" fill="${l.colour}" fill-opacity="${d.veiled ? 0.3 : 1}"/>`,
      );
  }
  for (const l of m.labels) {
    out.push(
      `<path d="M${l.endX},${l.endY}H${l.x - 4}V${l.top + LINE_H / 2}" stroke="${l.colour}" stroke-opacity="0.5" fill="none"/>`,
    );
    l.lines.forEach((t, i) =>
      out.push(
        text(
          l.x,
          l.top + LINE_H - 3 + i * LINE_H,
          t,
          ` fill="${l.colour}"${i >= l.whoLines ? ' font-weight="600"' : ''}`,
        ),
      ),
    );
  }
  return out.join('');
}

export function chartPicture(
  m: ChartModel,
  meta: PictureMeta,
): { svg: string; width: number; height: number } {
  const foot = [...wrapText(`Sources: ${meta.sources}`, Math.floor(m.width / 6.2)), meta.address];
  const height = HEAD + m.height + 8 + foot.length * LINE_H + 8;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${m.width}" height="${height}" ` +
      `viewBox="0 0 ${m.width} ${height}" font-family="system-ui, sans-serif" font-size="${FONT}">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    text(0, 18, meta.title, ' font-size="16" font-weight="700" fill="#111827"'),
    text(
      0,
      38,
      `Figures by date of announcement, as known on ${meta.knownOn}. Karabakh 2020: the 44-day war, day by day.`,
      ' fill="#374151"',
    ),
    `<g transform="translate(0 ${HEAD})">${body(m)}</g>`,
    ...foot.map((t, i) => text(0, HEAD + m.height + 8 + (i + 1) * LINE_H - 3, t, ' fill="#4b5563"')),
    '</svg>',
  ].join('');
  return { svg, width: m.width, height };
}
