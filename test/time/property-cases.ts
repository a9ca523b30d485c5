/**
 * Seeded random property cases for the time model (zone, span, lifecycle), each checked against an
 * independent implementation: the Temporal polyfill. Node (test/time/lifecycle-property.test.ts) and
 * Chromium (test/components/lifecycle-property.test.ts) run the same cases, since each engine brings its
 * own `Intl` time-zone data. A property returns how many cases it checked and one line per failing case
 * (input, expected, got), so a runner only asserts that the list is empty.
 */
import { Temporal } from 'temporal-polyfill';
import { momentAt, type Moment, type Schedule, type State } from '../../src/time/lifecycle.js';
import type { LeapDayRule } from '../../src/time/recurrence.js';
import { spanInstants, spanInYear, zonedTime, type Interval, type TimeSpan } from '../../src/time/span.js';
import { toInstant } from '../../src/time/zone.js';

/** Both offset signs, odd offsets, DST that changes at midnight (Santiago, Havana, Azores, Asuncion, Cairo, Beirut), and none. */
const ZONES = [
  'America/Santiago',
  'America/Havana',
  'Atlantic/Azores',
  'America/Asuncion',
  'America/New_York',
  'America/St_Johns',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Kathmandu',
  'Asia/Tehran',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
  'Pacific/Apia',
  'Asia/Dubai',
  'UTC',
  'Africa/Cairo',
  'Asia/Beirut',
] as const;

const FIRST_YEAR = 2020;
const LAST_YEAR = 2032;
const LEAP_YEARS = [2020, 2024, 2028, 2032];
const LEAP_RULES: (LeapDayRule | undefined)[] = [undefined, 'feb-28', 'mar-1'];
const SEED = 20261211;
const DAY = 86_400_000;

/** Where a floating time comes first and last, for a schedule read with no visitor zone ("anywhere"). */
const EARLIEST_ZONE = '+14:00';
const LATEST_ZONE = '-12:00';

export interface PropertyResult {
  cases: number;
  failures: string[];
}

export interface Property {
  name: string;
  run: () => PropertyResult;
}

/** mulberry32: a tiny 32-bit generator, so that a fixed seed checks the same cases in every engine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class Random {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

// ---- The independent model, in Temporal's terms ----

function compatible(wall: Temporal.PlainDateTime, zone: string): Temporal.ZonedDateTime {
  return wall.toZonedDateTime(zone, { disambiguation: 'compatible' });
}

/** The first instant of a day in a zone: later than midnight when midnight is skipped. */
function startOfDay(date: Temporal.PlainDate, zone: string): number {
  return date.toZonedDateTime({ timeZone: zone }).epochMilliseconds;
}

function secondsText(wall: Temporal.PlainDateTime): string {
  return wall.toString({ smallestUnit: 'second' });
}

/** A timed span end in a named zone: the clock shown then, and the offset then. */
function zonedText(zoned: Temporal.ZonedDateTime): string {
  return `${secondsText(zoned.toPlainDateTime())}${zoned.offset}`;
}

/** A span end as a campaign file writes it, for a wall-clock time. */
function spanText(wall: Temporal.PlainDateTime, span: TimeSpan): string {
  if (span.allDay) return wall.toPlainDate().toString();
  if (span.timeZone === 'local') return secondsText(wall);
  return zonedText(compatible(wall, span.timeZone));
}

/** The wall-clock time of a span end (a date is its midnight; an offset is left out). */
function wallOf(value: string): Temporal.PlainDateTime {
  return Temporal.PlainDateTime.from(value);
}

function instantOf(value: string, span: TimeSpan, zone: string): number {
  if (span.allDay) return startOfDay(Temporal.PlainDate.from(value), zone);
  if (span.timeZone !== 'local') return Temporal.Instant.from(value).epochMilliseconds;
  return compatible(wallOf(value), zone).epochMilliseconds;
}

