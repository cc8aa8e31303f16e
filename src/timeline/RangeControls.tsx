import { WAR_END, WAR_START } from '../data/calendar';
import { playSpeeds, type PlaySpeed } from '../model/playController';
import { allPresets, presetMatching } from '../model/rangePresets';
import { useViewState } from '../state/useViewState';
import { DateSlider } from './DateSlider';
import { usePlay } from './usePlay';

/** The range: two sliders, presets, and playback. All of it lives in the URL (from=, to=). */
export function RangeControls() {
  const [state, write] = useViewState();
  const { playing, play, stop, speed, setSpeed } = usePlay();
  const preset = presetMatching(state.from, state.to);
  return (
    <div className="range-controls" role="group" aria-label="Date range">
      <div className="range-controls__sliders">
        <DateSlider label="Start date" value={state.from} min={WAR_START} max={WAR_END} onChange={(from) => write({ from, to: from > state.to ? from : state.to }, 'replace')} />
        <DateSlider label="End date" value={state.to} min={WAR_START} max={WAR_END} onChange={(to) => write({ to, from: to < state.from ? to : state.from }, 'replace')} />
      </div>
      <div className="range-controls__row">
        <label>
          <span className="visually-hidden">Preset range</span>
          <select
            value={preset?.id ?? ''}
            onChange={(e) => {
              const p = allPresets.find((x) => x.id === e.target.value);
              if (p) write({ from: p.from, to: p.to });
            }}
          >
            <option value="" disabled>
              Custom range
            </option>
            {allPresets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" onClick={playing ? stop : play}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <label>
          <span className="visually-hidden">Playback speed</span>
          <select value={speed} onChange={(e) => setSpeed(e.target.value as PlaySpeed)}>
            {playSpeeds.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
