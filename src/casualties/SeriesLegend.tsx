import type { Series } from '../model/casualtySeries';

interface Props {
  series: Series[];
  colours: Map<string, string>;
  labels: Map<string, string>;
  off: string[];
  /** Series with no figure inside the chart's current time span (listed, not drawn). */
  outOfSpan: Set<string>;
  onToggle: (id: string) => void;
}

/** The chart's legend doubles as its series switch: each entry is a checkbox. */
export function SeriesLegend({ series, colours, labels, off, outOfSpan, onToggle }: Props) {
  return (
    <fieldset className="series-legend">
      <legend className="visually-hidden">Series shown</legend>
      {series.map((s) => (
        <label key={s.id} className="check">
          <input type="checkbox" checked={!off.includes(s.id)} onChange={() => onToggle(s.id)} data-out-of-span={outOfSpan.has(s.id) || undefined} />
          <span className="legend__swatch legend__swatch--line" style={{ background: colours.get(s.id) }} aria-hidden="true" />
          <bdi>{labels.get(s.id)}</bdi> <span className="count">{s.points.length}</span>
          {outOfSpan.has(s.id) ? <span className="muted"> (published after 2021: show later years)</span> : null}
        </label>
      ))}
    </fieldset>
  );
}
