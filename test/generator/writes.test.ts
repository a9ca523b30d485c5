/**
 * How the build writes its output: one batch written while the next is made (`writeEach`), and a file the
 * last build wrote with the same bytes linked from it rather than written again (`writeOutput`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { link, lstat, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeEach } from '../../src/generator/site.js';
import { writeOutput } from '../../src/generator/output.js';
import { tempDir } from '../support/build.js';

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

/** An old output with `files`, and an empty staging folder beside it. */
async function outputs(name: string, files: Record<string, string>) {
  const root = await tempDir(name);
  const kept = path.join(root, 'dist');
  const staging = path.join(root, 'dist.staging');
  await mkdir(kept);
  await mkdir(staging);
  for (const [file, content] of Object.entries(files)) await writeFile(path.join(kept, file), content);
  return { root, kept, staging };
}

test('a file the last build wrote with the same bytes is linked, not written; any other is written', async () => {
  const { kept, staging } = await outputs('write-output', { 'same.html': '<p>same</p>', 'edited.html': '<p>old!</p>', 'shorter.html': '<p>longer</p>' });
  await writeOutput(staging, 'same.html', '<p>same</p>', kept);
  await writeOutput(staging, 'edited.html', '<p>new!</p>', kept);
  await writeOutput(staging, 'shorter.html', '<p>long</p>', kept);
  await writeOutput(staging, 'new.html', '<p>new</p>', kept);
  await writeOutput(staging, 'bytes.png', new Uint8Array([1, 2, 3]), kept);
  assert.equal((await lstat(path.join(staging, 'same.html'))).ino, (await lstat(path.join(kept, 'same.html'))).ino);
  for (const file of ['edited.html', 'shorter.html']) {
    assert.notEqual((await lstat(path.join(staging, file))).ino, (await lstat(path.join(kept, file))).ino, file);
  }
  assert.equal(await readFile(path.join(staging, 'edited.html'), 'utf8'), '<p>new!</p>');
  assert.equal(await readFile(path.join(kept, 'edited.html'), 'utf8'), '<p>old!</p>', 'the old output is left as it was');
  assert.equal(await readFile(path.join(staging, 'shorter.html'), 'utf8'), '<p>long</p>');
  assert.equal(await readFile(path.join(staging, 'new.html'), 'utf8'), '<p>new</p>');
  assert.deepEqual([...(await readFile(path.join(staging, 'bytes.png')))], [1, 2, 3]);
});

test('only a regular file with no other link is linked: a symbolic link, or a file linked elsewhere, is written anew', async () => {
  const { root, kept, staging } = await outputs('write-output-links', {});
  // The same bytes, but the old output's file is a symbolic link to a file outside it, or shares its inode with one.
  await writeFile(path.join(root, 'outside.html'), '<p>same</p>');
  await symlink(path.join(root, 'outside.html'), path.join(kept, 'symlinked.html'));
  await link(path.join(root, 'outside.html'), path.join(kept, 'hardlinked.html'));
  for (const file of ['symlinked.html', 'hardlinked.html']) {
    await writeOutput(staging, file, '<p>same</p>', kept);
    const written = await lstat(path.join(staging, file));
    assert.ok(written.isFile(), `${file} is a regular file`);
    assert.equal(written.nlink, 1, `${file} shares nothing with the file outside`);
    assert.notEqual(written.ino, (await lstat(path.join(root, 'outside.html'))).ino);
  }
});

test('bytes the page cache checked are linked after a look at the file alone; a file of another size is written', async () => {
  const { kept, staging } = await outputs('write-output-checked', { 'a.html': '<p>a</p>', 'b.html': '<p>b, edited since</p>' });
  await writeOutput(staging, 'a.html', '<p>a</p>', kept, true);
  await writeOutput(staging, 'b.html', '<p>b</p>', kept, true);
  assert.equal((await lstat(path.join(staging, 'a.html'))).ino, (await lstat(path.join(kept, 'a.html'))).ino);
  assert.equal(await readFile(path.join(staging, 'b.html'), 'utf8'), '<p>b</p>');
  assert.equal((await lstat(path.join(staging, 'b.html'))).nlink, 1);
});
