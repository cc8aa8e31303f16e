import { describe, expect, it } from 'vitest';
import {
  addDays,
  clampDate,
  daysBetween,
  eachDay,
  formatDay,
  isIsoDate,
  WAR_END,
  WAR_START,
} from '../../src/data/calendar';
import { isEnglishDayFormat } from '../../src/data/englishDay';

describe('calendar dates as strings', () => {
  it('accepts real days and rejects impossible ones', () => {
    expect(isIsoDate('2020-09-27')).toBe(true);
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('2020-9-27')).toBe(false);
    expect(isIsoDate('27/09/2020')).toBe(false);
  });

  it('the war has 45 days, both ends included', () => {
    expect(eachDay(WAR_START, WAR_END)).toHaveLength(45);
    expect(daysBetween(WAR_START, WAR_END)).toBe(44);
  });

  it('steps across month ends and a daylight-saving change', () => {
    expect(addDays('2020-09-30', 1)).toBe('2020-10-01');
    expect(addDays('2020-10-24', 2)).toBe('2020-10-26');
    expect(addDays('2020-11-01', -1)).toBe('2020-10-31');
  });

  it('clamps to a range', () => {
    expect(clampDate('2019-01-01', WAR_START, WAR_END)).toBe(WAR_START);
    expect(clampDate('2030-01-01', WAR_START, WAR_END)).toBe(WAR_END);
  });

  it(`labels the calendar day itself whatever the time zone (TZ=${process.env.TZ ?? 'unset'})`, () => {
    expect(formatDay('2020-09-27', { day: 'numeric', month: 'short' }, 'en-GB')).toBe('27 Sept');
    expect(formatDay('2020-11-10', { day: 'numeric', month: 'long', year: 'numeric' }, 'en-US')).toBe(
      'November 10, 2020',
    );
  });
});

describe('day labels in English', () => {
  // Every option set the app formats with; the hand-written labels must be Intl's en-US text.
  const formats: Intl.DateTimeFormatOptions[] = [
    { day: 'numeric', month: 'short', year: 'numeric' },
    { day: 'numeric', month: 'short' },
    { month: 'short', year: 'numeric' },
    { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
    { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' },
    { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
    { day: 'numeric', month: 'long', year: 'numeric' },
  ];
  const days = eachDay('2020-01-01', '2021-12-31')
    .filter((_, i) => i % 17 === 0)
    .concat(['2020-09-27', '2020-11-10', '2024-02-29']);

  it.each(formats)('writes %o as en-US does', (options) => {
    expect(isEnglishDayFormat(options)).toBe(true);
    for (const d of days) expect(formatDay(d, options)).toBe(formatDay(d, options, 'en-US'));
  });

  it('does not depend on the reader’s locale or time zone', () => {
    expect(formatDay('2020-09-27')).toBe('Sep 27, 2020');
    expect(formatDay('2020-09-27', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })).toBe(
      'Sunday, September 27, 2020',
    );
  });

  it('leaves formats it does not know to Intl', () => {
    expect(isEnglishDayFormat({ day: '2-digit', month: 'short' })).toBe(false);
    expect(isEnglishDayFormat({ day: 'numeric' })).toBe(false);
  });
});
