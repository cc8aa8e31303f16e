import { describe, expect, it } from 'vitest';
import { estimateLabelWidth, overlaps, placeLabels, type LabelCandidate } from '../../src/model/labelLayout';

const town = (id: string, x: number, y: number, priority: number, width = 60): LabelCandidate => ({
  id,
  x,
  y,
  width,
  height: 16,
  priority,
  anchor: 'beside',
});
const view = { width: 300, height: 200 };

describe('label placement', () => {
  it('shows a lone label to the right of its point', () => {
    expect(placeLabels([town('a', 50, 50, 1)], view)).toEqual([
      { id: 'a', side: 'right', box: { left: 56, top: 42, width: 60, height: 16 }, anchor: [-6, 8] },
    ]);
  });

  it('moves a label that would run off the right edge to the left of its point', () => {
    expect(placeLabels([town('a', 280, 50, 1)], view)[0].side).toBe('left');
  });

  it('drops a label that fits on no side', () => {
    expect(placeLabels([town('a', 50, 50, 1, 290)], view)).toEqual([]);
    expect(placeLabels([town('a', 50, 1, 1, 120)], view)).toEqual([]); // off the top, too wide to go below
  });

  it('puts a label above or below its point when both sides are taken', () => {
    const placed = placeLabels(
      [
        town('a', 150, 100, 5),
        town('b', 150, 100, 4),
        town('c', 150, 100, 3),
        town('d', 150, 100, 2),
        town('e', 150, 100, 1),
      ],
      view,
    );
    expect(placed.map((p) => [p.id, p.side])).toEqual([
      ['a', 'right'],
      ['b', 'left'],
      ['c', 'above'],
      ['d', 'below'],
    ]);
  });

  it('keeps labels inside a view that does not start at 0', () => {
    expect(placeLabels([town('a', 75, 50, 1)], { left: 40, top: 0, width: 80, height: 200 })[0].side).toBe(
      'above',
    );
  });

  it('lets the higher priority win a collision, and never overprints', () => {
    const placed = placeLabels([town('low', 122, 55, 1), town('high', 120, 50, 2)], view);
    expect(placed.map((p) => p.id)).toEqual(['high', 'low']);
    expect(placed[1].side).toBe('left');
    const crowded = placeLabels(
      [1, 2, 3, 4, 5, 6].map((i) => town(`t${i}`, 150 + i, 100 + i, -i)),
      view,
    );
    expect(crowded.length).toBeLessThan(6);
    for (const p of crowded) for (const q of crowded) if (p !== q) expect(overlaps(p.box, q.box)).toBe(false);
  });

  it('centres district labels on their point', () => {
    const [d] = placeLabels(
      [{ id: 'd', x: 100, y: 100, width: 80, height: 16, priority: 0, anchor: 'centre' }],
      view,
    );
    expect(d.box).toEqual({ left: 60, top: 92, width: 80, height: 16 });
    expect(d.anchor).toEqual([40, 8]);
  });

  it('nudges a district name off a town label rather than dropping it', () => {
    const placed = placeLabels(
      [
        town('t', 94, 100, 1),
        { id: 'd', x: 100, y: 100, width: 80, height: 16, priority: 0, anchor: 'centre' },
      ],
      view,
    );
    expect(placed.map((p) => p.id)).toEqual(['t', 'd']);
    expect(placed[1].box.top).toBe(74); // 18 px up
    expect(placed[1].anchor).toEqual([40, 26]);
  });

  it('estimates longer names wider', () => {
    expect(estimateLabelWidth('Stepanakert / Khankendi')).toBeGreaterThan(estimateLabelWidth('Goris'));
  });
});
