/**
 * Playback as a pure step function, in one of two windows:
 *
 * ```
 * cumulative  [from ──────── to] → [from ───────── to+1]   the war so far: the end moves, the start stays
 * day         [d]                → [d+1]                   each day on its own: start and end move together
 * ```
 *
 * At the war's last day it stops. Pressing Play at the end starts again: one day after the start
 * (cumulative), or on the first day of the war (day by day).
 */
import { addDays, WAR_END, WAR_START, type IsoDate } from '../data/calendar';

export interface Range {
  from: IsoDate;
  to: IsoDate;
}

export interface Step {
  range: Range;
  done: boolean;
}

export const playWindows = [
  { id: 'cumulative', label: 'Cumulative' },
  { id: 'day', label: 'Day by day' },
] as const;
export type PlayWindow = (typeof playWindows)[number]['id'];

export function startRange(r: Range, window: PlayWindow = 'cumulative'): Range {
  if (window === 'day') {
    const day = r.from === r.to && r.to >= WAR_END ? WAR_START : r.from;
    return { from: day, to: day };
  }
  return r.to >= WAR_END ? { from: r.from, to: r.from } : r;
}

export function nextStep(r: Range, window: PlayWindow = 'cumulative'): Step {
  if (r.to >= WAR_END) return { range: r, done: true };
  const to = addDays(r.to, 1);
  return { range: { from: window === 'day' ? to : r.from, to }, done: to >= WAR_END };
}

/** Milliseconds per day at each speed the reader can pick. */
export const playSpeeds = [
  { id: 'slow', label: 'Slow', msPerDay: 1200 },
  { id: 'normal', label: 'Normal', msPerDay: 600 },
  { id: 'fast', label: 'Fast', msPerDay: 250 },
] as const;
export type PlaySpeed = (typeof playSpeeds)[number]['id'];
