import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatDay } from '../data/calendar';
import type { WarEvent } from '../data/schemas';
import { buildEventRows } from '../model/eventRows';
import type { Lookups } from '../model/lookups';
import { EventItem } from './EventItem';

interface Props {
  events: WarEvent[];
  order: 'asc' | 'desc';
  lookups: Lookups;
  selectedId?: string;
  onShow: (e: WarEvent) => void;
}

/**
 * The events in range and filters, grouped by day. Only the rows on screen are in the DOM
 * (TanStack Virtual), so 10,000 events scroll as smoothly as 500.
 */
export function EventList({ events, order, lookups, selectedId, onShow }: Props) {
  const rows = useMemo(() => buildEventRows(events, order), [events, order]);
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns fresh functions each render; we do not use the React Compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i].kind === 'day' ? 36 : 150),
    overscan: 6,
    // The prerendered page has no scroller to measure: it gets the rows that fill a tall pane.
    initialRect: { width: 0, height: 900 },
    // Measured rows update the list in an ordinary render, not a flushSync: on load the list
    // measures its first rows while the app takes over, and a forced synchronous render there
    // was one of the longest tasks on a phone (issue 9).
    useFlushSync: false,
    // A row is measured by the ResizeObserver that the virtualizer keeps on it, never by reading
    // offsetHeight as it mounts: that read forced a layout of the whole list (on a phone, of a
    // pane still off screen) in the middle of the app's first render. Until the observer reports,
    // a row keeps its last known or estimated size.
    measureElement: (el, entry, instance) => {
      const box = entry?.borderBoxSize?.[0];
      if (box) return Math.round(box.blockSize);
      const index = instance.indexFromElement(el);
      return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index);
    },
    getItemKey: (i) => {
      const r = rows[i];
      return r.kind === 'day' ? `day-${r.date}` : r.event.id;
    },
  });
  // Until the list has mounted and been laid out once, its rows stand in normal flow (app.css: the
  // list is not yet `data-placed`): the prerendered page knows only estimated heights, and rows
  // placed by estimate overlapped on a phone, where this pane hydrates only when scrolled to.
  const [placed, setPlaced] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setPlaced(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  // A link to one event (?event=) opens the list on its row, wherever the virtual list has it.
  useEffect(() => {
    const index = selectedId ? rows.findIndex((r) => r.kind === 'event' && r.event.id === selectedId) : -1;
    if (index >= 0) virtual.scrollToIndex(index, { align: 'center' });
    // Only when the selection changes: a new range or filter must not pull the list back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);
  return (
    <div className="event-list" ref={scroller} tabIndex={0} aria-label="Events, scrollable">
      <ul role="list" aria-label="Events" data-placed={placed || undefined} style={{ height: virtual.getTotalSize(), position: 'relative' }}>
        {virtual.getVirtualItems().map((item) => {
          const row = rows[item.index];
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={virtual.measureElement}
              className={row.kind === 'day' ? 'event-list__day' : 'event-list__item'}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
            >
              {row.kind === 'day' ? (
                <h3 data-date={row.date}>
                  {formatDay(row.date, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' })}{' '}
                  <span className="muted">({row.count})</span>
                </h3>
              ) : (
                <EventItem event={row.event} lookups={lookups} selected={row.event.id === selectedId} onShow={onShow} />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
