/**
 * The one occurrence and lifecycle model: given a campaign's schedule and an instant, which occurrence the
 * site is about, where it stands, where its sessions stand, and the next instant any of that changes. The
 * build, Summit's pages and the partner elements all call it; nothing else decides these things.
 *
 * Pure and browser-safe. A floating (`local`) schedule is read in the visitor's zone when one is given,
 * and "anywhere" otherwise (begun where the day comes first, over where it comes last), as the build does.
 */
import { spanInstants, spanInYear, type Interval, type TimeSpan } from './span.js';
import { yearOf, type LeapDayRule } from './recurrence.js';

export type State = 'upcoming' | 'live' | 'ended';

export type Status = 'scheduled' | 'postponed' | 'cancelled' | 'moved-online';

/**
 * What a schedule is: a dated `event`; an `observance` (whole days, usually a whole year, the same dates
 * everywhere, counted in days); an `initiative`, ongoing with no time, so never upcoming, live or ended.
 */
export type Kind = 'event' | 'observance' | 'initiative';

/** Days a yearly event's last occurrence stays the site's subject after it ends, when a campaign does not say. */
export const DEFAULT_RECAP_DAYS = 7;

const DAY = 86_400_000;

/** What the lifecycle needs of a campaign; `Campaign` (and so `campaign.json`) has this shape. */
export interface Schedule {
  status: Status;
  /** Absent means `event`, as in `campaign.json` files from before kinds. */
  kind?: Kind;
  /** The first occurrence, as the campaign file gives it; absent for an initiative, which has no occurrence. */
  time?: TimeSpan;
  recurrence?: { frequency: 'yearly'; leapDay?: LeapDayRule };
  /**
   * Whole days after a yearly occurrence (and its last session) ends during which it stays the site's
   * subject, with its recording and news, before the next one takes over. Ignored for a one-off event,
   * which stays over for good.
   */
  recapDays: number;
  /** Sessions of the event (for a yearly event, of every occurrence). */
  sessions: TimeSpan[];
  /** Sessions of a yearly event's single years. */
  editions: { year: number; sessions: TimeSpan[] }[];
}

/** One occurrence: its edition's year, its span as written, and its instants. */
export interface Occurrence extends Interval {
  year: number;
  span: TimeSpan;
}

export interface SessionMoment<S extends TimeSpan = TimeSpan> extends Interval {
  session: S;
  state: State;
}

export interface Moment<S extends TimeSpan = TimeSpan> {
  status: Status;
  /** The occurrence the site is about: the only one, or a yearly event's current, next, or just-ended one. */
  occurrence: Occurrence;
  state: State;
  /** A yearly event's occurrence after this one (what a recap counts down to). */
  next?: Occurrence;
  /** The occurrence's sessions, in the order the campaign gives them. */
  sessions: SessionMoment<S>[];
  /** Index in `sessions` of the session running or next to start (the earliest not over); −1 when none. */
  nextSession: number;
  /** The next instant at which anything above changes; undefined when nothing ever will. */
  changesAt?: number;
}

/** Where `now` falls in an interval. */
export function stateAt({ start, end }: Interval, now: number): State {
  if (now < start) return 'upcoming';
  return now < end ? 'live' : 'ended';
}

/** The occurrence of a schedule in a year (a one-off event has only its own). */
export function occurrenceIn(schedule: { time: TimeSpan; recurrence?: Schedule['recurrence'] }, year: number, where?: string): Occurrence {
  const span = schedule.recurrence ? spanInYear(schedule.time, year, schedule.recurrence.leapDay) : schedule.time;
  return { year: yearOf(span.start), span, ...spanInstants(span, where) };
}

/** The sessions that belong to an occurrence: the campaign's own, then its year's edition's. */
export function sessionsOf<S extends TimeSpan>(schedule: { sessions: S[]; editions: { year: number; sessions: S[] }[] }, year: number): S[] {
  return [...schedule.sessions, ...(schedule.editions.find((e) => e.year === year)?.sessions ?? [])];
}

/** When an occurrence stops being the site's subject: a recap period after it and its last session end. */
function rolloverAt(schedule: Schedule, occurrence: Occurrence, sessions: Interval[]): number {
  const last = Math.max(occurrence.end, ...sessions.map((s) => s.end));
  return last + Math.max(0, schedule.recapDays) * DAY;
}

