/**
 * The browser scripts (the page script, the embed kit's, the partner entries and the chunks they load) follow
 * from Summit's code, the project's build settings and public files, and never from the campaigns. So a build
 * that bundles records what the bundler wrote, each file with its digest, under the hash of all of that, in
 * `bundles/` of the page cache's folder (see page-cache.ts). A later build with the same hash copies those files
 * into its staging folder instead of bundling again, once each has matched its digest: a missing or altered
 * file, or a record that cannot be read, and it bundles.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from 'vite';
import type { PageAssets } from './pages/page.js';
import { filesBelow } from './page-cache.js';

/** Bumped when what a record holds changes, so records of the old shape are never read. */
const RECORD_VERSION = 1;
const RECORD = 'bundle.json';
const FILES = 'files';
/**
 * Bundles kept, the one just recorded among them: the last used, enough to switch between a few versions of the
 * code, while every edit of Summit's code makes a new one (about 0.5 MB).
 */
const KEPT = 4;
const ENTRY = /^[0-9a-f]{64}$/;
/** A record a build was writing (`<key>.<pid>.tmp`); one older than an hour was left by a killed build. */
const UNFINISHED = /^[0-9a-f]{64}\.\d+\.tmp$/;
const UNFINISHED_FOR = 3600 * 1000;

/** What the pages need to know of the bundler's output, besides its files. */
export interface Bundle {
  /** The page script and the embed kit's script, from the site root. */
  script: string;
  kit: string;
  /** What the page script loads, for the pages to preload. */
  preload: NonNullable<PageAssets['preload']>;
}

interface BundleRecord {
  version: number;
  bundle: Bundle;
  files: { file: string; digest: string }[];
}

function isRecord(value: unknown): value is BundleRecord {
  const record = value as BundleRecord | undefined;
  return record?.version === RECORD_VERSION
    && typeof record.bundle?.script === 'string'
    && typeof record.bundle.kit === 'string'
    && Array.isArray(record.bundle.preload?.modules)
    && Array.isArray(record.files)
    && record.files.every((f) => typeof f?.file === 'string' && typeof f.digest === 'string');
}

const digestOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('base64url');

/** The project's files that bundling reads besides the sources: the settings of TypeScript and of the package. */
const SETTINGS = ['tsconfig.json', 'package.json'];

/**
 * Everything the bundler's output follows from, as JSON: Summit's code (`code`, see codeDigest), the config
 * file and every module it imports, the TypeScript and package settings, the public files, and the resolved
 * options of each build environment. The staging folder the bundler writes into is left out: it differs from
 * build to build, and the scripts reach one another by relative paths.
 */
export async function bundleInputs(config: ResolvedConfig, code: string): Promise<unknown> {
  const digestOfFile = async (file: string) => [path.relative(config.root, file), await readFile(file).then(digestOf, () => null)];
  const project = [...new Set([config.configFile, ...config.configFileDependencies, ...SETTINGS.map((file) => path.resolve(config.root, file))])]
    .filter((file): file is string => Boolean(file))
    .sort();
  const publicFiles = config.publicDir ? await filesBelow(config.publicDir).catch(() => []) : [];
  const environments = Object.entries(config.environments).map(([name, environment]) => {
    const build = { ...environment.build, outDir: undefined };
    return { name, define: environment.define, resolve: environment.resolve, build, plugins: environment.plugins.map((plugin) => plugin.name) };
  });
  return {
    code,
    project: await Promise.all(project.map(digestOfFile)),
    public: await Promise.all(publicFiles.map((file) => digestOfFile(path.join(config.publicDir, file)))),
    mode: config.mode,
    base: config.base,
    env: config.env,
    // Functions (plugin hooks, options given as functions) by their source; an object met again by its place.
    environments: JSON.stringify(environments, replacer()),
  };
}

function replacer(): (key: string, value: unknown) => unknown {
  const seen = new WeakSet<object>();
  return (_key, value) => {
    if (typeof value === 'function') return `function ${String(value)}`;
    if (value instanceof RegExp) return `regexp ${String(value)}`;
    if (value && typeof value === 'object') {
      if (seen.has(value)) return 'seen';
      seen.add(value);
    }
    return value;
  };
}

