import { memo } from 'react';
import { WAR_END, WAR_START } from '../data/calendar';
import { playSpeeds, playWindows } from '../model/playController';
import { allPresets, presetMatching } from '../model/rangePresets';
import { commitViewState, useViewState } from '../state/useViewState';
import { playSpeedIds, playWindowIds, type ViewState } from '../state/viewState';
import { DateSlider } from './DateSlider';

interface Props {
  playing: boolean;
  onPlay: () => void;
  onPause: () => void;
}

/**
 * The range: two sliders, presets, and playback with its window and speed. All of it lives in
 * the URL (from=, to=, window=, speed=). A slider moved and released is one history entry.
 */
export function RangeControls({ playing, onPlay, onPause }: Props) {
  const [state, write] = useViewState();
  return (
    <div className="range-controls" role="group" aria-label="Date range">
      <div className="range-controls__sliders">
        <DateSlider
          label="Start date"
          value={state.from}
          min={WAR_START}
          max={WAR_END}
          onChange={(from) => write({ from, to: from > state.to ? from : state.to }, 'step')}
          onCommit={commitViewState}
        />
        <DateSlider
          label="End date"
          value={state.to}
          min={WAR_START}
          max={WAR_END}
          onChange={(to) => write({ to, from: to < state.from ? to : state.from }, 'step')}
          onCommit={commitViewState}
        />
      </div>
      <div className="range-controls__row">
        <PresetSelect presetId={presetMatching(state.from, state.to)?.id ?? ''} write={write} />
        <button type="button" className="button" onClick={playing ? onPause : onPlay}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <PlayChoices playWindow={state.playWindow} playSpeed={state.playSpeed} write={write} />
      </div>
    </div>
  );
}

type Write = ReturnType<typeof useViewState>[1];

/**
 * The preset ranges; "Custom range" when the range matches none. Memoised, as the play choices
 * are: a step of the range re-rendered the selects, which set their options again, and the
 * restyle repainted the page's root layer in the key press's own frame (issue 19, point 7).
 */
const PresetSelect = memo(function PresetSelect({ presetId, write }: { presetId: string; write: Write }) {
  return (
    <label>
      <span className="visually-hidden">Preset range</span>
      <select
        value={presetId}
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
  );
});

/** Playback's window and speed. */
const PlayChoices = memo(function PlayChoices({
  playWindow,
  playSpeed,
  write,
}: Pick<ViewState, 'playWindow' | 'playSpeed'> & { write: Write }) {
  return (
    <>
      <label className="range-controls__choice">
        <span>Window</span>
        <select
          value={playWindow}
          onChange={(e) =>
            write({ playWindow: playWindowIds.find((w) => w === e.target.value) ?? 'cumulative' })
          }
        >
          {playWindows.map((w) => (
            <option key={w.id} value={w.id}>
              {w.label}
            </option>
          ))}
        </select>
      </label>
      <label className="range-controls__choice">
        <span>Speed</span>
        <select
          value={playSpeed}
          onChange={(e) => write({ playSpeed: playSpeedIds.find((s) => s === e.target.value) ?? 'normal' })}
        >
          {playSpeeds.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
    </>
  );
});
