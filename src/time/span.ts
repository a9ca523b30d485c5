/**
 * Time spans as campaign files mean them, and the instants they stand for. Pure and browser-safe: `Intl`
 * and arithmetic on instants, no luxon, so the build and the browser share every rule.
 */
import { inYear, yearOf, type LeapDayRule } from './recurrence.js';
import { formatOffset, hasOffset, toInstant, wallClock, zoneOffset } from './zone.js';

/**
 * A span of time, written so that it keeps its wall-clock meaning:
 * - all day (`allDay`): `start` is the first day and `end` the day after the last (`2023-03-06`,
 *   `2023-03-18`), midnight to midnight in `timeZone`;
 * - timed, in a named zone: the wall-clock time in that zone with its offset (`2023-03-06T10:00:00-05:00`),
 *   which is also the exact instant;
 * - timed, floating (`timeZone: local`): the wall-clock time alone (`2026-12-11T09:00:00`), the same clock
 *   time in every visitor's zone.
 * `end` is exclusive.
 */
export interface TimeSpan {
  start: string;
  end: string;
  timeZone: string;
  allDay: boolean;
}

/** Start and end of a span in epoch ms; `end` is exclusive. */
export interface Interval {
  start: number;
  end: number;
}

export const FLOATING = 'local';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The earliest and latest UTC offsets in use (Line Islands +14, Baker Island −12), in ms. */
const EARLIEST_OFFSET = 14 * HOUR;
const LATEST_OFFSET = -12 * HOUR;

/** The wall-clock part of a span end: `yyyy-MM-dd` or `yyyy-MM-ddTHH:mm:ss`, without offset. */
function wallOf(value: string): string {
  return value.length === 10 ? value : value.slice(0, 19);
}

/** Epoch ms of a wall-clock string read as if it were UTC. */
function wallAsUtc(wall: string): number {
  return Date.parse(wall.length === 10 ? `${wall}T00:00:00Z` : `${wall}Z`);
}

/**
 * A wall-clock string (`yyyy-MM-dd` when `dateOnly`) from epoch ms read as UTC. `toISOString` is UTC's wall
 * clock already, without asking `Intl`: a build of a thousand pages asks this some ten thousand times.
 */
function utcWall(ms: number, dateOnly: boolean): string {
  return new Date(ms).toISOString().slice(0, dateOnly ? 10 : 19);
}

/**
 * The instants a span stands for. A floating span is read in `where`, the visitor's zone; without one it
 * means "anywhere": from its start where the day comes first (UTC+14) to its end where it comes last
 * (UTC−12), which is how the build, knowing no visitor, decides that a floating event has begun or is over.
 */
export function spanInstants(span: TimeSpan, where?: string): Interval {
  if (span.timeZone === FLOATING) {
    if (where) return { start: toInstant(wallOf(span.start), where), end: toInstant(wallOf(span.end), where) };
    return { start: wallAsUtc(span.start) - EARLIEST_OFFSET, end: wallAsUtc(span.end) - LATEST_OFFSET };
  }
  return { start: toInstant(span.start, span.timeZone), end: toInstant(span.end, span.timeZone) };
}

/** The first and last calendar day of an all-day span, as `yyyy-MM-dd`. */
export function spanDays(span: TimeSpan): { first: string; last: string } {
  return { first: span.start.slice(0, 10), last: utcWall(wallAsUtc(span.end.slice(0, 10)) - DAY, true) };
}

/**
 * A wall-clock time in a zone as a span end: with the offset the zone has then (a time that daylight
 * saving skips comes out as the time the clocks show), or alone for a floating time.
 */
export function zonedTime(wall: string, zone: string): string {
  if (wall.length === 10 || zone === FLOATING) return wall;
  return zonedInstant(toInstant(wall, zone), zone);
}

/**
 * The span moved to another year with the same wall-clock times in its zone and the same length in
 * calendar days and clock hours: 11 December 10:00–12:00 New York stays 10:00–12:00 whether New York is on
 * standard or summer time. A 29 February start follows `leapDay` in common years.
 */
export function spanInYear(span: TimeSpan, year: number, leapDay?: LeapDayRule): TimeSpan {
  if (yearOf(span.start) === year) return span;
  const startWall = wallOf(span.start);
  const length = wallAsUtc(wallOf(span.end)) - wallAsUtc(startWall);
  const movedStart = inYear(startWall, year, leapDay);
  const movedEnd = utcWall(wallAsUtc(movedStart) + length, span.allDay);
  return { ...span, start: zonedTime(movedStart, span.timeZone), end: zonedTime(movedEnd, span.timeZone) };
}

/** An instant as a span end in a named zone: the zone's wall-clock time then, with its offset. */
function zonedInstant(instant: number, zone: string): string {
  return `${wallClock(instant, zone)}${formatOffset(zoneOffset(zone, instant) / 60_000)}`;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A time attribute as a span end: a floating wall-clock time, or an instant in a named zone. */
function attributeTime(value: string, zone: string): string | undefined {
  if (zone === FLOATING) {
    const asUtc = hasOffset(value) ? NaN : toInstant(value, 'UTC');
    return Number.isNaN(asUtc) ? undefined : utcWall(asUtc, false);
  }
  const instant = toInstant(value, zone);
  return Number.isNaN(instant) ? undefined : zonedInstant(instant, zone);
}

/**
 * A span from the attributes a partner writes (`start`, `end`, `time-zone`), by the campaign-file rules:
 * a date means the whole day in the zone, and `end`, when given, is exclusive (`start="2027-09-05"
 * end="2027-09-06"` is the 5th); a date without `end` is that one day. A time is a wall-clock time in the
 * zone, or an instant when it has an offset; a time without `end` is a moment. Undefined when the values
 * do not make a span.
 */
export function spanFromAttributes(start: string, end: string | undefined, zone: string): TimeSpan | undefined {
  const allDay = DATE_ONLY.test(start);
  if (allDay) {
    const last = end ?? utcWall(wallAsUtc(start) + DAY, true);
    if (!DATE_ONLY.test(last) || last <= start || Number.isNaN(toInstant(start, 'UTC')) || Number.isNaN(toInstant(last, 'UTC'))) return undefined;
    return { start, end: last, timeZone: zone, allDay };
  }
  const from = attributeTime(start, zone);
  const to = attributeTime(end ?? start, zone);
  if (!from || !to) return undefined;
  const span = { start: from, end: to, timeZone: zone, allDay };
  const instants = spanInstants(span);
  return instants.end >= instants.start ? span : undefined;
}
