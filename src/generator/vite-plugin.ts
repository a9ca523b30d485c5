/**
 * Summit's Vite plugin: thin hooks over the build functions.
 *
 * - `vite build` takes the output folder's lock, builds two environments (the page script and the partner
 *   embed) into its own staging folder, renders every page around them, then swaps the staging folder into
 *   place (see output.ts).
 * - `vite` (dev) renders pages on request from the current campaign files, reloads the open page when one
 *   is saved, and shows config errors in the page.
 */
import path from 'node:path';
import { rm } from 'node:fs/promises';
import type { Plugin, ResolvedConfig, ViteBuilder, ViteDevServer } from 'vite';
import type { RolldownOutput } from 'rolldown';
import { buildNow, CampaignErrors, lockCalendars, loadOrThrow, renderSite, staleReport, writeFiles, type StaleReport } from './site.js';
import { clearLeftovers, isBuildFile, lockOutput, outputPaths, swapInto, type OutputPaths } from './output.js';
import { IMAGE_TYPES, publishImages } from './assets.js';
import { CALENDAR_LOCK_FILE, readCalendarLock, staleLockErrors, writeCalendarLock, type LockUpdate } from './calendar-lock.js';
import { PARTNER_SCRIPTS, STALE_REPORT_PATH, partnerScriptPath } from './paths.js';
import { escapeHtml } from '../campaign/text.js';
import { minifyCssTemplates } from './css.js';
import { formatError } from './errors.js';
import { coverageTable } from '../campaign/coverage.js';
import type { Campaign } from '../campaign/model.js';

export interface SummitOptions {
  /** Folder of campaign folders, relative to the project root. Default `campaigns`. */
  campaigns?: string;
  /** How long a build waits for another build writing the same output folder, in seconds. Default 60. */
  lockWait?: number;
}

/** `vite build --mode strict` also fails on warnings and untranslated text. */
const STRICT_MODE = 'strict';
const PAGE_ENTRY = 'src/page.ts';
const KIT_ENTRY = 'src/kit.ts';
/** Modules whose css`…` templates the build minifies. */
export const COMPONENT_STYLES = /\/src\/components\/.*\.(styles|tokens)\.ts$/;
/** The partner entries: the all-in-one script, and each element alone. */
const EMBED_ENTRIES = {
  summit: 'src/embed.ts',
  countdown: 'src/embed/countdown.ts',
  banner: 'src/embed/banner.ts',
  news: 'src/embed/news.ts',
  calendar: 'src/embed/calendar.ts',
};
const FAVICON = 'favicon.ico';
const LOCK_WAIT_SECONDS = 60;

