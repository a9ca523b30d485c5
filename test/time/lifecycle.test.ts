import { test } from 'node:test';
import assert from 'node:assert/strict';
import { momentAt, occurrenceIn, showsAt, type Schedule } from '../../src/time/lifecycle.js';
import { spanFromAttributes, spanInstants, spanInYear, type TimeSpan } from '../../src/time/span.js';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

function yearly(time: TimeSpan, extra: Partial<Schedule> = {}): Schedule & { time: TimeSpan } {
  return { status: 'scheduled', time, recurrence: { frequency: 'yearly' }, recapDays: 7, sessions: [], editions: [], ...extra };
}

test('29 February with leap-day mar-1 is a whole 1 March in common years, and 29 February in leap years', () => {
  const schedule = yearly({ start: '2028-02-29', end: '2028-03-01', timeZone: 'Europe/Rome', allDay: true }, { recurrence: { frequency: 'yearly', leapDay: 'mar-1' } });
  const common = occurrenceIn(schedule, 2029);
  assert.deepEqual(common.span, { start: '2029-03-01', end: '2029-03-02', timeZone: 'Europe/Rome', allDay: true });
  assert.deepEqual([iso(common.start), iso(common.end)], ['2029-02-28T23:00:00.000Z', '2029-03-01T23:00:00.000Z'], '24 hours, never a start equal to its end');
  assert.equal(occurrenceIn(schedule, 2032).span.start, '2032-02-29');
  const feb28 = occurrenceIn({ ...schedule, recurrence: { frequency: 'yearly', leapDay: 'feb-28' } }, 2029);
  assert.deepEqual([feb28.span.start, feb28.span.end], ['2029-02-28', '2029-03-01']);
  assert.equal(momentAt(schedule, at('2029-03-01T12:00:00Z'))!.state, 'live');
});

test('whole days start at the first instant of the day where daylight saving skips midnight, on both sides of UTC', () => {
  const cases: [TimeSpan, string, string][] = [
    [{ start: '2027-09-05', end: '2027-09-06', timeZone: 'America/Santiago', allDay: true }, '2027-09-05T04:00:00.000Z', '2027-09-06T03:00:00.000Z'],
    [{ start: '2027-03-14', end: '2027-03-15', timeZone: 'America/Havana', allDay: true }, '2027-03-14T05:00:00.000Z', '2027-03-15T04:00:00.000Z'],
    [{ start: '2027-03-28', end: '2027-03-29', timeZone: 'Atlantic/Azores', allDay: true }, '2027-03-28T01:00:00.000Z', '2027-03-29T00:00:00.000Z'],
    [{ start: '2027-03-28', end: '2027-03-29', timeZone: 'Asia/Beirut', allDay: true }, '2027-03-27T22:00:00.000Z', '2027-03-28T21:00:00.000Z'],
  ];
  for (const [span, start, end] of cases) {
    const instants = spanInstants(span);
    assert.deepEqual([iso(instants.start), iso(instants.end)], [start, end], `${span.start} in ${span.timeZone}`);
  }
  const santiago = { status: 'scheduled' as const, time: cases[0][0], recapDays: 7, sessions: [], editions: [] };
  assert.equal(momentAt(santiago, at('2027-09-05T03:30:00Z'))!.state, 'upcoming', 'not an hour early');
  assert.equal(momentAt(santiago, at('2027-09-05T04:00:00Z'))!.state, 'live');
});

test('a yearly all-day event in a named zone is midnight to midnight every year, whatever the offset', () => {
  // 5 September 2027 is the day Santiago skips midnight: 23 hours from 01:00. In 2028 it is an ordinary day.
  const day = { start: '2027-09-05', end: '2027-09-06', timeZone: 'America/Santiago', allDay: true };
  const first = spanInstants(day);
  assert.equal(first.end - first.start, 23 * 3_600_000);
  const moved = spanInYear(day, 2028);
  assert.deepEqual(moved, { ...day, start: '2028-09-05', end: '2028-09-06' });
  const instants = spanInstants(moved);
  assert.equal(instants.end - instants.start, 24 * 3_600_000, 'a 24-hour day, not the first year\'s 23');
  assert.equal(iso(instants.start), '2028-09-05T03:00:00.000Z', 'from 00:00 (UTC−3), not 01:00');
});

test('a yearly timed event keeps its wall-clock time in its zone across daylight saving', () => {
  const schedule = yearly({ start: '2027-03-10T10:00:00-05:00', end: '2027-03-10T12:00:00-05:00', timeZone: 'America/New_York', allDay: false });
  const cases: [number, string, string][] = [
    [2028, '2028-03-10T10:00:00-05:00', '2028-03-10T15:00:00.000Z'],
    [2030, '2030-03-10T10:00:00-04:00', '2030-03-10T14:00:00.000Z'], // the US is on summer time by 10 March 2030
  ];
  for (const [year, start, utc] of cases) {
    const occurrence = occurrenceIn(schedule, year);
    assert.equal(occurrence.span.start, start);
    assert.equal(iso(occurrence.start), utc);
  }
});

