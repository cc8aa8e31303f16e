import { useEffect, useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { onFirstInput } from '../ui/firstInput';
import { whenIdle } from '../ui/whenIdle';

/**
 * Mounts the printed document (PrintDocument.tsx) while the page prints: on `beforeprint`, and
 * when the print media query starts to match (a browser's print preview, or emulated print
 * media). Its code (in the timeline's chunk) is fetched on the reader's first input, since
 * `beforeprint` leaves no time to fetch, and the document is rendered synchronously so the printout has it.
 */
export function PrintWhenAsked() {
  const [Doc, setDoc] = useState<ComponentType | null>(null);
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const load = () => import('../timeline/TimelinePane').then((m) => setDoc(() => m.PrintDocument));
    const media = window.matchMedia('print');
    // Leaflet drew the map for the frame's width on screen; the printout keeps that width
    // (print.css), or a wider page would show the map's grey backdrop beside it.
    // On the frame itself, and only when it changed: set on the root, the property restyled the
    // whole page in the frame of the reader's first key press (issue 19, point 7).
    const remember = () => {
      const frame = document.querySelector<HTMLElement>('.map-frame');
      if (!frame || media.matches) return;
      const width = `${frame.offsetWidth}px`;
      if (frame.style.getPropertyValue('--print-map-width') !== width)
        frame.style.setProperty('--print-map-width', width);
    };
    window.addEventListener('resize', remember);
    // Not as the page hydrates: reading a size then would force a layout in its longest task.
    // On the reader's first input, as Leaflet: a phone that never scrolls to the timeline does not
    // load its chunk during the first load for a printout that may never come. The size is read
    // when idle, not in the input's own handler, where it forced a layout before the first paint.
    const stop = onFirstInput(() => {
      void whenIdle(1000).then(remember);
      void load();
    });
    const on = () => {
      remember();
      void load();
      flushSync(() => setPrinting(true));
    };
    const off = () => setPrinting(media.matches);
    const change = (e: MediaQueryListEvent) => (e.matches ? on() : off());
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    media.addEventListener('change', change);
    // A page opened in print media already (a print of a fresh page): show it once loaded.
    if (media.matches) void load().then(() => setPrinting(media.matches));
    return () => {
      stop();
      window.removeEventListener('resize', remember);
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
      media.removeEventListener('change', change);
    };
  }, []);
  return printing && Doc ? <Doc /> : null;
}
