import { test } from 'node:test';
import assert from 'node:assert/strict';
import { remaining } from '../../src/time/countdown.js';
import { stateAt } from '../../src/time/lifecycle.js';

const T = Date.parse('2026-12-11T00:00:00Z');
const S = 1000;

test('remaining time is whole real units, never negative', () => {
  const cases: [string, number, [number, number, number, number]][] = [
    ['40 days away', T - 40 * 86_400 * S, [40, 0, 0, 0]],
    ['one second before', T - S, [0, 0, 0, 1]],
    ['half a second before rounds up, never shows zero early', T - 500, [0, 0, 0, 1]],
    ['exactly at the target', T, [0, 0, 0, 0]],
    ['one second after', T + S, [0, 0, 0, 0]],
    ['a mix of units', T - (2 * 86_400 + 3 * 3600 + 4 * 60 + 5) * S, [2, 3, 4, 5]],
  ];
  for (const [name, now, [days, hours, minutes, seconds]] of cases) {
    const left = remaining(T, now);
    assert.deepEqual([left.days, left.hours, left.minutes, left.seconds], [days, hours, minutes, seconds], name);
  }
});

test('the state is upcoming before the start, live from the start, ended from the end', () => {
  const end = T + 3600 * S;
  const span = { start: T, end };
  assert.equal(stateAt(span, T - S), 'upcoming');
  assert.equal(stateAt(span, T), 'live');
  assert.equal(stateAt(span, end - S), 'live');
  assert.equal(stateAt(span, end), 'ended');
});
