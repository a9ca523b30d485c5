/**
 * The date a team meant when it wrote one the way its country does (`22/03/2027`, `2027-03-22 10:00`,
 * `10:00 AM`), rewritten in the config's form (`2027-03-22`, `2027-03-22T10:00`), for the error's fix.
 * A day and month that could be either way round get both readings; nothing is guessed.
 */

const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2027-03-22`, or undefined for a day the calendar does not have (13/13, 31 February). */
function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/** `T10:00`, `T22:30`, or undefined for an hour or minute out of range. */
function isoTime(hour: number, minute: number, meridiem?: string): string | undefined {
  let h = hour;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    h = (hour % 12) + (/^p/i.test(meridiem) ? 12 : 0);
  }
  return h <= 23 && minute <= 59 ? `T${pad(h)}:${pad(minute)}` : undefined;
}

/** The readings of a date written day and month in either order, with the year last or first. */
function readings(text: string): string[] {
  const yearFirst = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (yearFirst) {
    const date = isoDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
    return date ? [date] : [];
  }
  const yearLast = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (!yearLast) return [];
  const [a, b, year] = [Number(yearLast[1]), Number(yearLast[2]), Number(yearLast[3])];
  const dayFirst = isoDate(year, b, a);
  const monthFirst = isoDate(year, a, b);
  if (dayFirst && monthFirst && a !== b) return [dayFirst, monthFirst];
  return [dayFirst ?? monthFirst].filter((d): d is string => d !== undefined);
}

/** `22 March` for `2027-03-22`. */
const spoken = (date: string) => `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]}`;

/**
 * How to write `input` in the config's form, as the end of an error (`write it as 2027-03-22`), or
 * undefined when it is no date Summit can read. `withTime`: the field takes a time of day too.
 */
export function dateHint(input: string, withTime: boolean): string | undefined {
  const match = /^\s*(\S+?)(?:[ T]+(\d{1,2})(?:[:.h](\d{2}))?\s*([ap]\.?m\.?)?)?\s*$/i.exec(input);
  if (!match) return undefined;
  const dates = readings(match[1]);
  if (dates.length === 0) return undefined;
  let time = '';
  if (match[2] !== undefined) {
    if (!withTime) return `write the date alone, as ${dates.join(' or ')}`;
    if (match[3] === undefined && !match[4]) return undefined;
    const t = isoTime(Number(match[2]), Number(match[3] ?? 0), match[4]?.replace(/\./g, ''));
    if (!t) return undefined;
    time = t;
  }
  if (dates.length === 1) return `write it as ${dates[0]}${time}`;
  return `write it as year-month-day: ${dates.map((d) => `${d}${time} for ${spoken(d)}`).join(', or ')}`;
}
