/**
 * Playback as a pure step function: each tick moves the end date one day on, keeping the start;
 * at the war's last day it stops. Pressing Play at the end starts again one day after the start.
 */
import { addDays, WAR_END, type IsoDate } from '../data/calendar';

export interface Range {
  from: IsoDate;
  to: IsoDate;
}

export interface Step {
  range: Range;
  done: boolean;
}

export function startRange(r: Range): Range {
  return r.to >= WAR_END ? { from: r.from, to: r.from } : r;
}

export function nextStep(r: Range): Step {
  if (r.to >= WAR_END) return { range: r, done: true };
  const to = addDays(r.to, 1);
  return { range: { from: r.from, to }, done: to >= WAR_END };
}

/** Milliseconds per day at each speed the reader can pick. */
export const playSpeeds = [
  { id: 'slow', label: 'Slow', msPerDay: 1200 },
  { id: 'normal', label: 'Normal', msPerDay: 600 },
  { id: 'fast', label: 'Fast', msPerDay: 250 },
] as const;
export type PlaySpeed = (typeof playSpeeds)[number]['id'];
