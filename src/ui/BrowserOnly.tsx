import { Suspense, startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import { onFirstInput } from './firstInput';
import { usePrerendering } from './prerendering';

interface Props {
  /** What the prerendered page shows in the part's place, holding its size. */
  frame: ReactNode;
  /**
   * Wait until any of the frame is on screen (charts below the fold on a phone). No margin: one
   * that drew a part a little early would put the timeline's chart, just below a phone's first
   * screen, back into the first load.
   */
  whenVisible?: boolean;
  /** Wait for the reader's first input (src/ui/firstInput.ts): the map, whose frame is a picture of it. */
  whenEngaged?: boolean;
  children: ReactNode;
}

/**
 * Lazily loaded parts that need a browser (Leaflet, Recharts): the same reserved frame in the
 * prerendered page, while the app hydrates it, and while their code loads; the part itself after.
 * The switch is a transition, so React builds the part in slices instead of one long task (a
 * `useSyncExternalStore` switch, as before, forced a synchronous render of the map and every chart
 * at once); a part that waits for the viewport costs nothing until the reader scrolls to it.
 */
export function BrowserOnly({ frame, whenVisible = false, whenEngaged = false, children }: Props) {
  const prerendering = usePrerendering();
  const [shown, setShown] = useState(false);
  const anchor = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (prerendering) return;
    const show = () => startTransition(() => setShown(true));
    if (whenEngaged) return onFirstInput(show);
    const target = anchor.current;
    if (!whenVisible || !target || typeof IntersectionObserver === 'undefined') {
      // After the next frame, when the page's layout is fresh: Leaflet measures its container as
      // it starts, and measuring a page the app has just taken over forces a full layout.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const frame = requestAnimationFrame(() => (timer = setTimeout(show, 0)));
      return () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
      };
    }
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      show();
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [prerendering, whenVisible, whenEngaged]);

  const part = <Suspense fallback={frame}>{shown ? children : frame}</Suspense>;
  return whenVisible ? (
    <div ref={anchor} className="browser-only">
      {part}
    </div>
  ) : (
    part
  );
}
