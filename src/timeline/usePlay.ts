import { useCallback, useEffect, useRef, useState } from 'react';
import { nextStep, playSpeeds, startRange } from '../model/playController';
import { commitViewState, currentViewState, flushViewState, writeViewState } from '../state/useViewState';

/**
 * Drives playback: each tick writes the next range into the URL as a step of one continuous
 * change, so a whole play adds one history entry, committed when it pauses. The window and the
 * speed are read from the URL (window=, speed=) at each tick.
 */
export function usePlay() {
  const [playing, setPlaying] = useState(false);
  const timer = useRef<number | undefined>(undefined);

  const stop = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    commitViewState();
    // Where playback stopped is in the address bar at once, ready to be copied.
    flushViewState();
    setPlaying(false);
  }, []);

  const play = useCallback(() => {
    const { from, to, playWindow } = currentViewState();
    writeViewState(startRange({ from, to }, playWindow), 'step');
    setPlaying(true);
  }, []);

  useEffect(() => {
    if (!playing) return;
    const tick = () => {
      const { from, to, playWindow, playSpeed } = currentViewState();
      const step = nextStep({ from, to }, playWindow);
      writeViewState(step.range, 'step');
      if (step.done) stop();
      else timer.current = window.setTimeout(tick, msPerDay(playSpeed));
    };
    timer.current = window.setTimeout(tick, msPerDay(currentViewState().playSpeed));
    return () => window.clearTimeout(timer.current);
  }, [playing, stop]);

  return { playing, play, stop };
}

const msPerDay = (id: string) => playSpeeds.find((s) => s.id === id)?.msPerDay ?? 600;
