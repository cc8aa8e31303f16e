import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextStepSize, revealedPerLayer, useStagedReveal } from '../../src/map/useStagedReveal';

describe('splitting the revealed items over the layers', () => {
  it('fills each layer in turn', () => {
    expect(revealedPerLayer(0, [3, 2, 4])).toEqual([0, 0, 0]);
    expect(revealedPerLayer(4, [3, 2, 4])).toEqual([3, 1, 0]);
    expect(revealedPerLayer(9, [3, 2, 4])).toEqual([3, 2, 4]);
    expect(revealedPerLayer(50, [3, 2, 4])).toEqual([3, 2, 4]);
  });
});

describe('sizing the next slice from the time the last one took', () => {
  it('shrinks a slice that overran its budget and grows one that was quick, within bounds', () => {
    expect(nextStepSize(48, 20)).toBe(24); // 20 ms for 48 items: 24 fit in 10 ms
    expect(nextStepSize(48, 5)).toBe(96); // quick: doubles, no more
    expect(nextStepSize(96, 1)).toBe(96); // never past the largest slice
    expect(nextStepSize(48, 500)).toBe(24); // never below the smallest
  });
});

function Reveal({ total }: { total: number }) {
  return <p>{useStagedReveal(total)}</p>;
}

describe('drawing a map in slices', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts empty, reveals a slice a task until all are drawn, then follows the total at once', async () => {
    const { rerender } = render(<Reveal total={200} />);
    expect(screen.getByRole('paragraph')).toHaveTextContent('0');
    await act(() => vi.advanceTimersByTimeAsync(0));
    const first = Number(screen.getByRole('paragraph').textContent);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(200);
    for (let i = 0; i < 20; i++) await act(() => vi.advanceTimersByTimeAsync(5));
    expect(screen.getByRole('paragraph')).toHaveTextContent('200');
    // Complete: a wider range's larger total is drawn in one go, and a smaller one too.
    rerender(<Reveal total={500} />);
    expect(screen.getByRole('paragraph')).toHaveTextContent('500');
    rerender(<Reveal total={20} />);
    expect(screen.getByRole('paragraph')).toHaveTextContent('20');
  });
});
