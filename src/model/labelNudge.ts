/**
 * Direct labels beside line ends must not overprint: each label wants to sit centred on its
 * line's end, and is pushed down, then (at the bottom edge) up, just enough to clear its
 * neighbours. Labels keep their order; when they cannot all fit, the caller grows the chart
 * (see `labelsHeight`).
 */
export interface LabelBox {
  id: string;
  /** Where the label would like its centre (px, the line end's y). */
  want: number;
  /** Its height (px). */
  height: number;
}

export interface PlacedLabel extends LabelBox {
  /** The label's top edge after nudging (px). */
  top: number;
}

/** Space between two stacked labels (px). */
export const LABEL_GAP = 3;

/** The height the labels need stacked with their gaps: a chart shorter than this cannot hold them. */
export function labelsHeight(boxes: readonly LabelBox[]): number {
  return boxes.reduce((sum, b) => sum + b.height, 0) + Math.max(0, boxes.length - 1) * LABEL_GAP;
}

/** Places each label between `min` and `max` (px), in order of `want`, with no two overlapping. */
export function nudgeLabels(boxes: readonly LabelBox[], min: number, max: number): PlacedLabel[] {
  const placed = [...boxes]
    .sort((a, b) => a.want - b.want || (a.id < b.id ? -1 : 1))
    .map((b) => ({ ...b, top: Math.max(min, b.want - b.height / 2) }));
  // Downwards: each label starts no higher than the previous one's bottom plus a gap.
  for (let i = 1; i < placed.length; i++) {
    const prev = placed[i - 1];
    placed[i].top = Math.max(placed[i].top, prev.top + prev.height + LABEL_GAP);
  }
  // Upwards from the bottom edge: a label that spills over is pulled back, and pushes the others up.
  for (let i = placed.length - 1; i >= 0; i--) {
    const limit = i === placed.length - 1 ? max : placed[i + 1].top - LABEL_GAP;
    placed[i].top = Math.min(placed[i].top, limit - placed[i].height);
  }
  // When they do not fit at all, the top one stays at the top edge and the rest stack below it.
  if (placed.length && placed[0].top < min) {
    placed[0].top = min;
    for (let i = 1; i < placed.length; i++)
      placed[i].top = Math.max(placed[i].top, placed[i - 1].top + placed[i - 1].height + LABEL_GAP);
  }
  return placed;
}

/** A word longer than a line: split after its own hyphens first, else broken with one. */
function pieces(word: string, maxChars: number): string[] {
  if (word.length <= maxChars) return [word];
  const parts = word.split(/(?<=-)/);
  if (parts.length > 1 && parts.every((p) => p.length <= maxChars)) return parts;
  const out: string[] = [];
  let rest = word;
  while (rest.length > maxChars) {
    out.push(`${rest.slice(0, maxChars - 1)}-`);
    rest = rest.slice(maxChars - 1);
  }
  return [...out, rest];
}

/** Splits text into lines of at most `maxChars` characters at spaces; a longer word is broken at a hyphen, never cut off. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const parts = pieces(word, maxChars);
    for (const [i, w] of parts.entries()) {
      const glue = i === 0 ? ' ' : '';
      if (!line) line = w;
      else if (line.length + glue.length + w.length <= maxChars) line += glue + w;
      else {
        lines.push(line);
        line = w;
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}
