/**
 * The daily chart's brush as pure functions over day indexes (0 = the first bar), so that its
 * rules are tested without a DOM (tests/model/brushController.test.ts):
 * - a drag that starts on an edge of the selection resizes it (past the other edge, it flips);
 * - a drag that starts inside the selection moves it, kept whole within the axis;
 * - any other drag draws a new selection from where it started, and so does a drag inside a
 *   selection that covers every day (the default view: there is nowhere to move it);
 * - positions snap to whole days and are clamped to the axis.
 *
 * ```
 *   outside    |from     band       to|   outside
 *   new range  ^resize   move    resize^  new range
 * ```
 */
export interface DayRange {
  /** First and last day index, both included. */
  from: number;
  to: number;
}

export type BrushDrag =
  | { kind: 'new'; anchor: number }
  | { kind: 'resize'; fixed: number }
  | { kind: 'move'; grab: number; start: DayRange };

export type BrushTarget = 'from-edge' | 'to-edge' | 'band' | 'outside';

/** How close to an edge (px) a press grabs it rather than the band or the bars. */
export const EDGE_GRAB_PX = 6;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const coversAll = (r: DayRange, count: number) => r.from <= 0 && r.to >= count - 1;

/** The day under a pointer at `x` px in an axis `width` px wide with `count` days: snapped and clamped. */
export function dayAt(x: number, width: number, count: number): number {
  if (!(width > 0) || count < 1) return 0;
  return clamp(Math.floor((x / width) * count), 0, count - 1);
}

/** What a press at `x` px lands on. A selection of every day has no edge or band to grab. */
export function targetAt(
  range: DayRange,
  x: number,
  width: number,
  count: number,
  grab = EDGE_GRAB_PX,
): BrushTarget {
  if (coversAll(range, count)) return 'outside';
  const left = (range.from / count) * width;
  const right = ((range.to + 1) / count) * width;
  if (Math.abs(x - left) <= grab) return 'from-edge';
  if (Math.abs(x - right) <= grab) return 'to-edge';
  return x > left && x < right ? 'band' : 'outside';
}

/** A press on `target` at `day`: the drag it starts and the range at once. */
export function startDrag(
  range: DayRange,
  target: BrushTarget,
  day: number,
  count: number,
): { drag: BrushDrag; range: DayRange } {
  if (target === 'from-edge') return { drag: { kind: 'resize', fixed: range.to }, range };
  if (target === 'to-edge') return { drag: { kind: 'resize', fixed: range.from }, range };
  if (target === 'band' && !coversAll(range, count))
    return { drag: { kind: 'move', grab: day, start: range }, range };
  const d = clamp(day, 0, count - 1);
  return { drag: { kind: 'new', anchor: d }, range: { from: d, to: d } };
}

/** The range while the pointer is over `day`. */
export function dragTo(drag: BrushDrag, day: number, count: number): DayRange {
  const d = clamp(day, 0, count - 1);
  if (drag.kind === 'new') return { from: Math.min(drag.anchor, d), to: Math.max(drag.anchor, d) };
  if (drag.kind === 'resize') return { from: Math.min(drag.fixed, d), to: Math.max(drag.fixed, d) };
  const { start } = drag;
  const shift = clamp(d - drag.grab, -start.from, count - 1 - start.to);
  return { from: start.from + shift, to: start.to + shift };
}
