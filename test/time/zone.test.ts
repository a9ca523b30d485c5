import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasOffset, isZone, offsetLabel, toInstant, wallClock, zoneOffset } from '../../src/time/zone.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;

test('an instant with an offset is that instant, whatever the zone', () => {
  assert.equal(toInstant('2026-12-10T23:59:50-05:00', 'Asia/Tokyo'), Date.parse('2026-12-11T04:59:50Z'));
  assert.equal(toInstant('2023-03-06T05:00:00Z'), Date.parse('2023-03-06T05:00:00Z'));
  assert.equal(toInstant('2026-12-11T00:00:00.500+05:45'), Date.parse('2026-12-10T18:15:00.500Z'));
});

test('a wall-clock time is read in the named zone, at odd offsets and across daylight saving', () => {
  const cases: [string, string, string][] = [
    ['2026-12-11T00:00:00', 'Asia/Kathmandu', '2026-12-10T18:15:00Z'],
    ['2026-12-11T00:00:00', 'Pacific/Chatham', '2026-12-10T10:15:00Z'],
    ['2027-06-05T00:00:00', 'Pacific/Chatham', '2027-06-04T11:15:00Z'],
    ['2026-12-11T00:00:00', 'America/St_Johns', '2026-12-11T03:30:00Z'],
    ['2026-12-11T00:00:00', 'Pacific/Kiritimati', '2026-12-10T10:00:00Z'],
    ['2026-12-11T00:00:00', 'Pacific/Pago_Pago', '2026-12-11T11:00:00Z'],
    ['2027-03-14T12:00:00', 'America/New_York', '2027-03-14T16:00:00Z'],
    ['2026-11-01T12:00:00', 'America/New_York', '2026-11-01T17:00:00Z'],
    ['2023-03-06', 'America/New_York', '2023-03-06T05:00:00Z'],
    ['2023-03-06T14:00', 'Asia/Dubai', '2023-03-06T10:00:00Z'],
  ];
  for (const [wall, zone, utc] of cases) assert.equal(toInstant(wall, zone), Date.parse(utc), `${wall} in ${zone}`);
});

test('local means the zone of the machine that reads it', () => {
  assert.equal(toInstant('2026-12-11T00:00:00', 'local'), new Date(2026, 11, 11).getTime());
  assert.equal(toInstant('2026-12-11'), new Date(2026, 11, 11).getTime());
});

test('a string that is not a real date and time is NaN, never a rolled-over date (nor a year before 100 read as 19xx)', () => {
  for (const value of ['2026-02-30T00:00:00Z', '2026-02-29', '2026-13-01T00:00:00', '2026-12-11T24:00:00', '2026-12-11T10:60:00', '2026-12-11T10:00:60', '0050-01-01', 'soon', '', '11/12/2026']) {
    assert.ok(Number.isNaN(toInstant(value, 'UTC')), value);
  }
});

test('hasOffset tells instants from wall-clock times', () => {
  assert.equal(hasOffset('2026-12-11T00:00:00Z'), true);
  assert.equal(hasOffset('2026-12-11T00:00:00+05:45'), true);
  assert.equal(hasOffset('2026-12-11T00:00:00'), false);
  assert.equal(hasOffset('2026-12-11'), false);
});

test('zone offsets and their labels, including minutes and the minus sign', () => {
  const cases: [string, string, number, string][] = [
    ['Asia/Kathmandu', '2026-12-11T00:00:00Z', 5 * HOUR + 45 * MINUTE, 'UTC+5:45'],
    ['Pacific/Chatham', '2026-12-11T00:00:00Z', 13 * HOUR + 45 * MINUTE, 'UTC+13:45'],
    ['Pacific/Chatham', '2027-06-11T00:00:00Z', 12 * HOUR + 45 * MINUTE, 'UTC+12:45'],
    ['America/St_Johns', '2026-12-11T00:00:00Z', -(3 * HOUR + 30 * MINUTE), 'UTC\u22123:30'],
    ['Pacific/Kiritimati', '2026-12-11T00:00:00Z', 14 * HOUR, 'UTC+14'],
    ['Pacific/Pago_Pago', '2026-12-11T00:00:00Z', -11 * HOUR, 'UTC\u221211'],
    ['UTC', '2026-12-11T00:00:00Z', 0, 'UTC'],
  ];
  for (const [zone, at, offset, label] of cases) {
    assert.equal(zoneOffset(zone, Date.parse(at)), offset, zone);
    assert.equal(offsetLabel(offset), label, zone);
  }
});

test('wallClock is the inverse of toInstant in a zone', () => {
  assert.equal(wallClock(Date.parse('2026-12-10T18:15:00Z'), 'Asia/Kathmandu'), '2026-12-11T00:00:00');
  assert.equal(wallClock(Date.parse('2026-12-12T10:59:59Z'), 'Pacific/Pago_Pago'), '2026-12-11T23:59:59');
  assert.equal(wallClock(Date.parse('2026-12-11T12:00:00Z'), 'local'), wallClock(Date.parse('2026-12-11T12:00:00Z'), Intl.DateTimeFormat().resolvedOptions().timeZone));
});

test('isZone accepts IANA names and local, and refuses the rest', () => {
  assert.equal(isZone('Asia/Kathmandu'), true);
  assert.equal(isZone('local'), true);
  assert.equal(isZone('UTC'), true);
  assert.equal(isZone('Mars/Olympus_Mons'), false);
  assert.equal(isZone(''), false);
});

test('an offset asked for again is the same, in every zone, on both sides of a daylight-saving change', () => {
  // 2026-03-29 01:00 UTC: Europe/Rome moves from +1 to +2.
  const change = Date.UTC(2026, 2, 29, 1);
  for (let round = 0; round < 2; round++) {
    assert.equal(zoneOffset('Europe/Rome', change - 1), 3_600_000);
    assert.equal(zoneOffset('Europe/Rome', change), 7_200_000);
    assert.equal(zoneOffset('Asia/Kathmandu', change), 20_700_000);
  }
});
