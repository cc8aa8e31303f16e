import type { Series } from '../model/casualtySeries';

interface Props {
  series: Series[];
  colours: Map<string, string>;
  labels: Map<string, string>;
  off: string[];
  onToggle: (id: string) => void;
}

/** The chart's legend doubles as its series switch: each entry is a checkbox. */
export function SeriesLegend({ series, colours, labels, off, onToggle }: Props) {
  return (
    <fieldset className="series-legend">
      <legend className="visually-hidden">Series shown</legend>
      {series.map((s) => (
        <label key={s.id} className="check">
          <input type="checkbox" checked={!off.includes(s.id)} onChange={() => onToggle(s.id)} />
          <span className="legend__swatch legend__swatch--line" style={{ background: colours.get(s.id) }} aria-hidden="true" />
          {labels.get(s.id)} <span className="count">{s.points.length}</span>
        </label>
      ))}
    </fieldset>
  );
}
