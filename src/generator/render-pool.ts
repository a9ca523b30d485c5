/**
 * The build's campaigns rendered on the other cores: worker threads, each running `campaignFiles`
 * (`render-worker.ts`) on the campaigns it is sent, while the build's own thread reads the page cache and
 * writes. A campaign's files are the same bytes whichever thread renders them.
 *
 * The worker runs the same TypeScript as the build: under Vite's config loader the sources are `.ts`, so the
 * worker's entry is bundled first (rolldown, packages left to Node) into a temporary folder under
 * `node_modules/.cache/`, removed when the build ends (or by a build a day later, if it was killed); compiled
 * (the tests), it is the `.js` beside this file.
 */
import { availableParallelism } from 'node:os';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Campaign } from '../campaign/model.js';
import type { OutputFile } from './pages/page.js';
import type { RenderContext } from './campaign-files.js';
import type { RenderAnswer, RenderRequest } from './render-worker.js';

const FOLDER_PREFIX = 'summit-render-';

/** A day: no build runs that long, so a bundle folder this old was left by a build that was killed. */
const LEFT_FOR = 24 * 3600 * 1000;

/** Removes the bundle folders of builds killed before they could (each build removes its own). */
async function removeLeftovers(cache: string): Promise<void> {
  const before = Date.now() - LEFT_FOR;
  for (const name of await readdir(cache)) {
    if (!name.startsWith(FOLDER_PREFIX)) continue;
    const folder = path.join(cache, name);
    const { mtimeMs } = await stat(folder).catch(() => ({ mtimeMs: Infinity }));
    if (mtimeMs < before) await rm(folder, { recursive: true, force: true });
  }
}

type Job = { request: RenderRequest; resolve: (files: OutputFile[]) => void; reject: (error: Error) => void };

export class RenderPool {
  readonly size: number;
  readonly #workers: Worker[];
  readonly #folder: string | undefined;
  readonly #queue: Job[] = [];
  readonly #busy = new Map<Worker, Job>();
  #failure: Error | undefined;

  private constructor(entry: string, folder: string | undefined, size: number) {
    this.size = size;
    this.#folder = folder;
    this.#workers = Array.from({ length: size }, () => {
      const worker = new Worker(entry);
      worker.on('message', (answer: RenderAnswer) => this.#answered(worker, answer));
      worker.on('error', (error) => this.#fail(error));
      worker.on('exit', (code) => this.#fail(new Error(`a render worker stopped (exit code ${code})`)));
      return worker;
    });
  }

  /**
   * Starts `size` workers; `close` ends them. By default one per core but one: the build's own thread reads the
   * page cache and writes what the workers render (on 2 cores a second worker was within the noise, for 0.1 GB
   * more memory).
   */
  static async start(size = Math.max(1, availableParallelism() - 1)): Promise<RenderPool> {
    const here = fileURLToPath(import.meta.url);
    if (!here.endsWith('.ts')) return new RenderPool(path.join(path.dirname(here), 'render-worker.js'), undefined, size);
    // Inside the project, where Node finds the packages the bundle leaves to it.
    const cache = path.resolve(path.dirname(here), '..', '..', 'node_modules', '.cache');
    await mkdir(cache, { recursive: true });
    await removeLeftovers(cache);
    const folder = await mkdtemp(path.join(cache, FOLDER_PREFIX));
    try {
      const { rolldown } = await import('rolldown');
      const bundle = await rolldown({
        input: path.join(path.dirname(here), 'render-worker.ts'),
        platform: 'node',
        // Packages are Node's to load, as they are for the build itself.
        external: (id) => !id.startsWith('.') && !path.isAbsolute(id),
        logLevel: 'silent',
      });
      await bundle.write({ dir: folder, format: 'es', entryFileNames: 'render-worker.mjs', codeSplitting: false });
      await bundle.close();
    } catch (error) {
      await rm(folder, { recursive: true, force: true });
      throw error;
    }
    return new RenderPool(path.join(folder, 'render-worker.mjs'), folder, size);
  }

  /** A campaign's files (`campaignFiles`), rendered by the next free worker. */
  render(campaign: Campaign, context: RenderContext): Promise<OutputFile[]> {
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#queue.push({ request: { campaign, context }, resolve, reject });
      this.#next();
    });
  }

  /** Ends the workers and removes the bundled entry. */
  async close(): Promise<void> {
    this.#failure ??= new Error('the render pool is closed');
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
    if (this.#folder) await rm(this.#folder, { recursive: true, force: true });
  }

  #next(): void {
    for (const worker of this.#workers) {
      if (this.#busy.has(worker)) continue;
      const job = this.#queue.shift();
      if (!job) return;
      this.#busy.set(worker, job);
      worker.postMessage(job.request);
    }
  }

  #answered(worker: Worker, answer: RenderAnswer): void {
    const job = this.#busy.get(worker);
    this.#busy.delete(worker);
    if ('error' in answer) job?.reject(new Error(answer.error));
    else job?.resolve(answer.files);
    this.#next();
  }

  /** A worker that crashed or stopped fails what it and the queue hold, and every later render. */
  #fail(error: Error): void {
    if (this.#failure) return;
    this.#failure = error;
    for (const job of [...this.#busy.values(), ...this.#queue.splice(0)]) job.reject(error);
    this.#busy.clear();
  }
}
