/**
 * How a build replaces its output folder (`dist/`) so that the folder is always one complete build:
 *
 * - One build at a time per output folder. `dist.lock`, created atomically beside it, holds the builder's pid,
 *   machine and start time. A second build waits for it (bounded), then stops with a message naming the holder. A lock
 *   whose pid no longer runs (a killed build) is taken over with a one-line notice.
 * - Each build writes into its own staging folder beside the output (`dist.staging-<pid>`), on the
 *   same filesystem, so the final rename is atomic and two builds never share files.
 * - The build that holds the lock first clears what killed builds left: staging folders, and the previous
 *   build kept during a swap (put back as `dist/` if the kill came between the two renames).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, renameSync } from 'node:fs';
import { link, mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** The files a build keeps beside `outDir` while it runs. */
export interface OutputPaths {
  /** This build's own staging folder: `dist.staging-<pid>`. */
  staging: string;
  /** The build being replaced, kept between the two renames of a swap: `dist.previous`. */
  previous: string;
  /** `dist.lock`: which build is writing the output. */
  lock: string;
}

const STAGING = '.staging';
const PREVIOUS = '.previous';
const LOCK = '.lock';
/** How often a waiting build looks at the lock again, in milliseconds. */
const POLL_MS = 200;
/**
 * An unreadable lock (a build killed between creating the file and writing its pid) counts as left over once
 * it is this old, in milliseconds; younger, its builder may still be writing it.
 */
const UNREADABLE_LOCK_MS = 5_000;

/**
 * The paths of this process's build into `outDir`. The staging folder is named by the pid alone: Vite loads the
 * config again for each environment, and both must write into one folder.
 */
export function outputPaths(outDir: string): OutputPaths {
  return {
    staging: `${outDir}${STAGING}-${process.pid}`,
    previous: `${outDir}${PREVIOUS}`,
    lock: `${outDir}${LOCK}`,
  };
}

/**
 * What follows the output folder's name in the names of build files: `.lock` (and `.lock-<pid>-<random>`, a
 * lock being taken over), `.staging-<pid>`, `.staging` (the one folder of earlier versions), `.previous`.
 */
const BUILD_FILE_SUFFIX = /^\.(?:lock(?:-\d+-[0-9a-f]{8})?|staging(?:-\d+)?|previous)$/;

/**
 * Whether a path is, or is inside, one of the files builds keep beside `outDir` (the lock, a staging folder,
 * the previous build), for the dev server's watcher to ignore and the next build to clear.
 */
export function isBuildFile(outDir: string, file: string): boolean {
  const base = path.basename(outDir);
  const [first] = path.relative(path.dirname(outDir), file).split(path.sep);
  return first.startsWith(base) && BUILD_FILE_SUFFIX.test(first.slice(base.length));
}

/** Who holds a lock: their pid (unknown if the file could not be read), on which machine, and when they started. */
interface Holder {
  pid?: number;
  host?: string;
  started: string;
}

/** A build that stopped because another one kept the output folder past the wait. */
class OutputBusy extends Error {
  constructor(shown: string) {
    super(`another build kept ${shown}/; nothing was written`);
    this.name = 'Summit';
    this.stack = `${this.name}: ${this.message}`;
  }
}

export interface LockOptions {
  /** The output folder as the build's messages show it, without the trailing slash: `dist`. */
  shown: string;
  /** How long to wait for another build, in seconds. */
  wait: number;
  /** Prints one notice line (waiting, taking over a lock). */
  notice: (line: string) => void;
}

/**
 * Takes the output folder's lock, waiting up to `wait` seconds for a running build to finish, and taking over a
 * lock its build left when it died. Resolves to the function that releases it; rejects with OutputBusy (after
 * printing who holds it) when the wait runs out.
 */
