/**
 * A rebuild skips the campaigns that did not change. A campaign's files (its pages in every locale, past
 * editions, embed kit pages, campaign.json, calendars and feeds) follow from the campaign, the site's
 * settings, the built scripts' names, its calendar events' SEQUENCE, Summit's own code, and where the build's
 * instant falls in the campaign's schedule: its moment (occurrence, state, sessions, and when any of them next
 * changes). Between two changes of the moment the files stay the same, but for each calendar's DTSTAMP, which
 * is the build's date.
 *
 * So a build records, under the hash of all of that, each file it wrote and the digest of its text, in
 * `node_modules/.cache/summit-pages/` (or `SUMMIT_PAGE_CACHE`). A later build with the same hash reads the files
 * from the output folder it is about to replace, the last good build, checks each against its digest, and
 * writes them again (calendars with its own DTSTAMP) instead of rendering them. A missing or altered file, or
 * a record that cannot be read, and the campaign is rendered: a record says what to look for, never what to
 * trust.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OutputFile } from './pages/page.js';
import { writeAtomically } from './output.js';

/** Bumped when what a record holds changes, so records of the old shape are never read. */
const RECORD_VERSION = 1;

/** Records not used for this long are removed after a build. */
const UNUSED_FOR = 30 * 24 * 3600 * 1000;

/** A calendar's DTSTAMP line, the one line of a campaign's files that follows the build's instant itself. */
const DTSTAMP = /^DTSTAMP:\d{8}T\d{6}Z(?=\r$)/gm;

/** Where the records are kept: `SUMMIT_PAGE_CACHE`, else `node_modules/.cache/summit-pages` below the folder the build runs in. */
export function pageCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.SUMMIT_PAGE_CACHE || path.join('node_modules', '.cache', 'summit-pages'));
}

/** The regular files below `dir`, as paths relative to it, in order. */
export async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name))).sort();
}

/**
 * A digest of Summit's own code: every file below `src/` (the generator, components, messages) and the lock
 * file that pins Lit and the other libraries that write the pages. Any change to them renders every campaign.
 */
export async function codeDigest(): Promise<string> {
  const src = fileURLToPath(new URL('..', import.meta.url));
  const hash = createHash('sha256');
  const files = (await filesBelow(src)).map((file) => path.join(src, file));
  for (const file of [...files, path.join(src, '..', 'package-lock.json')]) {
    const bytes = await readFile(file).catch(() => undefined);
    hash.update(`${path.relative(src, file)}\0${bytes?.length ?? -1}\0`);
    if (bytes) hash.update(bytes);
  }
  return hash.digest('hex');
}

/** The calendar stamp ical-generator writes for `now`: UTC, to the second (`20261201T120000Z`). */
function icsStamp(now: number): string {
  return new Date(now).toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '');
}

/** The digest of a file's text; a calendar's DTSTAMP is left out, since every build writes its own. */
function digestOf(file: string, content: string): string {
  const stable = file.endsWith('.ics') ? content.replace(DTSTAMP, 'DTSTAMP:') : content;
  return createHash('sha256').update(stable).digest('base64url');
}

interface CacheRecord {
  version: number;
  files: { file: string; digest: string }[];
}

function isRecord(value: unknown): value is CacheRecord {
  const record = value as CacheRecord | undefined;
  return record?.version === RECORD_VERSION && Array.isArray(record.files) && record.files.every((f) => typeof f?.file === 'string' && typeof f.digest === 'string');
}

/** One build's view of the cache: it reuses files of `outDir` and writes records for `now`. */
export class PageCache {
  /** Campaigns whose files this build reused. */
  reused = 0;
  readonly #dir: string;
  readonly #outDir: string;
  readonly #code: string;
  readonly #stamp: string;

  constructor(options: { dir: string; outDir: string; code: string; now: number }) {
    this.#dir = options.dir;
    this.#outDir = options.outDir;
    this.#code = options.code;
    this.#stamp = icsStamp(options.now);
  }

  /** The key of a campaign's files: everything they follow from, as JSON (see the top of this file). */
  key(inputs: unknown): string {
    return createHash('sha256').update(JSON.stringify([RECORD_VERSION, this.#code, inputs])).digest('hex');
  }

  #recordPath(key: string): string {
    return path.join(this.#dir, key.slice(0, 2), `${key}.json`);
  }

  /**
   * Whether `files` may find the files under `key`: a build recorded them, and there is a last output to read
   * them from. It still checks them. (How many campaigns are left to render decides whether to start workers.)
   */
  has(key: string): boolean {
    return existsSync(this.#outDir) && existsSync(this.#recordPath(key));
  }

  /** The files recorded under `key`, read from the last build's output, or undefined when any is missing or differs. */
  async files(key: string): Promise<OutputFile[] | undefined> {
    const record = this.#recordPath(key);
    const parsed: unknown = await readFile(record, 'utf8').then(JSON.parse, () => undefined);
    if (!isRecord(parsed)) return undefined;
    const outDir = path.resolve(this.#outDir);
    const files = await Promise.all(parsed.files.map(async ({ file, digest }) => {
      const target = path.resolve(outDir, file);
      // A record names files below the output folder, never anywhere else.
      if (!target.startsWith(`${outDir}${path.sep}`)) return undefined;
      // Read at once, as writeOutput does (see sameBytes there): quicker than the thread pool for small files.
      let content: string | undefined;
      try {
        content = readFileSync(target, 'utf8');
      } catch {
        content = undefined;
      }
      if (content === undefined || digestOf(file, content) !== digest) return undefined;
      // A calendar carries the build's stamp; every other file is the last build's, as it is.
      return file.endsWith('.ics') ? { file, content: content.replace(DTSTAMP, `DTSTAMP:${this.#stamp}`) } : { file, content, unchanged: true as const };
    }));
    if (files.some((file) => file === undefined)) return undefined;
    // Used now: pruning goes by when a record was last used.
    const touched = new Date();
    await utimes(record, touched, touched).catch(() => undefined);
    this.reused += 1;
    return files as OutputFile[];
  }

  /** Records the files a campaign's render wrote under `key`. */
  async remember(key: string, files: OutputFile[]): Promise<void> {
    const record: CacheRecord = { version: RECORD_VERSION, files: files.map(({ file, content }) => ({ file, digest: digestOf(file, content) })) };
    const target = this.#recordPath(key);
    await mkdir(path.dirname(target), { recursive: true });
    await writeAtomically(target, JSON.stringify(record));
  }

  /** Removes what no build has used for 30 days: records, and temporary files of killed builds. */
  async prune(): Promise<void> {
    const entries = await readdir(this.#dir, { recursive: true, withFileTypes: true }).catch(() => []);
    const oldest = Date.now() - UNUSED_FOR;
    await Promise.all(entries.filter((entry) => entry.isFile()).map(async (entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: Infinity }));
      if (mtimeMs < oldest) await rm(file, { force: true });
    }));
  }
}
