import type { Pane } from './panes';

/** The shape of a pane while its data loads: a frame of the right size, never a blank page. */
export function PaneSkeleton({ pane }: { pane: Pane }) {
  const { label } = pane;
  return (
    <section className="pane pane--loading" id={pane.id} aria-label={label} aria-busy="true">
      <div className="skeleton skeleton--title" />
      <div className="skeleton skeleton--block" />
      <div className="skeleton skeleton--line" />
      <div className="skeleton skeleton--line" />
      <div className="skeleton skeleton--line skeleton--short" />
      <span className="visually-hidden">Loading {label.toLowerCase()}…</span>
    </section>
  );
}