/** A span's instants: a floating one in `where`, or from where its start comes first to where its end comes last. */
function expectedInstants(span: TimeSpan, where?: string): Interval {
  const floating = span.timeZone === 'local';
  return {
    start: instantOf(span.start, span, floating ? (where ?? EARLIEST_ZONE) : span.timeZone),
    end: instantOf(span.end, span, floating ? (where ?? LATEST_ZONE) : span.timeZone),
  };
}

/** The span in another year: the same month, day and clock time, and the same wall-clock length. */
function expectedInYear(span: TimeSpan, year: number, leapDay?: LeapDayRule): TimeSpan {
  const start = wallOf(span.start);
  if (start.year === year) return span;
  const length = start.until(wallOf(span.end));
  const leapDayInCommonYear = start.month === 2 && start.day === 29 && !Temporal.PlainDate.from({ year, month: 1, day: 1 }).inLeapYear;
  const moved = !leapDayInCommonYear ? start.with({ year }) : leapDay === 'mar-1' ? start.with({ year, month: 3, day: 1 }) : start.with({ year, day: 28 });
  return { ...span, start: spanText(moved, span), end: spanText(moved.add(length), span) };
}

// ---- Cases ----

function shown(instant: number): string {
  return Number.isFinite(instant) ? new Date(instant).toISOString() : String(instant);
}

function sameInterval(got: Interval, expected: Interval): boolean {
  return got.start === expected.start && got.end === expected.end;
}

function intervalText({ start, end }: Interval): string {
  return `${shown(start)} – ${shown(end)}`;
}

function randomDate(random: Random, fromYear = FIRST_YEAR, toYear = LAST_YEAR): Temporal.PlainDate {
  const month = Temporal.PlainYearMonth.from({ year: random.int(fromYear, toYear), month: random.int(1, 12) });
  return month.toPlainDate({ day: random.int(1, month.daysInMonth) });
}

function randomWall(random: Random, fromYear = FIRST_YEAR, toYear = LAST_YEAR): Temporal.PlainDateTime {
  return randomDate(random, fromYear, toYear).toPlainDateTime({
    hour: random.int(0, 23),
    minute: random.pick([0, 0, 15, 30, 45, random.int(0, 59)]),
    second: random.chance(0.2) ? random.int(0, 59) : 0,
  });
}

/** A change of a zone's offset: the wall clock just before it (old offset) and from it on (new offset). */
interface Transition {
  before: Temporal.PlainDateTime;
  after: Temporal.PlainDateTime;
}

const transitionsByZone = new Map<string, Transition[]>();

/** The zone's offset changes from FIRST_YEAR to LAST_YEAR, as Temporal finds them. */
function transitions(zone: string): Transition[] {
  let found = transitionsByZone.get(zone);
  if (found) return found;
  found = [];
  let at = Temporal.PlainDate.from({ year: FIRST_YEAR, month: 1, day: 1 }).toZonedDateTime({ timeZone: zone });
  for (;;) {
    const next = at.getTimeZoneTransition('next');
    if (!next || next.year > LAST_YEAR) break;
    const change = next.offsetNanoseconds - next.subtract({ nanoseconds: 1 }).offsetNanoseconds;
    found.push({ before: next.toPlainDateTime().subtract({ nanoseconds: change }), after: next.toPlainDateTime() });
    at = next;
  }
  transitionsByZone.set(zone, found);
  return found;
}

/** The skipped (gap) or repeated (overlap) wall-clock range of a transition, `[first, last)`. */
function changedRange({ before, after }: Transition): [Temporal.PlainDateTime, Temporal.PlainDateTime] {
  return Temporal.PlainDateTime.compare(before, after) < 0 ? [before, after] : [after, before];
}

/** The days on which a transition skips or repeats wall-clock times. */
function transitionDays(transition: Transition): Temporal.PlainDate[] {
  const [first, last] = changedRange(transition);
  return first.toPlainDate().equals(last.toPlainDate()) ? [first.toPlainDate()] : [first.toPlainDate(), last.toPlainDate()];
}

