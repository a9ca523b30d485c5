import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildProgress, PROGRESS_AFTER_MS, PROGRESS_EVERY_MS } from '../../src/generator/progress.js';

/** A build's progress on a clock the test moves: the lines it prints at each step. */
function run(steps: [at: number, done: number][], total = 10): string[] {
  const lines: string[] = [];
  let now = 1000;
  const progress = buildProgress((line) => lines.push(line), 1000, () => now);
  for (const [at, done] of steps) {
    now = 1000 + at;
    progress.written(done, total, done * 7);
  }
  return lines;
}

test('a quick build prints no progress', () => {
  assert.deepEqual(run([[100, 1], [900, 5], [PROGRESS_AFTER_MS - 1, 9], [PROGRESS_AFTER_MS + 500, 10]]), []);
});

test('a long build says how far it is once its first seconds are over, then at most once per interval', () => {
  const after = PROGRESS_AFTER_MS;
  assert.deepEqual(run([[500, 1], [after, 2], [after + 10, 3], [after + PROGRESS_EVERY_MS - 1, 4], [after + PROGRESS_EVERY_MS, 5], [after + 3 * PROGRESS_EVERY_MS, 10]]), [
    `summit: 2 of 10 campaigns written (14 pages), ${(after / 1000).toFixed(1)} s`,
    `summit: 5 of 10 campaigns written (35 pages), ${((after + PROGRESS_EVERY_MS) / 1000).toFixed(1)} s`,
  ]);
});