export async function lockOutput(paths: OutputPaths, { shown, wait, notice }: LockOptions): Promise<() => Promise<void>> {
  const mine: Holder = { pid: process.pid, host: os.hostname(), started: new Date().toISOString() };
  const deadline = Date.now() + wait * 1000;
  await mkdir(path.dirname(paths.lock), { recursive: true });
  let waiting = false;
  for (;;) {
    if (await create(paths.lock, mine)) return () => release(paths.lock, mine);
    const holder = await readHolder(paths.lock);
    if (!holder) continue;
    if (!(await running(paths.lock, holder))) {
      if (await takeOver(paths.lock, holder)) notice(`summit: took over ${shown}${LOCK}, left by a build that is no longer running (${describe(holder)})`);
      continue;
    }
    const busy = `summit: another build is writing ${shown}/ (${describe(holder)})`;
    if (Date.now() >= deadline) {
      notice(`${busy}; wait for it or stop it`);
      throw new OutputBusy(shown);
    }
    if (!waiting) notice(`${busy}; waiting up to ${wait} s`);
    waiting = true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function describe(holder: Holder): string {
  const elsewhere = holder.host !== undefined && holder.host !== os.hostname() ? ` on ${holder.host}` : '';
  return `pid ${holder.pid ?? 'unknown'}${elsewhere}, started ${holder.started}`;
}

/** Creates the lock file if there is none (`wx`: atomic); false if another build has it. */
async function create(lock: string, holder: Holder): Promise<boolean> {
  try {
    const file = await open(lock, 'wx');
    try {
      await file.writeFile(`${JSON.stringify(holder)}\n`);
    } finally {
      await file.close();
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** The holder written in a lock file, or undefined when the file is gone. */
async function readHolder(lock: string): Promise<Holder | undefined> {
  const [text, info] = await Promise.all([readFile(lock, 'utf8'), stat(lock)]).catch(() => [undefined, undefined]);
  if (text === undefined || !info) return undefined;
  try {
    const { pid, host, started } = JSON.parse(text) as Holder;
    if (Number.isInteger(pid) && typeof started === 'string') return { pid, host: typeof host === 'string' ? host : undefined, started };
  } catch {
    // Half-written: judged by its age below.
  }
  return { started: info.mtime.toISOString() };
}

/** Whether the build named in a lock may still be running. */
async function running(lock: string, holder: Holder): Promise<boolean> {
  if (holder.pid === undefined) {
    const info = await stat(lock).catch(() => undefined);
    return info !== undefined && Date.now() - info.mtimeMs < UNREADABLE_LOCK_MS;
  }
  // A build on another machine sharing the folder: its pid cannot be checked from here.
  if (holder.host !== undefined && holder.host !== os.hostname()) return true;
  // Our own pid in a lock we have not taken: a killed build's, in a container that gives out the same pids.
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes a lock judged left over, unless another build replaced it meanwhile: the lock is moved aside first
 * (atomic), and put back if it is not the one judged. True if the left-over lock was removed.
 */
async function takeOver(lock: string, judged: Holder): Promise<boolean> {
  const aside = `${lock}-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await rename(lock, aside);
  } catch {
    return false;
  }
  const moved = await readHolder(aside);
  // An unreadable lock's start is its file's time, which a rename keeps.
  const same = moved?.pid === judged.pid && moved?.started === judged.started;
  if (!same) await link(aside, lock).catch(() => undefined);
  await rm(aside, { force: true });
  return same;
}

async function release(lock: string, mine: Holder): Promise<void> {
  const holder = await readHolder(lock);
  if (holder?.pid === mine.pid && holder?.started === mine.started) await rm(lock, { force: true });
}

/**
 * Clears what killed builds left beside `outDir`; call it holding the lock, so no other build is running.
 * A build killed between the two renames of its swap left no `dist/` and a complete `dist.previous/`: that is
 * put back, with a notice.
 */
export async function clearLeftovers(outDir: string, paths: OutputPaths, { shown, notice }: Omit<LockOptions, 'wait'>): Promise<void> {
  if (!existsSync(outDir) && existsSync(paths.previous)) {
    await rename(paths.previous, outDir);
    notice(`summit: put back ${shown}/ from ${shown}${PREVIOUS}/, left by a build stopped while it replaced it`);
  }
  // Not the lock files: a build taking over a dead build's lock may have one moved aside right now.
  for (const name of await readdir(path.dirname(outDir))) {
    const full = path.join(path.dirname(outDir), name);
    if (isBuildFile(outDir, full) && !name.startsWith(path.basename(paths.lock))) await rm(full, { recursive: true, force: true });
  }
}

/**
 * Replaces `outDir` with `staging`. The two renames run back to back, synchronously, so the output folder is
 * missing only between two system calls; a reader in that instant finds no folder, and a build killed in it
 * leaves `dist.previous/` for the next build to put back (`clearLeftovers`).
 */
export async function swapInto(staging: string, outDir: string, previous: string): Promise<void> {
  await rm(previous, { recursive: true, force: true });
  const hadOutput = existsSync(outDir);
  if (hadOutput) renameSync(outDir, previous);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (hadOutput) renameSync(previous, outDir);
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
}

/**
 * Writes `content` to `file` below `dir`, or, where the output this build replaces (`kept`) has that file with
 * the same bytes, links that file there instead. A file that did not change is then neither written again nor
 * freed when the old output is removed: on a rebuild, most of what the disk did. It also keeps its time of
 * change, so a deploy that compares times uploads only what changed. Only a regular file with no other link
 * is linked, and only for as long as the old output lasts (`swapInto` removes it); anything else, or a link
 * the file system refuses, is written.
 */
export async function writeOutput(dir: string, file: string, content: string | Uint8Array, kept?: string, checked = false): Promise<void> {
  const target = path.join(dir, file);
  if (kept === undefined) return writeFile(target, content);
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  const old = path.join(kept, file);
  if (sameBytes(old, bytes, checked) && (await link(old, target).then(() => true, () => false))) return;
  await writeFile(target, bytes);
}

/**
 * Whether `file` is a regular file, linked nowhere else, holding exactly `bytes`; `checked` says its bytes
 * were read and compared already (the page cache's reuse), so only what it is and its size are looked at.
 * Read at once rather than through the thread pool: the last output's files are small and usually in memory,
 * and the four round trips of each asynchronous read cost a rebuild of a thousand pages 0.5–1 s of its 6 (with
 * the page cache's reads, made the same way).
 */
function sameBytes(file: string, bytes: Uint8Array, checked: boolean): boolean {
  const info = lstatSync(file, { throwIfNoEntry: false });
  if (!info?.isFile() || info.nlink !== 1 || info.size !== bytes.byteLength) return false;
  try {
    return checked || readFileSync(file).equals(bytes);
  } catch {
    return false;
  }
}

let writes = 0;

/**
 * Writes through a temporary file and a rename, so that builds sharing a cache (encoded images, page records)
 * never read half a file.
 */
export async function writeAtomically(file: string, content: string | Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}.${++writes}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, file);
}
