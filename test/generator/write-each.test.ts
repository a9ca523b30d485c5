import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeEach } from '../../src/generator/site.js';

/** A promise the test settles by hand. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** Lets every pending callback run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** A build's batches, logging when each is asked for; `fail` throws instead of making that batch. */
async function* batches(log: string[], count: number, fail?: number): AsyncGenerator<number> {
  for (let i = 1; i <= count; i++) {
    log.push(`make ${i}`);
    if (i === fail) throw new Error(`batch ${i} failed`);
    yield i;
  }
}

/** Writes that wait for the test: `finish(i)` or `fail(i)` ends the write of batch i. */
function writes(log: string[]) {
  const pending = new Map<number, ReturnType<typeof deferred>>();
  return {
    write: (batch: number) => {
      log.push(`write ${batch}`);
      const done = deferred();
      pending.set(batch, done);
      return done.promise.then(() => void log.push(`written ${batch}`));
    },
    finish: (batch: number) => pending.get(batch)!.resolve(),
    fail: (batch: number) => pending.get(batch)!.reject(new Error(`write ${batch} failed`)),
  };
}

test('the next batch is made while one is written, and a third waits until the first is written', async () => {
  const log: string[] = [];
  const disk = writes(log);
  const done = writeEach(batches(log, 3), disk.write);
  await settle();
  assert.deepEqual(log, ['make 1', 'write 1', 'make 2'], 'batch 2 is made while batch 1 is written, and waits');
  disk.finish(1);
  await settle();
  assert.deepEqual(log.slice(3), ['written 1', 'write 2', 'make 3']);
  disk.finish(2);
  await settle();
  disk.finish(3);
  await done;
  assert.deepEqual(log.slice(6), ['written 2', 'write 3', 'written 3']);
});

test('a write that fails fails the whole, and no batch is written or made after it', async () => {
  const log: string[] = [];
  const disk = writes(log);
  const done = writeEach(batches(log, 4), disk.write);
  await settle();
  disk.fail(1);
  await assert.rejects(done, /write 1 failed/);
  assert.deepEqual(log, ['make 1', 'write 1', 'make 2']);
});

test('a batch that fails to be made fails the whole only once the write under way has ended', async () => {
  const log: string[] = [];
  const disk = writes(log);
  let ended = false;
  const done = writeEach(batches(log, 3, 2), disk.write).finally(() => void (ended = true));
  await settle();
  assert.deepEqual(log, ['make 1', 'write 1', 'make 2']);
  assert.equal(ended, false, 'the folder is not given up while batch 1 is still being written');
  disk.finish(1);
  await assert.rejects(done, /batch 2 failed/);
  assert.deepEqual(log, ['make 1', 'write 1', 'make 2', 'written 1']);
});
