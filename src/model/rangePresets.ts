/**
 * Ready-made date ranges. Weeks count from the first day of the war. The named phases are cut
 * at dated, documented turning points (each ceasefire announcement, Shusha/Shushi, the
 * statement), so the names describe the calendar, not a reading of the war.
 */
import { addDays, clampDate, WAR_END, WAR_START, type IsoDate } from '../data/calendar';

export interface RangePreset {
  id: string;
  label: string;
  from: IsoDate;
  to: IsoDate;
}

export const WHOLE_WAR: RangePreset = {
  id: 'war',
  label: 'Whole war (27 Sep – 10 Nov)',
  from: WAR_START,
  to: WAR_END,
};

export const weekPresets: RangePreset[] = Array.from({ length: 7 }, (_, i) => {
  const from = addDays(WAR_START, i * 7);
  const to = clampDate(addDays(from, 6), WAR_START, WAR_END);
  return { id: `week-${i + 1}`, label: `Week ${i + 1}`, from, to };
});

export const phasePresets: RangePreset[] = [
  {
    id: 'phase-opening',
    label: 'Until the Moscow ceasefire (27 Sep – 9 Oct)',
    from: '2020-09-27',
    to: '2020-10-09',
  },
  {
    id: 'phase-moscow',
    label: 'Moscow ceasefire to the second truce (10 – 17 Oct)',
    from: '2020-10-10',
    to: '2020-10-17',
  },
  {
    id: 'phase-second',
    label: 'Second truce to the US-brokered one (18 – 25 Oct)',
    from: '2020-10-18',
    to: '2020-10-25',
  },
  {
    id: 'phase-third',
    label: 'US-brokered truce to Shusha/Shushi (26 Oct – 7 Nov)',
    from: '2020-10-26',
    to: '2020-11-07',
  },
  {
    id: 'phase-end',
    label: 'Shusha/Shushi to the statement (8 – 10 Nov)',
    from: '2020-11-08',
    to: '2020-11-10',
  },
];

export const allPresets: RangePreset[] = [WHOLE_WAR, ...weekPresets, ...phasePresets];

export function presetMatching(from: IsoDate, to: IsoDate): RangePreset | undefined {
  return allPresets.find((p) => p.from === from && p.to === to);
}

/** Moments marked on the timeline's axis: the ceasefires and the statement. */
export const axisMarks: { date: IsoDate; label: string }[] = [
  { date: '2020-10-10', label: 'Ceasefire (Moscow)' },
  { date: '2020-10-18', label: 'Ceasefire' },
  { date: '2020-10-26', label: 'Ceasefire (US-brokered)' },
  { date: '2020-11-10', label: 'Statement of 9–10 Nov' },
];
