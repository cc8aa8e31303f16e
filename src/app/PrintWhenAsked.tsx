import { useEffect, useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';

/**
 * Mounts the printed document (PrintDocument.tsx) while the page prints: on `beforeprint`, and
 * when the print media query starts to match (a browser's print preview, or emulated print
 * media). Its code (in the timeline's chunk) is fetched when the browser is idle, since `beforeprint` leaves no time to
 * fetch, and the document is rendered synchronously so the printout has it.
 */
export function PrintWhenAsked() {
  const [Doc, setDoc] = useState<ComponentType | null>(null);
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const load = () => import('../timeline/TimelinePane').then((m) => setDoc(() => m.PrintDocument));
    const idle = window.requestIdleCallback ? window.requestIdleCallback(() => void load()) : window.setTimeout(() => void load(), 2000);
    const media = window.matchMedia('print');
    const on = () => {
      void load();
      flushSync(() => setPrinting(true));
    };
    const off = () => setPrinting(media.matches);
    const change = (e: MediaQueryListEvent) => (e.matches ? on() : off());
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    media.addEventListener('change', change);
    if (media.matches) on();
    return () => {
      if (window.cancelIdleCallback) window.cancelIdleCallback(idle);
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
      media.removeEventListener('change', change);
    };
  }, []);
  return printing && Doc ? <Doc /> : null;
}
