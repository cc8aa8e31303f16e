import { useRef, type PointerEvent } from 'react';

interface Props {
  /** Days on the axis (bars), and the selected range as day indexes, both ends included. */
  count: number;
  from: number;
  to: number;
  /** The chart's plot area inside the frame, in px (Recharts margins + axis sizes). */
  inset: { left: number; right: number; top: number; bottom: number };
  onChange: (from: number, to: number) => void;
}

type Drag = { kind: 'new'; anchor: number } | { kind: 'from' } | { kind: 'to' } | { kind: 'move'; grab: number; from: number; to: number };

/**
 * A brush drawn over the daily bars: the days outside the range are dimmed; drag across the
 * bars to pick a range, drag an edge to resize it, drag the range to move it. It is a plain
 * overlay, so moving it never re-renders the chart. Pointer only: the Start/End sliders are the
 * keyboard route to the same range.
 */
export function RangeBrush({ count, from, to, inset, onChange }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | undefined>(undefined);

  const dayAt = (clientX: number): number => {
    const r = frame.current!.getBoundingClientRect();
    const x = (clientX - r.left) / r.width;
    return Math.min(count - 1, Math.max(0, Math.floor(x * count)));
  };
  const pct = (day: number) => `${(day / count) * 100}%`;

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const day = dayAt(e.clientX);
    const edge = (e.target as HTMLElement).dataset.edge;
    if (edge === 'from' || edge === 'to') drag.current = { kind: edge };
    else if (day >= from && day <= to && from !== to) drag.current = { kind: 'move', grab: day, from, to };
    else {
      drag.current = { kind: 'new', anchor: day };
      onChange(day, day);
    }
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    const day = dayAt(e.clientX);
    if (d.kind === 'new') onChange(Math.min(d.anchor, day), Math.max(d.anchor, day));
    else if (d.kind === 'from') onChange(Math.min(day, to), to);
    else if (d.kind === 'to') onChange(from, Math.max(day, from));
    else {
      const shift = Math.min(count - 1 - d.to, Math.max(-d.from, day - d.grab));
      onChange(d.from + shift, d.to + shift);
    }
  };
  const end = () => {
    drag.current = undefined;
  };

  return (
    <div
      className="range-brush"
      ref={frame}
      style={{ left: inset.left, right: inset.right, top: inset.top, bottom: inset.bottom }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={end}
      onPointerCancel={end}
      aria-hidden="true"
    >
      <div className="range-brush__dim" style={{ left: 0, width: pct(from) }} />
      <div className="range-brush__dim" style={{ left: pct(to + 1), right: 0 }} />
      <div className="range-brush__band" style={{ left: pct(from), width: pct(to - from + 1) }}>
        <span className="range-brush__edge range-brush__edge--from" data-edge="from" />
        <span className="range-brush__edge range-brush__edge--to" data-edge="to" />
      </div>
    </div>
  );
}
