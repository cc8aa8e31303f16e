import { useRef, useState, type PointerEvent, type ReactNode } from 'react';
import {
  dayAt,
  dragTo,
  startDrag,
  targetAt,
  type BrushDrag,
  type BrushTarget,
  type DayRange,
} from '../model/brushController';

interface Props {
  /** Days on the axis (bars), and the selected range as day indexes, both ends included. */
  count: number;
  from: number;
  to: number;
  /** The chart's plot area inside the frame, in px (Recharts margins + axis sizes). */
  inset: { left: number; right: number; top: number; bottom: number };
  onChange: (from: number, to: number) => void;
  /** The drag was released: one history entry. */
  onCommit: () => void;
  /** The day under the pointer, or undefined when it leaves (for the tooltip). */
  onHover: (day: number | undefined) => void;
  /** Drawn inside the plot area, above the bars (the focusable days). */
  children?: ReactNode;
}

const cursorFor: Record<BrushTarget, string> = {
  'from-edge': 'ew-resize',
  'to-edge': 'ew-resize',
  band: 'grab',
  outside: 'crosshair',
};

/**
 * A brush drawn over the daily bars: the days outside the range are dimmed; drag across the
 * bars to pick a range (from any view, the whole war included), drag an edge to resize it, drag
 * the range to move it. The rules are brushController.ts; this only reads the pointer. It is a
 * plain overlay, so moving it never re-renders the chart.
 */
export function RangeBrush({ count, from, to, inset, onChange, onCommit, onHover, children }: Props) {
  const { frame, cursor, onPointerDown, onPointerMove, end } = useBrushPointer({
    count,
    from,
    to,
    onChange,
    onCommit,
    onHover,
  });
  const pct = (day: number) => `${(day / count) * 100}%`;

  return (
    <div
      className="range-brush"
      ref={frame}
      style={{
        left: inset.left,
        right: inset.right,
        top: inset.top,
        bottom: inset.bottom,
        cursor: cursorFor[cursor],
      }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={end}
      onPointerCancel={end}
      onPointerLeave={() => onHover(undefined)}
    >
      <div className="range-brush__dim" aria-hidden="true" style={{ left: 0, width: pct(from) }} />
      <div className="range-brush__dim" aria-hidden="true" style={{ left: pct(to + 1), right: 0 }} />
      <div
        className="range-brush__band"
        aria-hidden="true"
        style={{ left: pct(from), width: pct(to - from + 1) }}
      />
      {children}
    </div>
  );
}

type PointerProps = Pick<Props, 'count' | 'from' | 'to' | 'onChange' | 'onCommit' | 'onHover'>;

/**
 * The brush's pointer: a press starts a drag (the rules are brushController.ts), a move drags or
 * hovers, a release commits.
 */
function useBrushPointer({ count, from, to, onChange, onCommit, onHover }: PointerProps) {
  const frame = useRef<HTMLDivElement>(null);
  const drag = useRef<{ drag: BrushDrag; left: number; width: number; last: DayRange } | undefined>(
    undefined,
  );
  const [cursor, setCursor] = useState<BrushTarget>('outside');

  const emit = (r: DayRange) => {
    const d = drag.current;
    if (d && (d.last.from !== r.from || d.last.to !== r.to)) onChange(r.from, r.to);
    if (d) d.last = r;
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    // No focus moves to the day under the pointer (that is the keyboard's route), no text selection.
    e.preventDefault();
    const box = frame.current!.getBoundingClientRect();
    const x = e.clientX - box.left;
    const range = { from, to };
    const started = startDrag(range, targetAt(range, x, box.width, count), dayAt(x, box.width, count), count);
    drag.current = { drag: started.drag, left: box.left, width: box.width, last: range };
    emit(started.range);
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (d) {
      const day = dayAt(e.clientX - d.left, d.width, count);
      emit(dragTo(d.drag, day, count));
      onHover(day);
      return;
    }
    const box = frame.current!.getBoundingClientRect();
    const x = e.clientX - box.left;
    setCursor(targetAt({ from, to }, x, box.width, count));
    onHover(dayAt(x, box.width, count));
  };
  const end = () => {
    if (!drag.current) return;
    drag.current = undefined;
    onCommit();
  };
  return { frame, cursor, onPointerDown, onPointerMove, end };
}