test('a date without an end is that whole day; an explicit end is exclusive', () => {
  assert.deepEqual(spanFromAttributes('2026-12-11', undefined, 'local'), { start: '2026-12-11', end: '2026-12-12', timeZone: 'local', allDay: true });
  assert.deepEqual(spanFromAttributes('2027-09-05', '2027-09-06', 'America/Santiago'), { start: '2027-09-05', end: '2027-09-06', timeZone: 'America/Santiago', allDay: true });
  assert.equal(spanFromAttributes('2027-09-05', '2027-09-05', 'America/Santiago'), undefined, 'an empty span is refused');
  assert.deepEqual(spanFromAttributes('2023-03-06T14:00:00Z', '2023-03-06T16:00', 'America/New_York'), {
    start: '2023-03-06T09:00:00-05:00',
    end: '2023-03-06T16:00:00-05:00',
    timeZone: 'America/New_York',
    allDay: false,
  });
  const day = spanFromAttributes('2026-12-11', undefined, 'local')!;
  const schedule = { status: 'scheduled' as const, time: day, recapDays: 0, sessions: [], editions: [] };
  assert.equal(momentAt(schedule, at('2026-12-11T15:00:00Z'), 'Europe/Rome')!.state, 'live', 'live all day, not ended');
});

test('a yearly event is recapped for its recap days after it and its last session end, then rolls over', () => {
  const session = { start: '2023-12-13T14:30:00+01:00', end: '2023-12-13T16:00:00+01:00', timeZone: 'Europe/Rome', allDay: false };
  const schedule = yearly({ start: '2023-12-11', end: '2023-12-12', timeZone: 'local', allDay: true }, { editions: [{ year: 2023, sessions: [session] }] });
  const cases: [string, number, string, number | undefined][] = [
    ['2023-12-10T12:00:00Z', 2023, 'upcoming', 0],
    ['2023-12-11T12:00:00Z', 2023, 'live', 0],
    ['2023-12-12T12:00:00Z', 2023, 'ended', 0], // the Day is over in UTC; its session is still ahead
    ['2023-12-13T14:00:00Z', 2023, 'ended', 0], // the session is running
    ['2023-12-20T14:59:59Z', 2023, 'ended', -1], // seven days after the session ended
    ['2023-12-20T15:00:00Z', 2024, 'upcoming', -1],
  ];
  for (const [now, year, state, nextSession] of cases) {
    const moment = momentAt(schedule, at(now), 'UTC')!;
    assert.deepEqual([moment.occurrence.year, moment.state, moment.nextSession], [year, state, nextSession], now);
  }
  assert.equal(iso(momentAt(schedule, at('2023-12-12T12:00:00Z'), 'UTC')!.next!.start), '2024-12-11T00:00:00.000Z');
});

test('the next change is exactly when something on the page changes, and never before', () => {
  const schedule = yearly({ start: '2023-12-11', end: '2023-12-12', timeZone: 'local', allDay: true });
  let now = at('2023-11-01T00:00:00Z');
  const seen: string[] = [];
  for (let i = 0; i < 4; i++) {
    const moment = momentAt(schedule, now)!;
    const next = moment.changesAt!;
    const later = momentAt(schedule, next - 1)!;
    assert.deepEqual([later.occurrence.year, later.state], [moment.occurrence.year, moment.state], `nothing changes before ${iso(next)}`);
    now = next;
    const after = momentAt(schedule, now)!;
    seen.push(`${iso(now)} ${after.occurrence.year} ${after.state}`);
  }
  assert.deepEqual(seen, [
    '2023-12-10T10:00:00.000Z 2023 live', // midnight in Kiritimati (UTC+14)
    '2023-12-12T12:00:00.000Z 2023 ended', // midnight on Baker Island (UTC−12)
    '2023-12-19T12:00:00.000Z 2024 upcoming', // after the recap week
    '2024-12-10T10:00:00.000Z 2024 live',
  ]);
});

test('a block shows for its occurrence and its states; a session block follows its session', () => {
  const schedule = yearly({ start: '2023-12-11', end: '2023-12-12', timeZone: 'local', allDay: true }, {
    editions: [{ year: 2023, sessions: [{ start: '2023-12-11T14:00:00+04:00', end: '2023-12-11T15:00:00+04:00', timeZone: 'Asia/Dubai', allDay: false }] }],
  });
  const moment = momentAt(schedule, at('2023-12-11T10:30:00Z'), 'UTC')!;
  assert.equal(showsAt(moment, { year: 2023, when: ['live'] }), true);
  assert.equal(showsAt(moment, { year: 2024, when: ['live'] }), false);
  assert.equal(showsAt(moment, { when: ['upcoming'] }), false);
  assert.equal(showsAt(moment, { year: 2023, session: 0, when: ['live'] }), true);
  assert.equal(showsAt(moment, { year: 2023, session: 0, when: ['ended'] }), false);
});
