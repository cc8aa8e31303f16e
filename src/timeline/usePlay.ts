import { useCallback, useEffect, useRef, useState } from 'react';
import { nextStep, playSpeeds, startRange, type PlaySpeed } from '../model/playController';
import { currentViewState, flushViewState, writeViewState } from '../state/useViewState';

/** Drives playback: each tick writes the next end date into the URL (replacing, not pushing). */
export function usePlay() {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<PlaySpeed>('normal');
  const timer = useRef<number | undefined>(undefined);

  const stop = useCallback(() => {
    window.clearInterval(timer.current);
    timer.current = undefined;
    // Where playback stopped is in the address bar at once, ready to be copied.
    flushViewState();
    setPlaying(false);
  }, []);

  const play = useCallback(() => {
    const { from, to } = currentViewState();
    writeViewState(startRange({ from, to }), 'replace');
    setPlaying(true);
  }, []);

  useEffect(() => {
    if (!playing) return;
    const ms = playSpeeds.find((s) => s.id === speed)?.msPerDay ?? 600;
    timer.current = window.setInterval(() => {
      const { from, to } = currentViewState();
      const step = nextStep({ from, to });
      writeViewState(step.range, 'replace');
      if (step.done) stop();
    }, ms);
    return () => window.clearInterval(timer.current);
  }, [playing, speed, stop]);

  return { playing, play, stop, speed, setSpeed };
}
