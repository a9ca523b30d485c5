/**
 * Summit's Vite plugin: thin hooks over the build functions.
 *
 * - `vite build` takes the output folder's lock, builds the page script, the all-in-one partner script and
 *   each partner element alone into its own staging folder, renders every page around them, then swaps the
 *   staging folder into place (see output.ts).
 * - `vite` (dev) renders pages on request from the current campaign files, reloads the open page when one
 *   is saved, and shows config errors in the page.
 */
import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { copyFile, lstat, readFile, readdir, rm, stat } from 'node:fs/promises';
import { createLogger, type Logger, type Plugin, type ResolvedConfig, type ViteBuilder, type ViteDevServer } from 'vite';
import type { OutputBundle, OutputChunk, RolldownOutput } from 'rolldown';
import { codeDigest, PageCache, pageCacheDir } from './page-cache.js';
import { BundleCache, bundleInputs, type Bundle } from './bundle-cache.js';
import { buildNow, CampaignErrors, cardImages, lockCalendars, loadOrThrow, publishCardImages, renderBatches, renderSite, staleReport, writeEach, writeFiles, type StaleReport } from './site.js';
import { clearLeftovers, isBuildFile, lockOutput, outputPaths, swapInto, type OutputPaths } from './output.js';
import { publishedFile, publishFiles, publishImages } from './assets.js';
import { CALENDAR_LOCK_FILE, readCalendarLock, staleLockErrors, writeCalendarLock, type LockUpdate } from './calendar-lock.js';
import type { PageAssets } from './pages/page.js';
import { PAGE_SCRIPTS, PARTNER_SCRIPTS, PINNED_ENTRIES, PINNED_NAME, STALE_REPORT_PATH, partnerScriptPath, pinnedScriptPath } from './paths.js';
import { escapeHtml } from '../campaign/text.js';
import { minifyCssTemplates } from './css.js';
import { RenderPool } from './render-pool.js';
import { LOCALE_MODULE, localeModuleFor, messageIdsFrom } from './messages.js';
import { counted, formatError, type ConfigError } from './errors.js';
import { LoadCache, megabytes } from './load.js';
import { buildProgress, type Progress } from './progress.js';
import { coverageTable } from '../campaign/coverage.js';
import type { Campaign } from '../campaign/model.js';

export interface SummitOptions {
  /** Folder of campaign folders, relative to the project root. Default `campaigns`. */
  campaigns?: string;
  /** How long a build waits for another build writing the same output folder, in seconds. Default 60. */
  lockWait?: number;
  /**
   * `update` (the default): a build records new and changed calendar events in the calendar lock.
   * `read-only`: it takes the SEQUENCEs from the lock and leaves the file as it is (`SUMMIT_CALENDAR_LOCK`),
   * for builds that must not touch the sources, such as tests of the shipped campaigns.
   */
  calendarLock?: 'update' | 'read-only';
}

/** `vite build --mode strict` also fails on warnings and untranslated text. */
const STRICT_MODE = 'strict';
const PAGE_ENTRY = 'src/page.ts';
const KIT_ENTRY = 'src/kit.ts';
/** Modules whose css`…` templates the build minifies. */
export const COMPONENT_STYLES = /\/src\/components\/.*(\.styles|\/tokens)\.ts$/;
/** The partner entries: the all-in-one script, and each element alone. */
const EMBED_ENTRIES = {
  summit: 'src/embed.ts',
  countdown: 'src/embed/countdown.ts',
  banner: 'src/embed/banner.ts',
  news: 'src/embed/news.ts',
  calendar: 'src/embed/calendar.ts',
};
type EmbedName = keyof typeof EMBED_ENTRIES;
/**
 * The build environment of a partner entry: `embed` for the all-in-one, `embed_countdown` … Each element alone
 * is its own build, so its entry is one file with nothing shared to fetch after it.
 */