/** Wall-clock times just before, in, and after a gap or overlap, and midnight of its days. */
function transitionWalls(transition: Transition): Temporal.PlainDateTime[] {
  const [first, last] = changedRange(transition);
  const middle = first.add({ minutes: Math.floor(first.until(last).total('minutes') / 2) });
  return [
    first.subtract({ minutes: 1 }),
    first.subtract({ seconds: 1 }),
    first,
    middle,
    last.subtract({ seconds: 1 }),
    last,
    last.add({ minutes: 1 }),
    ...transitionDays(transition).map((day) => day.toPlainDateTime()),
  ];
}

/** A wall-clock time on or around one of the zone's transitions, or a random one when it has none. */
function nearTransition(random: Random, zone: string): Temporal.PlainDateTime {
  const zoneTransitions = transitions(zone);
  if (zoneTransitions.length === 0) return randomWall(random);
  return random.pick(transitionWalls(random.pick(zoneTransitions)));
}

/**
 * A span of any kind: all day or timed, in a named zone or floating, sometimes on 29 February, across
 * New Year, or on a DST transition of its zone. Timed spans last over an hour, so that a start in an
 * overlap never has a wall-clock end before its wall-clock start.
 */
function randomSpan(random: Random, fromYear = FIRST_YEAR, toYear = LAST_YEAR): TimeSpan {
  const zone = random.pick(ZONES);
  const timeZone = random.chance(0.25) ? 'local' : zone;
  const allDay = random.chance(0.4);
  const leapYears = LEAP_YEARS.filter((year) => year >= fromYear && year <= toYear);
  // Of ten spans, two start on 29 February, two cross New Year, two start on a DST transition, four anywhere.
  const kind = random.int(0, 9);
  let start: Temporal.PlainDateTime;
  let minutes = allDay ? random.int(1, 5) * 1440 : random.int(61, 3 * 1440);
  if (kind < 2 && leapYears.length > 0) {
    start = Temporal.PlainDate.from({ year: random.pick(leapYears), month: 2, day: 29 }).toPlainDateTime({ hour: random.int(0, 23) });
  } else if (kind < 4) {
    start = Temporal.PlainDate.from({ year: random.int(fromYear, toYear), month: 12, day: random.int(26, 31) }).toPlainDateTime({ hour: random.int(0, 23) });
    const toNewYear = start.until(start.toPlainDate().with({ month: 12, day: 31 }).add({ days: 1 }).toPlainDateTime()).total('minutes');
    minutes = toNewYear + (allDay ? random.int(1, 3) * 1440 : random.int(1, 1440));
  } else if (kind < 6) {
    start = nearTransition(random, zone);
  } else {
    start = randomWall(random, fromYear, toYear);
  }
  if (allDay) {
    start = start.toPlainDate().toPlainDateTime();
    minutes = Math.ceil(minutes / 1440) * 1440;
  }
  const span: TimeSpan = { start: '', end: '', timeZone, allDay };
  if (allDay || timeZone === 'local') return { ...span, start: spanText(start, span), end: spanText(start.add({ minutes }), span) };
  // Timed in a named zone: the end is a real duration later, so it can fall in the second pass of an overlap.
  const zoned = compatible(start, zone);
  return { ...span, start: zonedText(zoned), end: zonedText(zoned.add({ minutes })) };
}

/** Property: a wall-clock time is the instant Temporal finds with `disambiguation: 'compatible'`. */
function checkWallClocks(): PropertyResult {
  const random = new Random(SEED + 1);
  const failures: string[] = [];
  let cases = 0;
  const check = (wall: string, zone: string) => {
    cases++;
    const expected = compatible(wallOf(wall), zone);
    const got = toInstant(wall, zone);
    if (got !== expected.epochMilliseconds) failures.push(`toInstant('${wall}', '${zone}'): expected ${shown(expected.epochMilliseconds)}, got ${shown(got)}`);
    if (wall.length === 10) return;
    const gotText = zonedTime(wall, zone);
    if (gotText !== zonedText(expected)) failures.push(`zonedTime('${wall}', '${zone}'): expected ${zonedText(expected)}, got ${gotText}`);
  };
  for (let i = 0; i < 300; i++) {
    const wall = randomWall(random);
    const form = random.int(0, 2);
    check(form === 0 ? wall.toPlainDate().toString() : wall.toString({ smallestUnit: form === 1 ? 'minute' : 'second' }), random.pick(ZONES));
  }
  // Every transition of every zone, at two of the times around it and on one of its days (all of them would be thousands of cases).
  for (const zone of ZONES) {
    for (const transition of transitions(zone)) {
      for (let i = 0; i < 2; i++) check(secondsText(random.pick(transitionWalls(transition))), zone);
      check(random.pick(transitionDays(transition)).toString(), zone);
    }
  }
  return { cases, failures };
}

