import { describe, expect, it } from 'vitest';
import { tooltipPlacement } from '../../src/map/tooltipPlacement';

const map = { width: 340, height: 340 };
const tip = { width: 200, height: 40 };

describe('where a tooltip goes', () => {
  it('goes above its point where there is room', () => {
    expect(tooltipPlacement({ x: 170, y: 170 }, tip, map)).toEqual({ direction: 'top', offset: [0, 0] });
  });

  it('goes below a point near the top edge', () => {
    expect(tooltipPlacement({ x: 170, y: 20 }, tip, map).direction).toBe('bottom');
  });

  it('slides along to stay inside the left and right edges', () => {
    expect(tooltipPlacement({ x: 30, y: 170 }, tip, map)).toEqual({ direction: 'top', offset: [74, 0] }); // 30 - 100 → 4
    expect(tooltipPlacement({ x: 330, y: 170 }, tip, map)).toEqual({ direction: 'top', offset: [-94, 0] });
  });

  it('goes to the side when it is too tall for above or below, and slides to stay inside', () => {
    const tall = { width: 120, height: 300 };
    expect(tooltipPlacement({ x: 300, y: 100 }, tall, map)).toEqual({ direction: 'left', offset: [0, 54] }); // 100 - 150 → 4
    expect(tooltipPlacement({ x: 40, y: 170 }, tall, map)).toEqual({ direction: 'right', offset: [0, 0] });
  });
});
