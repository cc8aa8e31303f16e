import { useVirtualizer, type VirtualItem, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { formatDay, type IsoDate } from '../data/calendar';
import type { WarEvent } from '../data/schemas';
import type { EventRow, EventRows } from '../model/eventRows';
import type { Lookups } from '../model/lookups';
import { EventItem } from './EventItem';

interface Props {
  /** The rows to list, in the reader's order (src/model/eventRows.ts). */
  rows: EventRows;
  lookups: Lookups;
  selectedId?: string;
  onShow: (e: WarEvent) => void;
  /** While playing: the day the list scrolls to, as the range moves. */
  followDate?: IsoDate;
}

/** How many events Page Up/Down move focus by. */
const PAGE = 5;
const ROW_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp']);

/**
 * The events in range and filters, grouped by day. Only the rows on screen are in the DOM
 * (TanStack Virtual), so 10,000 events scroll as smoothly as 500.
 */
export function EventList({ rows, lookups, selectedId, onShow, followDate }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useRowVirtualizer(rows, scroller);
  const placed = usePlacedAfterFirstFrame();
  const items = virtual.getVirtualItems();
  const { tabStop, onKeyDown } = useRovingRows(rows, items, virtual, scroller);
  useScrollToFollow(rows, virtual, followDate, selectedId);

  return (
    <div className="event-list" ref={scroller} aria-label="Events, scrollable">
      <ul
        role="list"
        aria-label="Events"
        aria-describedby="event-list-hint"
        data-placed={placed || undefined}
        style={{ height: virtual.getTotalSize(), position: 'relative' }}
        onKeyDown={onKeyDown}
      >
        {items.map((item) => (
          <ListRow
            key={item.key}
            item={item}
            row={rows.at(item.index)}
            measure={virtual.measureElement}
            lookups={lookups}
            selectedId={selectedId}
            onShow={onShow}
            tabStop={tabStop}
          />
        ))}
      </ul>
      <p id="event-list-hint" className="visually-hidden">
        Arrow keys move between events, Home and End to the first and last; Tab reaches the event's links.
      </p>
    </div>
  );
}

type RowVirtualizer = Virtualizer<HTMLDivElement, Element>;
type RowProps = Pick<Props, 'lookups' | 'selectedId' | 'onShow'> & {
  item: VirtualItem;
  row: EventRow;
  measure: (el: Element | null) => void;
  tabStop?: string | number | bigint;
};

/** One placed row: a day's heading, or an event. */
function ListRow({ item, row, measure, lookups, selectedId, onShow, tabStop }: RowProps) {
  return (
    <li
      data-index={item.index}
      data-key={item.key}
      ref={measure}
      className={row.kind === 'day' ? 'event-list__day' : 'event-list__item'}
      style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
    >
      {row.kind === 'day' ? (
        <h3 data-date={row.date}>
          {formatDay(row.date, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' })}{' '}
          <span className="muted">({row.count})</span>
        </h3>
      ) : (
        <EventItem
          event={row.event}
          lookups={lookups}
          selected={row.event.id === selectedId}
          onShow={onShow}
          active={item.key === tabStop}
        />
      )}
    </li>
  );
}

function useRowVirtualizer(rows: EventRows, scroller: RefObject<HTMLDivElement | null>): RowVirtualizer {
  // TanStack Virtual returns fresh functions each render; we do not use the React Compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  return useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows.at(i).kind === 'day' ? 36 : 150),
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
      return (
        instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index)
      );
    },
    getItemKey: rows.key,
  });
}

function usePlacedAfterFirstFrame(): boolean {
  // Until the list has mounted and been laid out once, its rows stand in normal flow (app.css: the
  // list is not yet `data-placed`): the prerendered page knows only estimated heights, and rows
  // placed by estimate overlapped on a phone, where this pane hydrates only when scrolled to.
  const [placed, setPlaced] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setPlaced(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  return placed;
}

/** The rows that hold an event, in order. */
function eventRowIndexes(rows: EventRows): number[] {
  const out: number[] = [];
  for (let i = 0; i < rows.length; i++) if (rows.at(i).kind === 'event') out.push(i);
  return out;
}

function useRovingRows(
  rows: EventRows,
  items: VirtualItem[],
  virtual: RowVirtualizer,
  scroller: RefObject<HTMLDivElement | null>,
) {
  // Roving focus: the list is one tab stop (the active event), arrow keys move between events.
  // A row scrolled out of the DOM cannot be the tab stop: then the first event on screen is.
  const [activeKey, setActiveKey] = useState<string | undefined>(undefined);
  const focusWanted = useRef<string | undefined>(undefined);
  const tabStop = items.some((it) => it.key === activeKey)
    ? activeKey
    : items.find((it) => it.index < rows.length && rows.at(it.index).kind === 'event')?.key;
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const li = (e.target as HTMLElement).closest<HTMLElement>('li[data-index]');
    if (!ROW_KEYS.has(e.key) || !li || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    // Found on the key press, not at each render: a range step must not pay for it (issue 19).
    const eventIndexes = eventRowIndexes(rows);
    const here = Number(li.dataset.index);
    const pos = Math.max(
      0,
      eventIndexes.findIndex((i) => i >= here),
    );
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: PAGE, PageUp: -PAGE }[e.key] ?? 0;
    const next =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? eventIndexes.length - 1
          : Math.min(eventIndexes.length - 1, Math.max(0, pos + step));
    const index = eventIndexes[next];
    const key = virtual.options.getItemKey(index) as string;
    setActiveKey(key);
    focusWanted.current = key;
    virtual.scrollToIndex(index, { align: 'auto' });
  };
  // The row to focus may mount a frame or two after the scroll that brings it in.
  useEffect(() => {
    let tries = 0;
    let frame = 0;
    const tryFocus = () => {
      const key = focusWanted.current;
      if (!key) return;
      const el = scroller.current?.querySelector<HTMLElement>(`li[data-key="${CSS.escape(key)}"] article`);
      if (el) {
        focusWanted.current = undefined;
        el.focus({ preventScroll: true });
      } else if (tries++ < 10) frame = requestAnimationFrame(tryFocus);
    };
    tryFocus();
    return () => cancelAnimationFrame(frame);
  });
  return { tabStop, onKeyDown };
}

function useScrollToFollow(
  rows: EventRows,
  virtual: RowVirtualizer,
  followDate?: IsoDate,
  selectedId?: string,
) {
  // While playing, the list shows the day reached.
  useEffect(() => {
    if (followDate) virtual.scrollToIndex(rows.dayRowFor(followDate), { align: 'start' });
  }, [followDate, rows, virtual]);
  // A link to one event (?event=) opens the list on its row, wherever the virtual list has it.
  useEffect(() => {
    const index = selectedId ? rows.indexOf(selectedId) : -1;
    if (index >= 0) virtual.scrollToIndex(index, { align: 'center' });
    // Only when the selection changes: a new range or filter must not pull the list back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);
}