/** Property: an all-day span in a named zone runs from the start of its first day to the start of the day after its last. */
function checkAllDaySpans(): PropertyResult {
  const random = new Random(SEED + 2);
  const failures: string[] = [];
  const cases = 200;
  for (let i = 0; i < cases; i++) {
    const zone = random.pick(ZONES);
    const first = random.chance(0.5) ? nearTransition(random, zone).toPlainDate() : randomDate(random);
    const span: TimeSpan = { start: first.toString(), end: first.add({ days: random.int(1, 10) }).toString(), timeZone: zone, allDay: true };
    // The visitor's zone must not matter for a span in a named zone.
    const where = random.pick(ZONES);
    const got = spanInstants(span, where);
    const expected = expectedInstants(span);
    if (!sameInterval(got, expected)) failures.push(`spanInstants(${JSON.stringify(span)}, '${where}'): expected ${intervalText(expected)}, got ${intervalText(got)}`);
  }
  return { cases, failures };
}

/** Property: a floating span is its wall-clock times read in the visitor's zone. */
function checkFloatingSpans(): PropertyResult {
  const random = new Random(SEED + 3);
  const failures: string[] = [];
  const cases = 200;
  for (let i = 0; i < cases; i++) {
    const where = random.pick(ZONES);
    const allDay = random.chance(0.3);
    // Either end may be the one placed on a transition of the visitor's zone.
    const anchor = random.chance(0.5) ? nearTransition(random, where) : randomWall(random);
    const length = allDay ? { days: random.int(1, 5) } : { minutes: random.int(1, 3 * 1440) };
    const [start, end] = random.chance(0.5) ? [anchor, anchor.add(length)] : [anchor.subtract(length), anchor];
    const text = (wall: Temporal.PlainDateTime) => (allDay ? wall.toPlainDate().toString() : secondsText(wall));
    const span: TimeSpan = { start: text(start), end: text(end), timeZone: 'local', allDay };
    const got = spanInstants(span, where);
    const expected = expectedInstants(span, where);
    if (!sameInterval(got, expected)) failures.push(`spanInstants(${JSON.stringify(span)}, '${where}'): expected ${intervalText(expected)}, got ${intervalText(got)}`);
  }
  return { cases, failures };
}

/** Property: a span moved to another year keeps its wall-clock start (29 February by the leap rule) and wall-clock length. */
function checkYearlyMoves(): PropertyResult {
  const random = new Random(SEED + 4);
  const failures: string[] = [];
  const cases = 300;
  for (let i = 0; i < cases; i++) {
    const span = randomSpan(random);
    const year = random.int(FIRST_YEAR, LAST_YEAR);
    const leapDay = random.pick(LEAP_RULES);
    const where = random.pick(ZONES);
    const call = `spanInYear(${JSON.stringify(span)}, ${year}, ${leapDay && `'${leapDay}'`})`;
    const got = spanInYear(span, year, leapDay);
    const expected = expectedInYear(span, year, leapDay);
    if (got.start !== expected.start || got.end !== expected.end) {
      failures.push(`${call}: expected ${expected.start} – ${expected.end}, got ${got.start} – ${got.end}`);
      continue;
    }
    const gotInstants = spanInstants(got, where);
    const expectedInstantsThen = expectedInstants(expected, where);
    if (!sameInterval(gotInstants, expectedInstantsThen)) {
      failures.push(`${call} read in '${where}': expected ${intervalText(expectedInstantsThen)}, got ${intervalText(gotInstants)}`);
    }
    if (span.allDay && gotInstants.end <= gotInstants.start) failures.push(`${call} read in '${where}': all-day occurrence ends by its start: ${intervalText(gotInstants)}`);
  }
  return { cases, failures };
}