/** One build's bundle, by the hash of what it follows from. */
export class BundleCache {
  readonly #dir: string;

  /** `inputs`: everything the bundler's output follows from, as JSON. */
  constructor(cacheDir: string, inputs: unknown) {
    const key = createHash('sha256').update(JSON.stringify([RECORD_VERSION, inputs])).digest('hex');
    this.#dir = path.join(cacheDir, 'bundles', key);
  }

  /** Writes the recorded files into `staging` and returns the bundle, or undefined when any is missing or differs. */
  async restore(staging: string): Promise<Bundle | undefined> {
    const recordFile = path.join(this.#dir, RECORD);
    const record: unknown = await readFile(recordFile, 'utf8').then(JSON.parse, () => undefined);
    if (!isRecord(record)) return undefined;
    const root = path.join(this.#dir, FILES);
    const files = await Promise.all(record.files.map(async ({ file, digest }) => {
      const source = path.resolve(root, file);
      // A record names files below its own folder, never anywhere else.
      if (!source.startsWith(`${root}${path.sep}`)) return undefined;
      const bytes = await readFile(source).catch(() => undefined);
      return bytes && digestOf(bytes) === digest ? { file, bytes } : undefined;
    }));
    if (files.some((file) => file === undefined)) return undefined;
    for (const { file, bytes } of files as { file: string; bytes: Buffer }[]) {
      await mkdir(path.dirname(path.join(staging, file)), { recursive: true });
      await writeFile(path.join(staging, file), bytes);
    }
    // Used now: pruning goes by when a file was last used.
    const touched = new Date();
    await Promise.all([recordFile, ...record.files.map(({ file }) => path.join(root, file))].map((file) => utimes(file, touched, touched).catch(() => undefined)));
    return record.bundle;
  }

  /**
   * Records every file of `staging` (where the bundler has just written, and nothing else yet) as `bundle`'s.
   * The record appears whole or not at all, and replaces one that could not be restored.
   */
  async remember(staging: string, bundle: Bundle): Promise<void> {
    const temporary = `${this.#dir}.${process.pid}.tmp`;
    await rm(temporary, { recursive: true, force: true });
    await mkdir(temporary, { recursive: true });
    const files: BundleRecord['files'] = [];
    for (const file of await filesBelow(staging)) {
      const bytes = await readFile(path.join(staging, file));
      await mkdir(path.dirname(path.join(temporary, FILES, file)), { recursive: true });
      await writeFile(path.join(temporary, FILES, file), bytes);
      files.push({ file, digest: digestOf(bytes) });
    }
    const record: BundleRecord = { version: RECORD_VERSION, bundle, files };
    await writeFile(path.join(temporary, RECORD), JSON.stringify(record));
    await rm(this.#dir, { recursive: true, force: true });
    // Another build may have recorded the same bundle meanwhile: its record is as good as this one.
    await rename(temporary, this.#dir).catch(() => rm(temporary, { recursive: true, force: true }));
    await this.#keepLastUsed();
  }

  /**
   * Removes all but the `KEPT` bundles used last (restore touches a record when it uses it), and what killed
   * builds left half written.
   */
  async #keepLastUsed(): Promise<void> {
    const root = path.dirname(this.#dir);
    const folders = (await readdir(root, { withFileTypes: true })).filter((entry) => entry.isDirectory());
    await Promise.all(folders.filter((entry) => UNFINISHED.test(entry.name)).map(async (entry) => {
      const dir = path.join(root, entry.name);
      const { mtimeMs } = await stat(dir).catch(() => ({ mtimeMs: Infinity }));
      if (Date.now() - mtimeMs > UNFINISHED_FOR) await rm(dir, { recursive: true, force: true });
    }));
    const entries = folders.filter((entry) => ENTRY.test(entry.name));
    const used = await Promise.all(entries.map(async (entry) => {
      const dir = path.join(root, entry.name);
      return { dir, at: dir === this.#dir ? Infinity : ((await stat(path.join(dir, RECORD)).catch(() => undefined))?.mtimeMs ?? 0) };
    }));
    used.sort((a, b) => b.at - a.at);
    await Promise.all(used.slice(KEPT).map(({ dir }) => rm(dir, { recursive: true, force: true })));
  }
}
