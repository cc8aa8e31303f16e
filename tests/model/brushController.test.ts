import { describe, expect, it } from 'vitest';
import { dayAt, dragTo, startDrag, targetAt, type DayRange } from '../../src/model/brushController';

const DAYS = 45;
const WIDTH = 450; // 10 px a day
const whole: DayRange = { from: 0, to: DAYS - 1 };

/** A press at x1 and a drag to x2, as the view would run it. */
function drag(range: DayRange, x1: number, x2: number): DayRange {
  const target = targetAt(range, x1, WIDTH, DAYS);
  const started = startDrag(range, target, dayAt(x1, WIDTH, DAYS), DAYS);
  return dragTo(started.drag, dayAt(x2, WIDTH, DAYS), DAYS);
}

describe('brush controller', () => {
  it('snaps a pointer to whole days and clamps it to the axis', () => {
    expect(dayAt(0, WIDTH, DAYS)).toBe(0);
    expect(dayAt(19.9, WIDTH, DAYS)).toBe(1);
    expect(dayAt(-30, WIDTH, DAYS)).toBe(0);
    expect(dayAt(WIDTH + 30, WIDTH, DAYS)).toBe(DAYS - 1);
    expect(dayAt(10, 0, DAYS)).toBe(0);
  });

  it('draws a new range across the bars from the default view (every day selected)', () => {
    expect(targetAt(whole, 105, WIDTH, DAYS)).toBe('outside');
    expect(drag(whole, 105, 205)).toEqual({ from: 10, to: 20 });
    // From the far left too: there is no edge to grab when everything is selected.
    expect(drag(whole, 2, 55)).toEqual({ from: 0, to: 5 });
    // Leftwards as well as rightwards.
    expect(drag(whole, 205, 105)).toEqual({ from: 10, to: 20 });
  });

  it('a press without a move selects that one day', () => {
    const target = targetAt(whole, 125, WIDTH, DAYS);
    expect(startDrag(whole, target, dayAt(125, WIDTH, DAYS), DAYS).range).toEqual({ from: 12, to: 12 });
  });

  it('moves a selection dragged from inside, kept whole within the axis', () => {
    const week: DayRange = { from: 10, to: 16 };
    expect(targetAt(week, 135, WIDTH, DAYS)).toBe('band');
    expect(drag(week, 135, 165)).toEqual({ from: 13, to: 19 });
    expect(drag(week, 135, 1000)).toEqual({ from: 38, to: 44 });
    expect(drag(week, 135, -50)).toEqual({ from: 0, to: 6 });
  });

  it('resizes from either edge, flipping past the other one', () => {
    const week: DayRange = { from: 10, to: 16 };
    expect(targetAt(week, 98, WIDTH, DAYS)).toBe('from-edge');
    expect(targetAt(week, 172, WIDTH, DAYS)).toBe('to-edge');
    expect(drag(week, 100, 55)).toEqual({ from: 5, to: 16 });
    expect(drag(week, 170, 255)).toEqual({ from: 10, to: 25 });
    expect(drag(week, 100, 255)).toEqual({ from: 16, to: 25 });
  });

  it('starts a new range from a press outside the selection', () => {
    expect(drag({ from: 10, to: 16 }, 305, 355)).toEqual({ from: 30, to: 35 });
  });
});
