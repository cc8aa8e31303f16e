/**
 * Which map labels show, and on which side of their point: a greedy placement over projected
 * boxes in pixels, used by the Leaflet map at every zoom and by its static picture, so the two
 * follow one rule. Labels are taken in priority order; a label shows only where its box stays
 * inside the view and clear of every label already placed, trying the right of its point, then
 * the left, above and below. Pure: no DOM, so it is tested with plain numbers.
 */

export interface LabelCandidate {
  id: string;
  /** The labelled point, in pixels from the view's top-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Higher is placed first. Ties keep the input order. */
  priority: number;
  /** Towns sit beside their dot; districts are centred on their point. */
  anchor: 'beside' | 'centre';
}

export interface LabelBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type LabelSide = 'right' | 'left' | 'above' | 'below' | 'centre';

export interface PlacedLabel {
  id: string;
  side: LabelSide;
  box: LabelBox;
  /** The labelled point, from the box's top-left corner (a Leaflet icon's anchor). */
  anchor: [x: number, y: number];
}

/** Where a district's name may sit, in pixels from its point: on it, then a little above, below or aside. */
const CENTRE_NUDGES: readonly [number, number][] = [
  [0, 0],
  [0, -18],
  [0, 18],
  [-30, 0],
  [30, 0],
];

/** Pixels between a town's dot and its label (the dot's radius and a little air). */
export const LABEL_GAP = 6;
/** Labels keep this much clear space between them and from the view's edge. */
const MARGIN = 2;

/** The area labels must stay in, in the same pixels as the points (left and top default to 0). */
export interface LabelView {
  left?: number;
  top?: number;
  width: number;
  height: number;
}

const BESIDE: readonly LabelSide[] = ['right', 'left', 'above', 'below'];

export function placeLabels(candidates: readonly LabelCandidate[], view: LabelView): PlacedLabel[] {
  const order = candidates.map((c, i) => ({ c, i })).sort((a, b) => b.c.priority - a.c.priority || a.i - b.i);
  const placed: PlacedLabel[] = [];
  for (const { c } of order) {
    const options: [LabelSide, number, number][] =
      c.anchor === 'centre'
        ? CENTRE_NUDGES.map(([dx, dy]) => ['centre', dx, dy])
        : BESIDE.map((side) => [side, 0, 0]);
    for (const [side, dx, dy] of options) {
      const box = boxOf({ ...c, x: c.x + dx, y: c.y + dy }, side);
      if (inside(box, view) && placed.every((p) => !overlaps(p.box, box))) {
        placed.push({ id: c.id, side, box, anchor: [c.x - box.left, c.y - box.top] });
        break;
      }
    }
  }
  return placed;
}

export function boxOf(c: LabelCandidate, side: LabelSide): LabelBox {
  const top = c.y - c.height / 2;
  const size = { width: c.width, height: c.height };
  if (side === 'centre') return { left: c.x - c.width / 2, top, ...size };
  // Above and below clear the labels beside the point, so four can share one crowded point.
  const clear = c.height / 2 + MARGIN + 1;
  if (side === 'above') return { left: c.x - c.width / 2, top: c.y - clear - c.height, ...size };
  if (side === 'below') return { left: c.x - c.width / 2, top: c.y + clear, ...size };
  const left = side === 'right' ? c.x + LABEL_GAP : c.x - LABEL_GAP - c.width;
  return { left, top, width: c.width, height: c.height };
}

function inside(b: LabelBox, { left = 0, top = 0, width, height }: LabelView): boolean {
  return (
    b.left >= left + MARGIN &&
    b.top >= top + MARGIN &&
    b.left + b.width <= left + width - MARGIN &&
    b.top + b.height <= top + height - MARGIN
  );
}

export function overlaps(a: LabelBox, b: LabelBox): boolean {
  return (
    a.left < b.left + b.width + MARGIN &&
    b.left < a.left + a.width + MARGIN &&
    a.top < b.top + b.height + MARGIN &&
    b.top < a.top + a.height + MARGIN
  );
}

/**
 * A label's width in pixels for the map's label font (11 px, semi-bold), from its characters: a
 * generous average, since the box is drawn at this width (app.css) and must hold the text.
 */
export function estimateLabelWidth(text: string): number {
  let width = 8; // 3 px padding each side and a little slack
  for (const ch of text) width += /[A-ZМШЩЖДФЮ]/.test(ch) ? 8 : /[ .,'()/-]/.test(ch) ? 4 : 6.6;
  return Math.ceil(width);
}

/** The label's height in pixels (its line height). */
export const LABEL_HEIGHT = 16;
