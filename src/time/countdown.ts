/**
 * Countdown arithmetic: pure functions of an event's time and `now`, never a count of ticks. Every
 * difference is taken between instants, so an hour across a daylight-saving change is a real hour.
 */
import { inYear, yearOf, type LeapDayRule } from './recurrence.js';
import { hasOffset, toInstant, wallClock } from './zone.js';

export type CountdownState = 'upcoming' | 'live' | 'ended';

export interface Remaining {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  /** Whole seconds left, never negative. */
  total: number;
}

/** When an event happens, as its element or its `campaign.json` gives it. */
export interface EventTime {
  /** An instant with offset (`2023-03-06T14:00:00Z`), or a wall-clock time in `timeZone`. */
  start: string;
  /** Exclusive end; same forms as `start`. */
  end: string;
  /** An IANA zone, or `local`: the same wall-clock time in every visitor's zone. */
  timeZone: string;
  /** Whether the event comes back every year on the same dates. */
  yearly: boolean;
  /** How a yearly 29 February is kept in common years. */
  leapDay?: LeapDayRule;
}

/** One occurrence of an event, in epoch ms. */
export interface Occurrence {
  start: number;
  end: number;
}

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;

/** Whole seconds split into days, hours, minutes and seconds. */
function split(total: number): Remaining {
  return {
    days: Math.floor(total / DAY),
    hours: Math.floor((total % DAY) / HOUR),
    minutes: Math.floor((total % HOUR) / MINUTE),
    seconds: total % MINUTE,
    total,
  };
}

/** Time left from `now` to `target` (epoch ms) in real elapsed units, clamped at zero. */
export function remaining(target: number, now: number): Remaining {
  return split(Math.max(0, Math.ceil((target - now) / 1000)));
}

/**
 * The time left rounded up to whole minutes, for words that change at most once a minute: 5 min 30 s
 * reads "6 minutes", and the last minute reads "1 minute", never "0 minutes".
 */
export function inWholeMinutes(left: Remaining): Remaining {
  return split(Math.ceil(left.total / MINUTE) * MINUTE);
}

/** Where `now` falls in a span [start, end). */
export function stateAt(start: number, end: number, now: number): CountdownState {
  if (now < start) return 'upcoming';
  return now < end ? 'live' : 'ended';
}

/** The wall-clock form of a time string in `zone`, so that a yearly event keeps its local time across DST. */
function wall(value: string, zone: string): string {
  return hasOffset(value) ? wallClock(toInstant(value), zone) : value;
}

/**
 * The occurrence counted at `now`: the given one, or for a yearly event that has ended, the first
 * occurrence on the same dates (same wall-clock times in its zone) that has not. Undefined when the time
 * is not valid. A floating (`local`) event ends at the end of its day in the visitor's own zone.
 */
export function occurrenceAt(time: EventTime, now: number): Occurrence | undefined {
  const start = toInstant(time.start, time.timeZone);
  const end = toInstant(time.end, time.timeZone);
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) return undefined;
  if (!time.yearly || now < end) return { start, end };
  const startWall = wall(time.start, time.timeZone);
  const endWall = wall(time.end, time.timeZone);
  const firstYear = yearOf(startWall);
  const inEdition = (year: number): Occurrence => ({
    start: toInstant(inYear(startWall, year, time.leapDay), time.timeZone),
    end: toInstant(inYear(endWall, yearOf(endWall) - firstYear + year, time.leapDay), time.timeZone),
  });
  // Start a year before now's year (a span can cross New Year) rather than walk from a year long past.
  let year = Math.max(firstYear + 1, yearOf(wallClock(now, time.timeZone)) - 1);
  let next = inEdition(year);
  while (now >= next.end) next = inEdition(++year);
  return next;
}

/** What the element has seen: an occurrence (by its start) and the state it was in. */
export interface Observation {
  start: number;
  state: CountdownState;
}

export type Transition = 'start' | 'end';

const ORDER: CountdownState[] = ['upcoming', 'live', 'ended'];

/** The transitions passed on the way from one state to a later one of the same occurrence. */
function path(from: CountdownState, to: CountdownState): Transition[] {
  const passed: Transition[] = [];
  if (ORDER.indexOf(from) < 1 && ORDER.indexOf(to) >= 1) passed.push('start');
  if (ORDER.indexOf(from) < 2 && ORDER.indexOf(to) >= 2) passed.push('end');
  return passed;
}

/**
 * The transitions between two observations, in order. A yearly event that rolled over to its next
 * occurrence passed the end of the one before. Time that went backwards (a corrected clock) passes none.
 */
export function transitions(before: Observation, after: Observation): Transition[] {
  if (after.start === before.start) return path(before.state, after.state);
  if (after.start < before.start) return [];
  return [...path(before.state, 'ended'), ...path('upcoming', after.state)];
}

export type Milestone = 'day' | 'hour';

/** The milestone crossed between two readings of the time left before the start, if any (the nearer one wins). */
export function milestoneBetween(before: Remaining, after: Remaining): Milestone | undefined {
  if (before.total > HOUR && after.total <= HOUR) return 'hour';
  if (before.total > DAY && after.total <= DAY) return 'day';
  return undefined;
}

/**
 * Whether a span is whole days in its zone (midnight to midnight), which is how `campaign.json` and the
 * build's attributes carry an all-day event.
 */
export function isAllDay(occurrence: Occurrence, zone: string): boolean {
  const midnight = (instant: number) => wallClock(instant, zone).endsWith('T00:00:00');
  return occurrence.end > occurrence.start && midnight(occurrence.start) && midnight(occurrence.end);
}
