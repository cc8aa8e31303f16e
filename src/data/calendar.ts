/**
 * Calendar dates are plain `YYYY-MM-DD` strings everywhere in the app. They are compared as
 * strings (lexicographic order is calendar order) and stepped with UTC arithmetic, so no reader's
 * time zone can move a date to the day before — `new Date('2020-09-27')` would, west of UTC.
 */
import { englishDay, isEnglishDayFormat } from './englishDay';

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a well-formed string that names a real calendar day (no 2020-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function toUtcMs(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + days * MS_PER_DAY);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / MS_PER_DAY);
}

/** Every day from `from` to `to`, both included. */
export function eachDay(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

export function clampDate(date: IsoDate, min: IsoDate, max: IsoDate): IsoDate {
  if (date < min) return min;
  if (date > max) return max;
  return date;
}

/**
 * A label for a calendar day: in English (see englishDay.ts) unless a locale is asked for, which
 * goes through Intl pinned to UTC and fed UTC midnight, so 27 Sep is 27 Sep in Los Angeles and in
 * Tokyo.
 */
export function formatDay(
  date: IsoDate,
  options: Intl.DateTimeFormatOptions = DEFAULT_DAY_FORMAT,
  locale?: string,
): string {
  const key = formatKey(options, locale);
  const cacheKey = `${key}|${date}`;
  let label = labels.get(cacheKey);
  if (label === undefined) {
    const [y, m, d] = date.split('-').map(Number);
    label =
      locale === undefined && isEnglishDayFormat(options)
        ? englishDay(y, m, d, options)
        : formatterFor(key, options, locale).format(new Date(toUtcMs(date)));
    labels.set(cacheKey, label);
  }
  return label;
}

/** Labels already made: a few thousand distinct days and formats at most. */
const labels = new Map<string, string>();
/** The default options object is shared, so its key is worked out once. */
const optionKeys = new WeakMap<Intl.DateTimeFormatOptions, string>();
function formatKey(options: Intl.DateTimeFormatOptions, locale?: string): string {
  let k = optionKeys.get(options);
  if (k === undefined) optionKeys.set(options, (k = JSON.stringify(options)));
  return `${locale ?? ''}|${k}`;
}

const DEFAULT_DAY_FORMAT: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/** Building an Intl.DateTimeFormat is slow; lists and charts format hundreds of dates per render. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(
  key: string,
  options: Intl.DateTimeFormatOptions,
  locale?: string,
): Intl.DateTimeFormat {
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return f;
}

/** The war's 45 days: the first shots on 27 Sep to the statement in force on 10 Nov 2020. */
export const WAR_START: IsoDate = '2020-09-27';
export const WAR_END: IsoDate = '2020-11-10';