const embedEnvironment = (name: EmbedName) => (name === 'summit' ? 'embed' : `embed_${name}`);
const FAVICON = 'favicon.ico';
/**
 * Vite wraps every dynamic import of a browser script in its preload helper, even with `modulePreload` off,
 * and, with one config for every environment, in the partner entries too. Summit's pages link what their
 * script loads themselves, and no script imports a stylesheet (components carry their styles), so the
 * helper only has to call the import: `module` is the helper, `inline` the same function written into each
 * script that imports it.
 */
const PRELOAD_HELPER = '\0vite/preload-helper.js';
const PRELOAD_STAND_IN = { module: 'export const __vitePreload = (load) => load();', inline: 'f=>f()' };
/**
 * The all-in-one partner script's helper also asks at once for what an element's chunk imports (Lit and the
 * shared code), as Vite lists it, relative to the script: otherwise each of those is a round trip after the
 * element's chunk has arrived. A failed one fails the element's import too, which reports it.
 */
const PRELOAD_WITH_IMPORTS = {
  module: 'export const __vitePreload = (load, deps, importer) => { for (const dep of deps ?? []) import(new URL(dep, importer).href).catch(() => {}); return load(); };',
  inline: '(f,d,u)=>(d.map(x=>import(new URL(x,u).href).catch(()=>{})),f())',
};
/** The build environment that loads elements on demand: the all-in-one partner script. */
const ON_DEMAND = embedEnvironment('summit');
const preloadStandIn = (environment: string) => (environment === ON_DEMAND ? PRELOAD_WITH_IMPORTS : PRELOAD_STAND_IN);
const LOCK_WAIT_SECONDS = 60;

