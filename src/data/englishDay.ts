/**
 * Day labels in the page's own language, written out by hand: the same text as Intl's `en-US`
 * format for the options the app uses, without building an Intl formatter. Two reasons: the page
 * is prerendered in Node and then hydrated in the reader's browser, so its labels must not depend
 * on the reader's locale (a British browser's "27 Sept 2020" against the prerendered
 * "Sep 27, 2020" would make React throw the page away and draw it again); and the first Intl
 * formatter of a page load costs tens of milliseconds on a phone.
 */
export interface DayParts {
  weekday?: 'short' | 'long';
  day?: 'numeric';
  month?: 'short' | 'long';
  year?: 'numeric';
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** True when `englishDay` writes these options exactly as Intl's en-US format would. */
export function isEnglishDayFormat(options: Intl.DateTimeFormatOptions): options is DayParts {
  const allowed: Record<string, readonly unknown[]> = {
    weekday: ['short', 'long'],
    day: ['numeric'],
    month: ['short', 'long'],
    year: ['numeric'],
  };
  const keys = Object.keys(options);
  return (
    keys.length > 0 &&
    keys.every((k) => allowed[k]?.includes(options[k as keyof Intl.DateTimeFormatOptions])) &&
    (options.month !== undefined || options.day === undefined)
  );
}

/** `y`, `m` (1–12) and `d` of a calendar day, as `Sun, Sep 27, 2020` and the like. */
export function englishDay(y: number, m: number, d: number, options: DayParts): string {
  const month = options.month === 'long' ? MONTHS[m - 1] : MONTHS[m - 1].slice(0, 3);
  let text = options.month ? (options.day ? `${month} ${d}` : month) : '';
  if (options.year) text = text ? `${text}${options.day ? ',' : ''} ${y}` : String(y);
  if (options.weekday) {
    const name = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
    const weekday = options.weekday === 'long' ? name : name.slice(0, 3);
    text = text ? `${weekday}, ${text}` : weekday;
  }
  return text;
}