/** Timed sessions within a schedule's first occurrence, some running on a few hours past its end. */
function randomSessions(random: Random, time: TimeSpan): TimeSpan[] {
  if (random.chance(0.5)) return [];
  const floating = time.timeZone === 'local';
  const start = wallOf(time.start);
  const length = start.until(wallOf(time.end)).total('minutes');
  return Array.from({ length: random.int(1, 3) }, () => {
    const session: TimeSpan = { start: '', end: '', timeZone: time.timeZone, allDay: false };
    const offset = { minutes: random.int(0, length) };
    const duration = { minutes: random.int(15, 240) };
    if (floating) {
      const sessionStart = start.add(offset);
      return { ...session, start: secondsText(sessionStart), end: secondsText(sessionStart.add(duration)) };
    }
    const sessionStart = Temporal.Instant.fromEpochMilliseconds(expectedInstants(time).start).toZonedDateTimeISO(time.timeZone).add(offset);
    return { ...session, start: zonedText(sessionStart), end: zonedText(sessionStart.add(duration)) };
  });
}

function randomSchedule(random: Random): Schedule {
  const yearly = random.chance(0.6);
  const time = randomSpan(random, FIRST_YEAR, yearly ? LAST_YEAR - 2 : LAST_YEAR);
  const leapDay = random.pick(LEAP_RULES);
  return {
    status: 'scheduled',
    time,
    ...(yearly && { recurrence: { frequency: 'yearly' as const, ...(leapDay && { leapDay }) } }),
    recapDays: random.int(0, 10),
    sessions: randomSessions(random, time),
    editions: [],
  };
}

interface ExpectedMoment extends Interval {
  year: number;
  state: State;
  sessions: State[];
}

function stateOf({ start, end }: Interval, now: number): State {
  if (now < start) return 'upcoming';
  return now < end ? 'live' : 'ended';
}

/** The independent lifecycle: which occurrence a schedule is about at `now`, and where it and its sessions stand. */
class ExpectedLifecycle {
  readonly schedule: Schedule;
  readonly where: string | undefined;
  readonly firstYear: number;
  readonly sessions: Interval[];

  constructor(schedule: Schedule, where: string | undefined) {
    this.schedule = schedule;
    this.where = where;
    this.firstYear = wallOf(schedule.time!.start).year;
    this.sessions = schedule.sessions.map((session) => expectedInstants(session, where));
  }

  occurrence(year: number): Interval {
    const { recurrence } = this.schedule;
    const time = this.schedule.time!;
    return expectedInstants(recurrence ? expectedInYear(time, year, recurrence.leapDay) : time, this.where);
  }

  /**
   * When an occurrence stops being the site's subject: recap days after it and its sessions end. These
   * are 24-hour days, as a floating end has no zone to count calendar days in.
   */
  rollover(occurrence: Interval): number {
    return Math.max(occurrence.end, ...this.sessions.map((session) => session.end)) + this.schedule.recapDays * DAY;
  }

  /** A yearly schedule is about the first year whose occurrence is neither over its recap nor overtaken by the next. */
  yearAt(now: number): number {
    let year = this.firstYear;
    while (this.schedule.recurrence && now >= Math.min(this.rollover(this.occurrence(year)), this.occurrence(year + 1).start)) year++;
    return year;
  }

  at(now: number): ExpectedMoment {
    const year = this.yearAt(now);
    const occurrence = this.occurrence(year);
    return { year, ...occurrence, state: stateOf(occurrence, now), sessions: this.sessions.map((session) => stateOf(session, now)) };
  }

