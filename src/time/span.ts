/**
 * Where an instant falls relative to a TimeSpan. Pure and browser-safe: no luxon.
 */
import type { TimeSpan } from '../campaign/model.js';

const HOUR = 3_600_000;

/** The earliest and latest UTC offsets in use (Line Islands +14, Baker Island −12), in ms. */
const EARLIEST_OFFSET = 14 * HOUR;
const LATEST_OFFSET = -12 * HOUR;

/** Epoch ms of a wall-clock string read as if it were UTC. */
function wallAsUtc(wall: string): number {
  return Date.parse(`${wall}Z`);
}

/**
 * Whether the span is over everywhere at `now`. A floating ("local") span ends last where clocks are
 * furthest behind UTC.
 */
export function spanEndsBy(span: TimeSpan, now: number): boolean {
  const end = span.timeZone === 'local' ? wallAsUtc(span.end) - LATEST_OFFSET : Date.parse(span.end);
  return now >= end;
}

/** Whether the span has begun anywhere at `now`. */
export function spanStartedBy(span: TimeSpan, now: number): boolean {
  const start = span.timeZone === 'local' ? wallAsUtc(span.start) - EARLIEST_OFFSET : Date.parse(span.start);
  return now >= start;
}

const DAY = 86_400_000;

const isoDates = new Map<string, Intl.DateTimeFormat>();

/** `yyyy-MM-dd` of an instant in a zone (the en-CA calendar date format is ISO's). */
function dateIn(instant: number, zone: string): string {
  let format = isoDates.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    isoDates.set(zone, format);
  }
  return format.format(instant);
}

/** The first and last calendar day of an all-day span, as `yyyy-MM-dd`. */
export function spanDays(span: TimeSpan): { first: string; last: string } {
  if (span.timeZone === 'local') {
    return { first: span.start.slice(0, 10), last: new Date(wallAsUtc(span.end) - DAY).toISOString().slice(0, 10) };
  }
  return { first: dateIn(Date.parse(span.start), span.timeZone), last: dateIn(Date.parse(span.end) - 1, span.timeZone) };
}
