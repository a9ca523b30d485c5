/**
 * Countdown arithmetic: pure functions of a target and `now`, never a count of ticks.
 */

export type CountdownState = 'upcoming' | 'live' | 'ended';

export interface Remaining {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  /** Whole seconds left, never negative. */
  total: number;
}

/** Time left from `now` to `target` (epoch ms) in real elapsed units, clamped at zero. */
export function remaining(target: number, now: number): Remaining {
  const total = Math.max(0, Math.ceil((target - now) / 1000));
  return {
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
    total,
  };
}

/** Where `now` falls in a span [start, end). */
export function stateAt(start: number, end: number, now: number): CountdownState {
  if (now < start) return 'upcoming';
  return now < end ? 'live' : 'ended';
}