function sessionIntervals<S extends TimeSpan>(sessions: S[], where?: string): (Interval & { session: S })[] {
  return sessions.map((session) => ({ session, ...spanInstants(session, where) }));
}

/**
 * The schedule at `now`. For a floating schedule, `where` is the visitor's zone; leave it out for
 * "anywhere". Returns undefined when the schedule has no time (an initiative) or its times are not valid
 * in this runtime: then there is nothing to count, list by date or put in a calendar.
 */
export function momentAt<S extends TimeSpan>(
  schedule: Schedule & { sessions: S[]; editions: { year: number; sessions: S[] }[] },
  now: number,
  where?: string,
): Moment<S> | undefined {
  const { time, recurrence } = schedule;
  if (!time) return undefined;
  const dated = { time, recurrence };
  const first = occurrenceIn(dated, yearOf(time.start), where);
  if (!Number.isFinite(first.start) || !Number.isFinite(first.end) || first.end < first.start) return undefined;
  let occurrence = first;
  let next: Occurrence | undefined;
  let sessions = sessionIntervals(sessionsOf(schedule, first.year), where);
  if (schedule.recurrence) {
    // Start two years back (a span can cross New Year, and a recap runs on) rather than walk from a year long past.
    let year = Math.max(first.year, new Date(now).getUTCFullYear() - 2);
    for (;;) {
      occurrence = occurrenceIn(dated, year, where);
      next = occurrenceIn(dated, year + 1, where);
      sessions = sessionIntervals(sessionsOf(schedule, year), where);
      if (now < Math.min(rolloverAt(schedule, occurrence, sessions), next.start)) break;
      year += 1;
    }
  }
  const sessionMoments = sessions.map((s) => ({ ...s, state: stateAt(s, now) }));
  const ahead = sessionMoments.map((s, i) => ({ s, i })).filter(({ s }) => s.state !== 'ended');
  const nextSession = ahead.length ? ahead.reduce((a, b) => (b.s.start < a.s.start ? b : a)).i : -1;
  const changes = [occurrence.start, occurrence.end, ...sessions.flatMap((s) => [s.start, s.end])];
  if (next) changes.push(next.start, rolloverAt(schedule, occurrence, sessions));
  const future = changes.filter((t) => t > now);
  return {
    status: schedule.status,
    occurrence,
    state: stateAt(occurrence, now),
    ...(next && { next }),
    sessions: sessionMoments,
    nextSession,
    ...(future.length && { changesAt: Math.min(...future) }),
  };
}

/**
 * When a block of a page is true: for one occurrence (its `year`), in some states (`when`) of that
 * occurrence or, with `session`, of that session of it. The build writes these as `data-year`,
 * `data-when` and `data-session` attributes, and Summit's page script decides the block again from them.
 */
export interface BlockCondition {
  year?: number;
  when?: readonly State[];
  session?: number;
}

/** Whether a block shows at a moment. */
export function showsAt(moment: Moment, { year, when, session }: BlockCondition): boolean {
  if (year !== undefined && year !== moment.occurrence.year) return false;
  if (!when) return true;
  const state = session === undefined ? moment.state : moment.sessions[session]?.state;
  return state !== undefined && when.includes(state);
}

/** Only what the lifecycle reads of a campaign: what a page carries inline for its script to decide again. */
export function scheduleData(campaign: Schedule): Schedule {
  const span = ({ start, end, timeZone, allDay }: TimeSpan): TimeSpan => ({ start, end, timeZone, allDay });
  return {
    status: campaign.status,
    ...(campaign.kind && campaign.kind !== 'event' && { kind: campaign.kind }),
    ...(campaign.time && { time: span(campaign.time) }),
    ...(campaign.recurrence && { recurrence: campaign.recurrence }),
    recapDays: campaign.recapDays,
    sessions: campaign.sessions.map(span),
    editions: campaign.editions.filter((e) => e.sessions.length > 0).map((e) => ({ year: e.year, sessions: e.sessions.map(span) })),
  };
}

/**
 * The order of a list of events in one state: happening and upcoming ones soonest first, past ones latest
 * first. Negative when `a` comes first.
 */
export function byStart(a: Moment, b: Moment): number {
  const order = a.state === 'ended' ? -1 : 1;
  return order * (a.occurrence.start - b.occurrence.start);
}
