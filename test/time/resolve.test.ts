import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkZone, resolveDateTime } from '../../src/time/resolve.js';
import { inYear } from '../../src/time/recurrence.js';
import { spanInstants } from '../../src/time/span.js';
import { stateAt } from '../../src/time/lifecycle.js';

test('wall-clock times resolve to the right instant, written with the offset of their zone, in zones of every kind of offset', () => {
  const cases: [string, string, string][] = [
    ['2023-12-11T14:00', 'Asia/Dubai', '2023-12-11T10:00:00Z'],
    ['2023-12-13T14:30', 'Europe/Rome', '2023-12-13T13:30:00Z'],
    ['2026-12-11T00:00', 'Asia/Kathmandu', '2026-12-10T18:15:00Z'], // +5:45
    ['2026-12-11T00:00', 'Pacific/Chatham', '2026-12-10T10:15:00Z'], // +13:45 in southern summer
    ['2026-07-11T00:00', 'Pacific/Chatham', '2026-07-10T11:15:00Z'], // +12:45 in winter
    ['2026-12-11T00:00', 'America/St_Johns', '2026-12-11T03:30:00Z'], // −3:30
    ['2026-12-11T00:00', 'Pacific/Kiritimati', '2026-12-10T10:00:00Z'], // +14
    ['2026-12-11T00:00', 'Pacific/Pago_Pago', '2026-12-11T11:00:00Z'], // −11
    ['2027-03-14T03:00', 'America/New_York', '2027-03-14T07:00:00Z'], // first hour after spring-forward
    ['2026-11-01T01:30-04:00', 'America/New_York', '2026-11-01T05:30:00Z'], // the first 01:30 on fall-back day
    ['2026-11-01T01:30-05:00', 'America/New_York', '2026-11-01T06:30:00Z'], // the second one
  ];
  for (const [wall, zone, instant] of cases) {
    const resolved = resolveDateTime(wall, zone);
    assert.ok(resolved.ok, `${wall} ${zone}`);
    assert.equal(Date.parse(resolved.value), Date.parse(instant), `${wall} ${zone}`);
    assert.equal(resolved.value.slice(0, 16), wall.slice(0, 16), `${wall} ${zone} keeps its wall-clock time`);
  }
});

test('times that daylight saving skips or repeats are refused with the fix, never shifted', () => {
  const gap = resolveDateTime('2027-03-14T02:30', 'America/New_York');
  assert.equal(gap.ok, false);
  assert.match(!gap.ok ? gap.problem : '', /does not exist in America\/New_York/);
  const overlap = resolveDateTime('2026-11-01T01:30', 'America/New_York');
  assert.match(!overlap.ok ? overlap.problem : '', /happens twice .* 2026-11-01T01:30-04:00 or 2026-11-01T01:30-05:00/);
  const wrongOffset = resolveDateTime('2026-11-01T01:30+01:00', 'America/New_York');
  assert.match(!wrongOffset.ok ? wrongOffset.problem : '', /is not one America\/New_York uses at that time \(it uses -04:00 or -05:00\)/);
});

test('floating local times stay wall-clock times and refuse offsets', () => {
  assert.deepEqual(resolveDateTime('2026-12-11T00:00', 'local'), { ok: true, value: '2026-12-11T00:00:00' });
  assert.equal(resolveDateTime('2026-12-11T00:00+01:00', 'local').ok, false);
});

test('zones must be IANA names; near misses, offsets and abbreviations get a suggestion', () => {
  assert.equal(checkZone('Asia/Kathmandu').ok, true);
  assert.equal(checkZone('local').ok, true);
  for (const [zone, hint] of [
    ['CST', /IANA/],
    // An offset: zones at it in January or July, one per region, none in Antarctica.
    ['UTC+3', /got "UTC\+3", an offset, .*such as one at UTC\+03:00 for part or all of the year: Africa\/Addis_Ababa, Asia\/\w+, Europe\/\w+/],
    ['GMT+1', /at UTC\+01:00 .*Europe\/\w+/],
    ['UTC+5:45', /at UTC\+05:45 for part or all of the year: Asia\/Kath?mandu$/],
    ['UTC+0', /write "UTC" for no offset at all/],
    // An abbreviation that names one zone in common use.
    ['EST', /got "EST", an abbreviation, .*did you mean "America\/New_York"\?/],
    ['cet', /did you mean "Europe\/Paris"\?/],
    ['america/new york', /did you mean "America\/New_York"/], ['Kathmandu', /did you mean "Asia\/Kath?mandu"/], ['Europe/Pariss', /did you mean "Europe\/Paris"/]] as const) {
    const result = checkZone(zone);
    assert.equal(result.ok, false, zone);
    assert.match(!result.ok ? result.problem : '', hint);
  }
});

test('a yearly date moves to other years; 29 February follows the leap-day rule', () => {
  assert.equal(inYear('2023-12-11', 2026), '2026-12-11');
  assert.equal(inYear('2023-12-11T14:00', 2030), '2030-12-11T14:00');
  assert.equal(inYear('2028-02-29', 2029, 'feb-28'), '2029-02-28');
  assert.equal(inYear('2028-02-29', 2029, 'mar-1'), '2029-03-01');
  assert.equal(inYear('2028-02-29', 2032, 'mar-1'), '2032-02-29');
  assert.equal(inYear('2028-02-29', 2100, 'mar-1'), '2100-03-01', '2100 is not a leap year');
});

test('a floating day has begun somewhere at the first midnight on Earth and is over only after the last', () => {
  const day = spanInstants({ start: '2026-12-11', end: '2026-12-12', timeZone: 'local', allDay: true });
  const cases: [string, boolean, boolean][] = [
    ['2026-12-10T09:59:59Z', false, false], // a second before midnight in Kiritimati (UTC+14)
    ['2026-12-10T10:00:00Z', true, false], // midnight in Kiritimati: the Day has begun
    ['2026-12-12T11:59:59Z', true, false], // still 11 December on Baker Island (UTC−12)
    ['2026-12-12T12:00:00Z', true, true], // over everywhere
  ];
  for (const [now, started, ended] of cases) {
    const state = stateAt(day, Date.parse(now));
    assert.equal(state !== 'upcoming', started, `started at ${now}`);
    assert.equal(state === 'ended', ended, `ended at ${now}`);
  }
});
