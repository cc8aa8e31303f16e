/**
 * The view state for the panes' bodies, behind the input (issue 19: a key press paints within one
 * frame). The controls read `useViewState()` and move in the input's own frame; the bodies read
 * this hook and follow a continuous change in one transition just after.
 */
import { startTransition, useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { ViewState } from './viewState';
import {
  currentViewState,
  defaultViewState,
  isDiscreteChange,
  serverViewState,
  subscribe,
  writeViewState,
} from './useViewState';

const noSubscription = () => () => undefined;

/**
 * The panes' bodies waiting for a continuous change. They take it together, in one transition:
 * one render and one commit per step for the map, the timeline and the casualties, rather than
 * one each, a frame apart. The transition starts in a task of its own, after the input's (urgent)
 * render: Chromium gives the frame that follows input the turn before that task, so the key press
 * paints with the moved slider alone. Started at once instead (a microtask), the transition's
 * slices ran while that frame was rastered and drawn, and on two cores the key press reached the
 * screen in 24 to 40 ms at the 95th percentile instead of 16 (issue 19, point 7; docs/bench.md).
 * Waiting for the next frame as well (a frame, then a task) made no key press faster and brought
 * the panes 7 to 9 ms later at the median.
 */
const deferredTakers = new Set<() => void>();
let deferredScheduled = false;

function takeDeferredSoon(): void {
  if (deferredScheduled) return;
  deferredScheduled = true;
  setTimeout(() => {
    deferredScheduled = false;
    startTransition(() => deferredTakers.forEach((take) => take()));
  }, 0);
}

/**
 * The view state for a pane's body, behind the input: a continuous change reaches it as a
 * transition after the urgent render of the moved slider (or brush), which a newer input
 * interrupts. The controls themselves read `useViewState()` and move in the input's own frame
 * (issue 19: a key press paints within one frame). A discrete change (a click) reaches it at
 * once, so that its controls never show the previous value for a frame. Once settled it is the
 * URL's state.
 */
export function useDeferredViewState(): [ViewState, typeof writeViewState] {
  // The state when the pane mounted. While hydrating, React takes the server snapshot (the
  // default view the prerender drew) instead; a pane that hydrates late, after the reader changed
  // the view, then renders once more with this one. On the default view both are the same
  // object: no second render after hydration. It never changes, so no transition is forced sync.
  const [mounted] = useState(() => (typeof window === 'undefined' ? defaultViewState : currentViewState()));
  const atMount = useSyncExternalStore(noSubscription, () => mounted, serverViewState);
  const [later, setLater] = useState<ViewState | undefined>(undefined);
  useEffect(() => {
    const take = () =>
      setLater((prev) => {
        const next = currentViewState();
        return next === (prev ?? mounted) ? prev : next;
      });
    const update = (e?: Event) => {
      // A click, or Back and Forward, is no continuous change: its view follows in the same
      // frame, as its control does.
      if (e && isDiscreteChange(e)) take();
      else takeDeferredSoon();
    };
    deferredTakers.add(take);
    update();
    const unsubscribe = subscribe(update);
    return () => {
      deferredTakers.delete(take);
      unsubscribe();
    };
  }, [mounted]);
  const write = useCallback<typeof writeViewState>((u, mode) => writeViewState(u, mode), []);
  return [later ?? atMount, write];
}
