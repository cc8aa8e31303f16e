import { voiceColour, voiceDashed } from '../model/casualtyVoices';
import type { SubjectSeries } from '../model/subjectSeries';

interface Props {
  series: readonly SubjectSeries[];
  shown: ReadonlySet<string>;
  /** Series with no figure announced by the cut-off. */
  unknown: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onOnly: (id: string) => void;
  onShowAll: () => void;
}

/**
 * Which lines the chart draws: a checkbox per series, "Only this" beside each, "Show all" for the
 * subject. Plain buttons and checkboxes, so Tab, Space and Enter do everything.
 */
export function SeriesChooser({ series, shown, unknown, onToggle, onOnly, onShowAll }: Props) {
  return (
    <fieldset className="series-chooser">
      <legend>
        Lines drawn: {shown.size} of {series.length}{' '}
        <button
          type="button"
          className="button button--small"
          onClick={onShowAll}
          disabled={shown.size === series.length}
        >
          Show all
        </button>
      </legend>
      <ul>
        {series.map((s) => (
          <li key={s.id}>
            <label className="check">
              <input type="checkbox" checked={shown.has(s.id)} onChange={() => onToggle(s.id)} />
              <span
                className={`series-chooser__swatch${voiceDashed(s.voice) ? ' series-chooser__swatch--dashed' : ''}`}
                style={{ borderColor: voiceColour(s.voice) }}
                aria-hidden="true"
              />
              <span id={`series-name-${s.id}`}>
                <bdi>{s.name}</bdi>
                {s.detail ? ': ' : ''}
                {s.detail ? <bdi>{s.detail}</bdi> : null}{' '}
                <span className="muted">
                  ({s.voiceText}; {s.points.length} {s.points.length === 1 ? 'figure' : 'figures'}
                  {unknown.has(s.id) ? '; none yet by the cut-off' : ''})
                </span>
              </span>
            </label>
            <button
              type="button"
              className="button button--small"
              onClick={() => onOnly(s.id)}
              aria-describedby={`series-name-${s.id}`}
            >
              Only this
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
