/**
 * Yearly observances, as pure string arithmetic so that the build and the browser share one rule.
 */

/** How a 29 February event is kept in common years. */
export type LeapDayRule = 'feb-28' | 'mar-1';

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Moves a `yyyy-MM-dd…` date or date-time string to another year, keeping month, day and time.
 * 29 February follows `leapDay` in common years (28 February when it is not given).
 */
export function inYear(value: string, year: number, leapDay?: LeapDayRule): string {
  const rest = value.slice(4);
  const yyyy = String(year).padStart(4, '0');
  if (rest.startsWith('-02-29') && !isLeapYear(year)) {
    return `${yyyy}${leapDay === 'mar-1' ? '-03-01' : '-02-28'}${rest.slice(6)}`;
  }
  return `${yyyy}${rest}`;
}

/** The year of a `yyyy-MM-dd…` string. */
export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}
