import { startTransition, useEffect, useRef, useState } from 'react';

/** What one step of the reveal may cost: well under the 50 ms that makes a task "long". */
const STEP_BUDGET_MS = 10;
/** Items (shapes, labels, markers) per slice: the first slice, and the bounds of the rest. */
const FIRST_STEP = 48;
const MIN_STEP = 24;
const MAX_STEP = 96;

/**
 * How many of `total` items to draw: none on the first render (the empty map is a task of its
 * own), then a slice more each task, then all of them for good. Leaflet builds a layer
 * synchronously when it is added, so adding a map's hundreds of shapes and markers at once was
 * one long task that kept a phone from answering input for several hundred milliseconds. Each
 * slice is sized from the time the last one took, so a step stays within STEP_BUDGET_MS on a fast
 * laptop and a slow phone alike, and input and painting come in between. Once complete, a later,
 * larger total (a wider range) is drawn at once.
 */
export function useStagedReveal(total: number): number {
  // Infinity once every item has been drawn: from then on the total is drawn as it is.
  const [revealed, setRevealed] = useState(0);
  const step = useRef({ size: FIRST_STEP, startedAt: 0 });

  useEffect(() => {
    if (revealed === Infinity) return;
    const s = step.current;
    if (s.startedAt) s.size = nextStepSize(s.size, performance.now() - s.startedAt);
    const timer = setTimeout(() => {
      s.startedAt = performance.now();
      startTransition(() => setRevealed((n) => (n >= total ? Infinity : n + s.size)));
    }, 0);
    return () => clearTimeout(timer);
  }, [revealed, total]);

  return Math.min(revealed, total);
}

/** The next slice: scaled so that it would have taken STEP_BUDGET_MS, within bounds. */
export function nextStepSize(size: number, spentMs: number): number {
  const scaled = spentMs > 0 ? Math.round((size * STEP_BUDGET_MS) / spentMs) : MAX_STEP;
  return Math.max(MIN_STEP, Math.min(MAX_STEP, scaled, size * 2));
}

/** Splits `revealed` items over layers drawn in order: [3, 2, 4] with 4 revealed gives [3, 1, 0]. */
export function revealedPerLayer(revealed: number, sizes: readonly number[]): number[] {
  let left = revealed;
  return sizes.map((size) => {
    const n = Math.max(0, Math.min(size, left));
    left -= n;
    return n;
  });
}