export function summit(options: SummitOptions = {}): Plugin {
  let config: ResolvedConfig;
  let outDir = 'dist';
  let paths: OutputPaths;
  const lockWait = options.lockWait ?? LOCK_WAIT_SECONDS;
  if (!(lockWait >= 0)) throw new Error(`summit: expected lockWait (SUMMIT_BUILD_WAIT) in seconds, 0 or more, got ${lockWait}`);
  const campaignsDir = () => path.resolve(config.root, options.campaigns ?? 'campaigns');

  const lockFile = () => path.join(campaignsDir(), CALENDAR_LOCK_FILE);

  /**
   * Validates the campaigns and the calendar lock, and writes the whole site into `staging`; resolves to the
   * campaigns written and the calendar lock to write once the site is in place.
   */
  async function buildInto(builder: ViteBuilder, staging: string, now: number): Promise<{ campaigns: Campaign[]; calendars: LockUpdate }> {
    const strict = config.mode === STRICT_MODE;
    const shownLock = path.relative(config.root, lockFile());
    const checked = (async () => {
      const loaded = await loadOrThrow(campaignsDir(), now, strict);
      const { lock, errors } = await readCalendarLock(lockFile(), shownLock);
      if (errors.length) throw new CampaignErrors(errors);
      const calendars = lockCalendars(loaded, now, lock);
      // CI builds what was committed: a lock that is not current is an error there, never rewritten.
      if (strict && calendars.changed.length) throw new CampaignErrors(staleLockErrors(shownLock, lock, calendars));
      return { loaded, calendars };
    })();
    const { loaded, calendars } = await checked.catch((error: unknown) => {
      if (error instanceof CampaignErrors) config.logger.error(error.report());
      throw error;
    });
    for (const warning of loaded.warnings) config.logger.warn(`warning: ${formatError(warning)}`);
    const gaps = coverageTable(loaded.campaigns);
    if (gaps.length) config.logger.warn(`summit: translations still missing (shown in the default locale):\n  ${gaps.join('\n  ')}`);
    else config.logger.info('summit: every text is translated');
    const output = (await builder.build(builder.environments.client)) as RolldownOutput;
    await builder.build(builder.environments.embed);
    const entry = (name: string) => output.output.find((chunk) => chunk.type === 'chunk' && chunk.isEntry && chunk.name === name)?.fileName;
    const script = entry('page');
    const kit = entry('kit');
    if (!script || !kit) throw new Error('the page script was not built');
    await writeFiles(staging, await renderSite(loaded, { script, kit, embed: partnerScriptPath('summit'), favicon: FAVICON }, now, calendars.sequences));
    await publishImages(loaded.images, staging);
    return { campaigns: loaded.campaigns, calendars };
  }

  return {
    name: 'summit',
    config(user) {
      const root = path.resolve(user.root ?? process.cwd());
      outDir = path.resolve(root, user.build?.outDir ?? 'dist');
      paths = outputPaths(outDir);
      return {
        appType: 'custom',
        // Builds write beside the output folder, often inside the project: nothing there is a source.
        server: {
          watch: { ignored: [(file: string) => isBuildFile(outDir, file)] },
          // Campaign files reach the browser only as the pages and checked images serveDev answers with,
          // never as raw files; Vite's own sensitive-file defaults stay.
          fs: { deny: ['.env', '.env.*', '*.{crt,pem}', '**/.git/**', `${path.resolve(root, options.campaigns ?? 'campaigns')}/**`] },
        },
        optimizeDeps: {
          entries: [PAGE_ENTRY, KIT_ENTRY],
          include: ['lit', '@lit/localize', '@lit-labs/ssr-client/lit-element-hydrate-support.js'],
        },
        builder: {},
        environments: {
          client: {
            build: {
              outDir: paths.staging,
              emptyOutDir: true,
              rolldownOptions: {
                input: { page: path.resolve(root, PAGE_ENTRY), kit: path.resolve(root, KIT_ENTRY) },
                output: { entryFileNames: 'assets/[name]-[hash].js', chunkFileNames: 'assets/[name]-[hash].js' },
              },
            },
          },
          embed: {
            consumer: 'client',
            build: {
              outDir: paths.staging,
              emptyOutDir: false,
              copyPublicDir: false,
              lib: {
                entry: Object.fromEntries(Object.entries(EMBED_ENTRIES).map(([name, file]) => [name, path.resolve(root, file)])),
                formats: ['es'],
                fileName: (_format, name) => partnerScriptPath(name),
              },
              // Entries keep stable URLs for partners; what they import is hashed, so it can be cached for good.
              rolldownOptions: { output: { minify: true, chunkFileNames: `${PARTNER_SCRIPTS}chunks/[name]-[hash].js` } },
            },
          },
        },
      };
    },
    configResolved(resolved) {
      config = resolved;
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
        let campaigns: Campaign[];
        let calendars: LockUpdate;
        try {
          await clearLeftovers(outDir, paths, { shown: dist, notice });
          ({ campaigns, calendars } = await buildInto(builder, paths.staging, now));
          await swapInto(paths.staging, outDir, paths.previous);
          // Only a build whose output is in place records what it published.
          if (calendars.changed.length) await writeCalendarLock(lockFile(), calendars.lock);
        } finally {
          await rm(paths.staging, { recursive: true, force: true });
          await release();
        }
        config.logger.info(`summit: ${campaigns.length} campaigns written to ${dist}/`);
        if (calendars.changed.length) {
          const shownLock = path.relative(config.root, lockFile());
          config.logger.info(`summit: ${calendars.changed.length} calendar events new or changed, recorded in ${shownLock}; commit it with the campaign files (${calendars.changed.join(', ')})`);
        }
        config.logger.info(staleSummary(staleReport(campaigns, now), `${dist}/${STALE_REPORT_PATH}`));
      },
    },
    configureServer(server) {
      server.watcher.add(campaignsDir());
      const reload = (file: string) => {
        // The calendar lock is written by builds, not by the team: it changes nothing on a page.
        if (file.startsWith(campaignsDir()) && !file.startsWith(lockFile())) server.ws.send({ type: 'full-reload', path: '*' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
      return () => server.middlewares.use((req, res, next) => {
        serveDev(server, campaignsDir(), req.url ?? '/').then((page) => {
          if (!page) return next();
          res.statusCode = page.status;
          res.setHeader('Content-Type', page.type);
          res.end(page.body);
        }, next);
      });
    },
  };
}

interface DevResponse {
  status: number;
  type: string;
  body: string | Buffer;
}

/** One dev-server response: a page, a campaign.json, a campaign asset, or the page of config errors. */
async function serveDev(server: ViteDevServer, campaignsDir: string, url: string): Promise<DevResponse | undefined> {
  const pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  if (/^\/[a-z0-9-]+\/.+\.(svg|png|jpe?g|webp|avif)$/i.test(pathname)) {
    // Only what a page shows, checked as the build checks it: never any other file of the campaign folder.
    const loaded = await loadOrThrow(campaignsDir, buildNow()).catch((error: unknown) => {
      if (error instanceof CampaignErrors) return undefined;
      throw error;
    });
    const image = loaded?.images.find((published) => `/${published.target}` === pathname);
    return image && { status: 200, type: IMAGE_TYPES[image.type].mime, body: Buffer.from(image.bytes) };
  }
  if (!pathname.endsWith('/') && !pathname.endsWith('.json')) return undefined;
  const now = buildNow();
  let files;
  try {
    const loaded = await loadOrThrow(campaignsDir, now);
    files = await renderSite(loaded, { script: PAGE_ENTRY, kit: KIT_ENTRY, embed: EMBED_ENTRIES.summit, favicon: FAVICON }, now);
  } catch (error) {
    if (!(error instanceof CampaignErrors)) throw error;
    const html = await server.transformIndexHtml(url, errorPage(error));
    return { status: 500, type: 'text/html; charset=utf-8', body: html };
  }
  const wanted = pathname.slice(1) + (pathname.endsWith('/') ? 'index.html' : '');
  const file = files.find((f) => f.file === wanted);
  if (!file) return undefined;
  if (wanted.endsWith('.json')) return { status: 200, type: 'application/json', body: file.content };
  return { status: 200, type: 'text/html; charset=utf-8', body: await server.transformIndexHtml(url, file.content) };
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
<body><main><h1>The campaign files have ${error.list().length} error${error.list().length === 1 ? '' : 's'}</h1>
<p>Fix them and save: this page reloads by itself.</p>
<ul>${error.report().split('\n').map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul></main></body></html>`;
}
