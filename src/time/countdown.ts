/**
 * Countdown arithmetic: pure functions of an event's time and `now`, never a count of ticks. Every
 * difference is taken between instants, so an hour across a daylight-saving change is a real hour.
 */
import type { State } from './lifecycle.js';

export interface Remaining {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  /** Whole seconds left, never negative. */
  total: number;
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

/**
 * The time left rounded up to whole days, for an observance, which counts days only: 14 hours before
 * 1 January reads "1 day", never "0 days".
 */
export function inWholeDays(left: Remaining): Remaining {
  return split(Math.ceil(left.total / DAY) * DAY);
}

/** The year a span of whole days covers exactly (1 January to 31 December), or undefined. */
export function wholeYearOf(span: { start: string; end: string; allDay: boolean }): number | undefined {
  const year = Number(span.start.slice(0, 4));
  return span.allDay && span.start.slice(4) === '-01-01' && span.end === `${String(year + 1).padStart(4, '0')}-01-01` ? year : undefined;
}

/** What the element has seen: an occurrence (by its start) and the state it was in. */
export interface Observation {
  start: number;
  state: State;
}

export type Transition = 'start' | 'end';

const ORDER: State[] = ['upcoming', 'live', 'ended'];

/** The transitions passed on the way from one state to a later one of the same occurrence. */
function path(from: State, to: State): Transition[] {
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