export function summit(options: SummitOptions = {}): Plugin {
  let config: ResolvedConfig;
  let outDir = 'dist';
  let paths: OutputPaths;
  /** What a build tells the team at info level: its own logger, as Vite's is set to warnings for a build. */
  let report: Logger;
  const lockWait = options.lockWait ?? LOCK_WAIT_SECONDS;
  if (!(lockWait >= 0)) throw new Error(`summit: expected lockWait (SUMMIT_BUILD_WAIT) in seconds, 0 or more, got ${lockWait}`);
  const campaignsDir = () => path.resolve(config.root, options.campaigns ?? 'campaigns');
  const messages = new Map<string, Set<string>>();
  /** The ids of the messages the entries of a build environment can show. */
  const messagesOf = (environment: string): Set<string> => {
    const name = (Object.keys(EMBED_ENTRIES) as EmbedName[]).find((entry) => embedEnvironment(entry) === environment);
    const entries = name ? [EMBED_ENTRIES[name]] : [PAGE_ENTRY, KIT_ENTRY];
    let ids = messages.get(environment);
    if (!ids) messages.set(environment, (ids = messageIdsFrom(entries.map((entry) => path.resolve(config.root, entry)))));
    return ids;
  };

  const lockFile = () => path.join(campaignsDir(), CALENDAR_LOCK_FILE);
  const recordCalendars = (options.calendarLock ?? 'update') === 'update';
  if (!['update', 'read-only'].includes(options.calendarLock ?? 'update')) throw new Error(`summit: expected calendarLock (SUMMIT_CALENDAR_LOCK) "update" or "read-only", got "${options.calendarLock}"`);

  /**
   * Validates the campaigns and the calendar lock, and writes the whole site into `staging`; resolves to what
   * was written, with the calendar lock to write once the site is in place.
   */
  async function buildInto(builder: ViteBuilder, staging: string, now: number, progress: Progress): Promise<BuildSummary> {
    const strict = config.mode === STRICT_MODE;
    const shownLock = path.relative(config.root, lockFile());
    // Render workers, started only for a build with many campaigns to render (renderBatches), end with it.
    let pool: Promise<RenderPool> | undefined;
    try {
      const start = async () => {
        const started = await RenderPool.start();
        report.info(`summit: campaigns render in ${counted(started.size, 'worker thread')} beside the build's own`);
        return started;
      };
      return await buildWith(builder, staging, now, progress, strict, shownLock, () => (pool ??= start()));
    } finally {
      await pool?.then((started) => started.close(), () => undefined);
    }
  }

  async function buildWith(builder: ViteBuilder, staging: string, now: number, progress: Progress, strict: boolean, shownLock: string, pool: () => Promise<RenderPool>): Promise<BuildSummary> {
    const checked = (async () => {
      const loaded = await loadOrThrow(campaignsDir(), now, strict);
      const { lock, errors } = await readCalendarLock(lockFile(), shownLock);
      if (errors.length) throw new CampaignErrors(errors);
      const calendars = lockCalendars(loaded, now, lock);
      // CI builds what was committed: a lock that is not current is an error there, never rewritten.
      if (strict && calendars.changed.length) throw new CampaignErrors(staleLockErrors(shownLock, lock, calendars));
      return { loaded, calendars };
    })();
    const code = codeDigest();
    // The browser code is bundled (on the bundler's own threads) while the campaigns are read and checked,
    // or copied from an earlier build's bundle when nothing it follows from has changed (bundle-cache.ts).
    const bundling = (async (): Promise<{ bundle: Bundle; reused: boolean }> => {
      const bundles = new BundleCache(pageCacheDir(), await bundleInputs(config, await code));
      const reused = await bundles.restore(staging);
      if (reused) {
        // Vite builds every environment after a build in which none was built: these were, by an earlier build.
        for (const environment of Object.values(builder.environments)) environment.isBuilt = true;
        return { bundle: reused, reused: true };
      }
      const client = (await builder.build(builder.environments.client)) as RolldownOutput;
      await Promise.all((Object.keys(EMBED_ENTRIES) as EmbedName[]).map((name) => builder.build(builder.environments[embedEnvironment(name)])));
      const entry = (name: string) => client.output.find((chunk) => chunk.type === 'chunk' && chunk.isEntry && chunk.name === name)?.fileName;
      const script = entry('page');
      const kit = entry('kit');
      if (!script || !kit) throw new Error('the page script was not built');
      const bundle = { script, kit, preload: pagePreloads(client, script) };
      await bundles.remember(staging, bundle);
      return { bundle, reused: false };
    })();
    const { loaded, calendars } = await checked.catch(async (error: unknown) => {
      if (error instanceof CampaignErrors) config.logger.error(error.report());
      // The staging folder is removed only once the bundler no longer writes into it.
      await bundling.catch(() => undefined);
      throw error;
    });
    for (const warning of loaded.warnings) config.logger.warn(`warning: ${formatError(warning)}`);
    const gaps = coverageTable(loaded.campaigns);
    if (gaps.length) config.logger.warn(`summit: translations still missing (shown in the default locale):\n  ${gaps.join('\n  ')}`);
    else report.info('summit: every text is translated');
    const { bundle: { script, kit, preload }, reused: bundleReused } = await bundling;
    const assets = { script, kit, embed: partnerScriptPath('summit'), favicon: FAVICON, preload, pinned: await pinEntries(staging), earlierPins: await keepEarlierPartnerScripts(outDir, staging) };
    // A file the last build wrote with the same bytes is linked from its output, not written again (writeOutput).
    const kept = existsSync(outDir) ? outDir : undefined;
    // Images and card images are encoded by sharp's threads, not this one, so they are made while it renders pages.
    const publishing = (async () => {
      await publishImages(loaded.images, staging, kept);
      await publishFiles(loaded.downloads, staging, kept);
      await publishCardImages(loaded, staging, now, kept);
    })();
    const cache = new PageCache({ dir: pageCacheDir(), outDir, code: await code, now });
    const rendering = (async () => {
      let pages = 0;
      // The first batch is the site's own files, then one per campaign, then the site's calendars.
      let written = -1;
      const folders = new Map<string, Promise<unknown>>();
      await writeEach(renderBatches(loaded, assets, now, undefined, calendars.sequences, cache, pool), async (batch) => {
        await writeFiles(staging, batch, folders, kept);
        pages += batch.filter((f) => f.file.endsWith('index.html')).length;
        written = Math.min(written + 1, loaded.campaigns.length);
        progress.written(written, loaded.campaigns.length, pages);
      });
      return pages;
    })();
    await allEnded([rendering, publishing]);
    const pages = await rendering;
    return {
      campaigns: loaded.campaigns,
      pages,
      bytes: (await folderBytes(staging)),
      warnings: loaded.warnings.length,
      calendars,
      cache,
      bundleReused,
    };
  }

  return {
    name: 'summit',
    config(user, { command }) {
      const root = path.resolve(user.root ?? process.cwd());
      outDir = path.resolve(root, user.build?.outDir ?? 'dist');
      paths = outputPaths(outDir);
      const level = user.logLevel ?? 'info';
      report = createLogger(level);
      return {
        appType: 'custom',
        // A build's report is Summit's summary (report, below): Vite's own chunk tables and progress lines for
        // its six browser builds, under a staging folder nobody opens, are left out. Warnings and errors stay.
        ...(command === 'build' && level === 'info' && { logLevel: 'warn' as const }),
        // Pages reach their scripts by relative paths, so a site works under any path; so do the files a
        // script names by URL (the page script's worker).
        experimental: { renderBuiltUrl: (_file: string, { hostType }: { hostType: string }) => (hostType === 'js' ? { relative: true } : undefined) },
        // Builds write beside the output folder, often inside the project: nothing there is a source.
        server: {
          watch: { ignored: [(file: string) => isBuildFile(outDir, file)] },
          // Campaign files reach the browser only as the pages and checked images serveDev answers with,
          // never as raw files; Vite's own sensitive-file defaults stay.
          fs: { deny: ['.env', '.env.*', '*.{crt,pem}', '**/.git/**', `${path.resolve(root, options.campaigns ?? 'campaigns')}/**`] },
        },
        optimizeDeps: {
          entries: [PAGE_ENTRY, KIT_ENTRY],
          include: ['lit', '@lit/localize'],
        },
        // One resolved config for every environment: resolving it again per environment bundled vite.config.ts
        // and this plugin seven times, most of the start-up of a small build. The plugin reads this.environment
        // where environments differ.
        builder: { sharedConfigBuild: true },
        environments: {
          client: {
            // Summit's built pages give their countdowns the schedule as `data`: no campaign.json reader.
            // (In dev, the pages and the embed kit's partner script share one countdown module.)
            ...(command === 'build' && { define: { __SUMMIT_PAGE_BUNDLE__: 'true' } }),
            build: {
              outDir: paths.staging,
              emptyOutDir: true,
              // The page preloads what its script imports (pagePreloads), so Vite's preload helper is not needed.
              modulePreload: false,
              rolldownOptions: {
                input: { page: path.resolve(root, PAGE_ENTRY), kit: path.resolve(root, KIT_ENTRY) },
                output: { entryFileNames: `${PAGE_SCRIPTS}[name]-[hash].js`, chunkFileNames: `${PAGE_SCRIPTS}[name]-[hash].js` },
              },
            },
          },
          ...Object.fromEntries((Object.keys(EMBED_ENTRIES) as EmbedName[]).map((name) => [embedEnvironment(name), {
            consumer: 'client' as const,
            build: {
              outDir: paths.staging,
              emptyOutDir: false,
              copyPublicDir: false,
              // Lists what each element's chunk imports, for the all-in-one's helper to ask for at once; no polyfill.
              modulePreload: name === 'summit' ? { polyfill: false } : false,
              // Entries keep stable URLs for partners and their exports; what they import (the all-in-one's
              // elements, the locale chunks) is hashed, so it can be cached for good.
              rolldownOptions: {
                input: { [name]: path.resolve(root, EMBED_ENTRIES[name]) },
                preserveEntrySignatures: 'strict' as const,
                output: { format: 'es' as const, minify: true, entryFileNames: partnerScriptPath(name), chunkFileNames: `${PARTNER_SCRIPTS}chunks/[name]-[hash].js` },
              },
            },
          }])),
        },
      };
    },
    configResolved(resolved) {
      config = resolved;
    },
    load(id) {
      if (id === PRELOAD_HELPER) return preloadStandIn(this.environment.name).module;
      // A browser bundle's locale chunks hold only the messages its modules show (the build's pages need them all).
      if (config.command !== 'build' || !LOCALE_MODULE.test(id)) return undefined;
      return localeModuleFor(readFileSync(id, 'utf8'), messagesOf(this.environment.name), id);
    },
    generateBundle(_, bundle) {
      const stylesheet = Object.keys(bundle).find((file) => file.endsWith('.css'));
      if (stylesheet) this.error(`${stylesheet}: a browser script imports a stylesheet, which the stand-in for Vite's preload helper does not load; give the component its styles with Lit's css instead`);
      withoutPreloadHelper(bundle, preloadStandIn(this.environment.name).inline);
    },
    transform(code, id) {
      // The same minified component styles as the server-rendered shadow roots carry.
      if (config.command === 'build' && COMPONENT_STYLES.test(id)) return minifyCssTemplates(code);
      return undefined;
    },
    buildApp: {
      order: 'pre',
      async handler(builder) {
        const dist = path.relative(config.root, outDir) || '.';
        const notice = (line: string) => config.logger.warn(line);
        const release = await lockOutput(paths, { shown: dist, wait: lockWait, notice });
        const now = buildNow();
        const started = performance.now();
        let summary: BuildSummary;
        try {
          await clearLeftovers(outDir, paths, { shown: dist, notice });
          summary = await buildInto(builder, paths.staging, now, buildProgress((line) => report.info(line), started));
          await swapInto(paths.staging, outDir, paths.previous);
          // Only a build whose output is in place records what it published.
          if (recordCalendars && summary.calendars.changed.length) await writeCalendarLock(lockFile(), summary.calendars.lock);
        } finally {
          await rm(paths.staging, { recursive: true, force: true });
          await release();
        }
        await summary.cache.prune();
        const { campaigns, pages, bytes, warnings, calendars, cache, bundleReused } = summary;
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        report.info(`summit: ${counted(campaigns.length, 'campaign')}, ${counted(pages, 'page')}, ${megabytes(bytes)}, ${counted(warnings, 'warning')}, written to ${dist}/ in ${seconds} s`);
        if (bundleReused) report.info(`summit: the browser scripts follow from the same code and settings as an earlier build's; its bundle was reused, not bundled again (${path.relative(config.root, pageCacheDir()) || '.'})`);
        if (cache.reused) report.info(`summit: ${cache.reused} of ${campaigns.length} campaigns unchanged since the last build; their files were reused, not rendered (${path.relative(config.root, pageCacheDir()) || '.'})`);
        if (calendars.changed.length) {
          const shownLock = path.relative(config.root, lockFile());
          const done = recordCalendars ? `recorded in ${shownLock}; commit it with the campaign files` : `not recorded in ${shownLock} (read-only)`;
          report.info(`summit: ${counted(calendars.changed.length, 'calendar event')} new or changed, ${done} (${calendars.changed.join(', ')})`);
        }
        report.info(staleSummary(staleReport(campaigns, now), `${dist}/${STALE_REPORT_PATH}`));
      },
    },
    configureServer(server) {
      server.watcher.add(campaignsDir());
      const cache = new LoadCache();
      const reload = (file: string) => {
        // The calendar lock is written by builds, not by the team: it changes nothing on a page.
        if (!file.startsWith(campaignsDir()) || file.startsWith(lockFile())) return;
        cache.forget(campaignsDir(), file);
        server.ws.send({ type: 'full-reload', path: '*' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
      return () => server.middlewares.use((req, res, next) => {
        serveDev(server, campaignsDir(), req.url ?? '/', cache).then((page) => {
          if (!page) return next();
          res.statusCode = page.status;
          res.setHeader('Content-Type', page.type);
          res.end(page.body);
        }, next);
      });
    },
  };
}

/** What a build wrote, for its closing summary. */
interface BuildSummary {
  campaigns: Campaign[];
  pages: number;
  bytes: number;
  warnings: number;
  /** The calendar lock after this build, written once the output is in place. */
  calendars: LockUpdate;
  /** What the build reused of the last one. */
  cache: PageCache;
  /** Whether the browser scripts were an earlier build's, not bundled again. */
  bundleReused: boolean;
}

/**
 * Writes each element entry's pinned copy beside it, and returns where each is with the `integrity` of the
 * bytes written (read back from the file, so the digest is of exactly what is served).
 */
async function pinEntries(staging: string): Promise<NonNullable<PageAssets['pinned']>> {
  const pinned: NonNullable<PageAssets['pinned']> = {};
  for (const entry of PINNED_ENTRIES) {
    const file = path.join(staging, partnerScriptPath(entry));
    const digest = createHash('sha384').update(await readFile(file)).digest();
    const copy = pinnedScriptPath(entry, digest);
    await copyFile(file, path.join(staging, copy));
    pinned[entry] = { file: copy, integrity: `sha384-${digest.toString('base64')}` };
  }
  return pinned;
}

/**
 * Copies from the last good output into `staging` what browsers may still ask for once a deploy has
 * replaced the whole folder:
 * - the pinned copies of earlier builds, which partners' snippets name for good;
 * - every chunk that those, or the last build's own partner entries, load, directly or through another chunk.
 *   A browser keeps an entry such as `summit.js` for up to an hour (its `Cache-Control` in `_headers`), then asks
 *   for the chunks that copy names; without them its widgets would keep their fallback until it fetched the
 *   entry again. Chunks that only builds before the last one loaded are not kept, so they do not pile up.
 *
 * Only regular files inside `embed/v1/` are copied. Returns the pinned copies' paths from the site root.
 */
async function keepEarlierPartnerScripts(outDir: string, staging: string): Promise<string[]> {
  const regular = (file: string) => lstat(file).then((stats) => stats.isFile(), () => false);
  const names = await readdir(path.join(outDir, PARTNER_SCRIPTS)).catch(() => []);
  const kept: string[] = [];
  for (const name of names.filter((n) => PINNED_NAME.test(n)).sort()) {
    const file = `${PARTNER_SCRIPTS}${name}`;
    if ((await regular(path.join(staging, file))) || !(await regular(path.join(outDir, file)))) continue;
    await copyFile(path.join(outDir, file), path.join(staging, file));
    kept.push(file);
  }
  const entries = (Object.keys(EMBED_ENTRIES) as EmbedName[]).map(partnerScriptPath);
  const queue = [...kept, ...entries];
  const seen = new Set<string>();
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file) || !(await regular(path.join(outDir, file)))) continue;
    seen.add(file);
    const code = await readFile(path.join(outDir, file), 'utf8');
    for (const [, name] of code.matchAll(/["'`]\.\/((?:chunks\/)?\w[\w.-]*\.js)["'`]/g)) {
      const chunk = path.posix.join(path.posix.dirname(file), name);
      if (path.posix.dirname(chunk) === `${PARTNER_SCRIPTS}chunks`) queue.push(chunk);
    }
  }
  for (const file of seen) {
    if (path.posix.dirname(file) === `${PARTNER_SCRIPTS}chunks` && !(await regular(path.join(staging, file)))) await copyFile(path.join(outDir, file), path.join(staging, file));
  }
  return kept;
}

/**
 * Waits until every task has ended, then fails with the first failure if any: a failed build removes its
 * staging folder only once nothing writes into it any more.
 */
async function allEnded(tasks: Promise<unknown>[]): Promise<void> {
  const failed = (await Promise.allSettled(tasks)).find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

/** The bytes of every file below `dir`. */
async function folderBytes(dir: string): Promise<number> {
  const files = (await readdir(dir, { withFileTypes: true, recursive: true })).filter((entry) => entry.isFile());
  // All at once: one after another, a site of a thousand pages waited over a second for its summary.
  const sizes = await Promise.all(files.map(async (entry) => (await stat(path.join(entry.parentPath, entry.name))).size));
  return sizes.reduce((total, size) => total + size, 0);
}

interface DevResponse {
  status: number;
  type: string;
  body: string | Buffer;
}

/** Media types of what the build writes, for the dev server. */
const OUTPUT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.atom': 'application/atom+xml',
};

/**
 * One dev-server response: a page or data file, a checked campaign image or download, a card image, or the
 * page of config errors.
 * Campaign folders come from `cache` while unchanged, and only the asked-for campaign (or the site's own
 * pages) is rendered, so a save reloads in the same time with 3 campaigns or 300.
 */
async function serveDev(server: ViteDevServer, campaignsDir: string, url: string, cache: LoadCache): Promise<DevResponse | undefined> {
  const pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  const wanted = pathname.slice(1) + (pathname.endsWith('/') ? 'index.html' : '');
  const type = OUTPUT_TYPES[path.extname(wanted)];
  const campaignFile = /\.(svg|png|jpe?g|webp|avif|pdf|zip|docx)$/i.test(pathname);
  if (!type && !campaignFile) return undefined;
  const now = buildNow();
  let loaded;
  try {
    loaded = await loadOrThrow(campaignsDir, now, false, cache);
  } catch (error) {
    if (!(error instanceof CampaignErrors)) throw error;
    if (!type?.startsWith('text/html')) return undefined;
    const html = await server.transformIndexHtml(url, errorPage(error));
    return { status: 500, type: 'text/html; charset=utf-8', body: html };
  }
  // Each change of the warnings is printed once, not on every request.
  const warnings = loaded.warnings.map(formatError).join('\n');
  if (warnings !== cache.printedWarnings) {
    cache.printedWarnings = warnings;
    for (const line of loaded.warnings) server.config.logger.warn(`warning: ${formatError(line)}`);
  }
  if (campaignFile) {
    // Only what a page shows, checked as the build checks it: never any other file of the campaign folder.
    const published = (await publishedFile(loaded.images, pathname)) ?? loaded.downloads.find((download) => `/${download.target}` === pathname);
    if (published) return { status: 200, type: published.mime, body: Buffer.from(published.bytes) };
    // A page's card image, drawn as the build draws it.
    const card = cardImages(loaded, now).find((image) => `/${image.file}` === pathname);
    return card && { status: 200, type: 'image/png', body: Buffer.from(await card.draw()) };
  }
  const slug = wanted.split('/')[0];
  const only = loaded.campaigns.some((campaign) => campaign.slug === slug) ? slug : '';
  // Calendar files as the build writes them, with the committed lock's SEQUENCEs (of the one campaign asked
  // for, or of all for the site's own calendar); the dev server never writes the lock.
  const { lock } = await readCalendarLock(path.join(campaignsDir, CALENDAR_LOCK_FILE), CALENDAR_LOCK_FILE);
  const calendars = only ? { ...loaded, campaigns: loaded.campaigns.filter((campaign) => campaign.slug === only) } : loaded;
  const files = await renderSite(loaded, { script: PAGE_ENTRY, kit: KIT_ENTRY, embed: EMBED_ENTRIES.summit, favicon: FAVICON }, now, only, lockCalendars(calendars, now, lock).sequences);
  const file = files.find((f) => f.file === wanted);
  if (!file) return undefined;
  if (!type.startsWith('text/html')) return { status: 200, type, body: file.content };
  const body = loaded.warnings.length ? withWarnings(file.content, loaded.warnings) : file.content;
  return { status: 200, type, body: await server.transformIndexHtml(url, body) };
}

/** A dev page with the campaign files' warnings at its top, as the build prints them. */
function withWarnings(html: string, warnings: readonly ConfigError[]): string {
  const list = warnings.map((w) => `<li>${escapeHtml(formatError(w))}</li>`).join('');
  const note = `<aside role="note" style="font:.875rem/1.4 ui-monospace,monospace;background:#fff4ce;color:#1b1f24;border-block-end:2px solid #8a6d00;padding:.5rem 1rem;margin:0"><strong>${counted(warnings.length, 'warning')} in the campaign files</strong> (shown only by npm run dev)<ul style="margin:.25rem 0 0;padding-inline-start:1.25rem">${list}</ul></aside>`;
  return html.replace(/<body([^>]*)>/, (open) => `${open}${note}`);
}

/**
 * Vite's preload helper rolled into its own chunk is a request for one line: each importer gets the line
 * instead.
 */
function withoutPreloadHelper(bundle: OutputBundle, inline: string): void {
  const files = Object.values(bundle);
  const helper = files.find((file): file is OutputChunk => file.type === 'chunk' && file.name === 'preload-helper');
  if (!helper) return;
  const importers = files.filter((file): file is OutputChunk => file.type === 'chunk' && file.imports.includes(helper.fileName));
  const edits = importers.map((chunk) => {
    const from = path.posix.relative(path.posix.dirname(chunk.fileName), helper.fileName).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const statement = new RegExp(`import\\{\\w+ as ([\\w$]+)\\}from"\\./${from}";`).exec(chunk.code);
    return statement && { chunk, statement: statement[0], stand: `var ${statement[1]}=${inline};` };
  });
  if (edits.some((edit) => !edit)) return;
  for (const edit of edits) {
    edit!.chunk.code = edit!.chunk.code.replace(edit!.statement, edit!.stand);
    edit!.chunk.imports = edit!.chunk.imports.filter((file) => file !== helper.fileName);
  }
  delete bundle[helper.fileName];
}

/**
 * What the page script loads after the first paint: the modules it imports dynamically (except the locale
 * chunks) with every module they import statically, and the locale chunk of each language.
 */
function pagePreloads(output: RolldownOutput, script: string): NonNullable<PageAssets['preload']> {
  const chunks = new Map(output.output.flatMap((chunk) => (chunk.type === 'chunk' ? [[chunk.fileName, chunk] as const] : [])));
  const localeOf = (file: string) => {
    const module = chunks.get(file)?.facadeModuleId;
    return module && LOCALE_MODULE.test(module) ? path.basename(module, '.ts') : undefined;
  };
  const modules = new Set<string>();
  const messages: Partial<Record<string, string>> = {};
  const visit = (file: string) => {
    const chunk = chunks.get(file);
    if (!chunk || modules.has(file)) return;
    modules.add(file);
    chunk.imports.forEach(visit);
    for (const dynamic of chunk.dynamicImports) {
      const locale = localeOf(dynamic);
      if (locale) messages[locale] = dynamic;
    }
  };
  for (const dynamic of chunks.get(script)?.dynamicImports ?? []) if (!localeOf(dynamic)) visit(dynamic);
  return { modules: [...modules], messages };
}

/** The build summary's line on when to rebuild. */
function staleSummary(report: StaleReport, file: string): string {
  if (!report.staleAt) return `summit: nothing on the pages changes with time any more; no rebuild is needed (${file})`;
  const slugs = report.campaigns.filter((c) => c.changesAt === report.staleAt).map((c) => c.slug).join(', ');
  return `summit: the static pages are true until ${report.staleAt} (${slugs}); rebuild then for search engines and visitors without JavaScript (${file})`;
}

function errorPage(error: CampaignErrors): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Campaign errors · Summit</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;margin:2rem;color:#1b1f24}li{font-family:ui-monospace,monospace;white-space:pre-wrap;margin-block:.5rem}</style></head>
<body><main><h1>The campaign files have ${counted(error.list().length, 'error')}</h1>
<p>Fix them and save: this page reloads by itself.</p>
<ul>${error.report().split('\n').map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul></main></body></html>`;
}