  /** A time worth checking: random, or just at, before or after an instant where something changes. */
  randomNow(random: Random): number {
    const year = random.int(this.firstYear - 1, this.firstYear + (this.schedule.recurrence ? 4 : 1));
    if (random.chance(0.5)) return Date.UTC(year, 0, 1) + random.int(0, 365 * DAY);
    const occurrence = this.occurrence(Math.max(year, this.firstYear));
    const edges = [occurrence.start, occurrence.end, this.rollover(occurrence), ...this.sessions.flatMap((s) => [s.start, s.end])];
    return random.pick(edges) + random.int(-1, 1);
  }
}

/** What must change at `changesAt`, and nothing of it before. */
function signature(moment: Moment | undefined): string {
  return moment ? `${moment.occurrence.year} ${moment.state} [${moment.sessions.map((s) => s.state).join(', ')}]` : 'undefined';
}

/**
 * Property: `momentAt` picks the occurrence the independent lifecycle picks, with the same instants and
 * states, and `changesAt` is the first instant at which the year, the state or a session's state changes.
 */
function checkLifecycle(): PropertyResult {
  const random = new Random(SEED + 5);
  const failures: string[] = [];
  const cases = 300;
  for (let i = 0; i < cases; i++) {
    const schedule = randomSchedule(random);
    const where = random.chance(0.8) ? random.pick(ZONES) : undefined;
    const lifecycle = new ExpectedLifecycle(schedule, where);
    const now = lifecycle.randomNow(random);
    const call = `momentAt(${JSON.stringify(schedule)}, ${shown(now)}, ${where && `'${where}'`})`;
    const moment = momentAt(schedule, now, where);
    const expected = lifecycle.at(now);
    if (!moment) {
      failures.push(`${call}: undefined`);
      continue;
    }
    const got = { year: moment.occurrence.year, start: moment.occurrence.start, end: moment.occurrence.end, state: moment.state, sessions: moment.sessions.map((s) => s.state) };
    const momentText = (m: ExpectedMoment) => `${m.year} ${intervalText(m)} ${m.state} [${m.sessions.join(', ')}]`;
    if (momentText(got) !== momentText(expected)) {
      failures.push(`${call}: expected ${momentText(expected)}, got ${momentText(got)}`);
      continue;
    }
    const { changesAt } = moment;
    if (changesAt === undefined) {
      // Nothing may change ever again: compare with a time long after.
      const later = momentAt(schedule, now + 20 * 365 * DAY, where);
      if (signature(later) !== signature(moment)) failures.push(`${call}: no changesAt, yet it becomes ${signature(later)} from ${signature(moment)}`);
      continue;
    }
    const justBefore = momentAt(schedule, changesAt - 1, where);
    const then = momentAt(schedule, changesAt, where);
    if (!(changesAt > now)) failures.push(`${call}: changesAt ${shown(changesAt)} is not after now`);
    else if (signature(justBefore) !== signature(moment)) failures.push(`${call}: ${signature(moment)} changes to ${signature(justBefore)} before changesAt ${shown(changesAt)}`);
    else if (signature(then) === signature(justBefore)) failures.push(`${call}: nothing changes at changesAt ${shown(changesAt)} (${signature(then)})`);
  }
  return { cases, failures };
}

export const properties: Property[] = [
  { name: 'wall-clock times resolve as Temporal resolves them ("compatible")', run: checkWallClocks },
  { name: 'all-day spans run from start of day to start of day in their zone', run: checkAllDaySpans },
  { name: 'floating spans are read on the visitor\'s wall clock', run: checkFloatingSpans },
  { name: 'spans moved to another year keep wall-clock start and length', run: checkYearlyMoves },
  { name: 'the lifecycle picks the right occurrence and state, and changesAt is the next change', run: checkLifecycle },
];

/** A failure message with the first ten failing cases (every one would drown the runner's output). */
export function failureReport({ cases, failures }: PropertyResult): string {
  const more = failures.length > 10 ? `\n… and ${failures.length - 10} more` : '';
  return `${failures.length} of ${cases} cases failed:\n${failures.slice(0, 10).join('\n')}${more}`;
}
