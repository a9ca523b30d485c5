/**
 * Builds the whole site from the campaigns folder into an output folder: load and validate, render every
 * page, write the data files. Writes go to a staging folder that replaces the output only when
 * everything succeeded, so a failed or killed build leaves the last good `dist/` as it was.
 */
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Campaign } from '../campaign/model.js';
import { translationGaps } from '../campaign/coverage.js';
import { counted, formatError, type ConfigError } from './errors.js';
import { loadCampaigns, type LoadCache, type LoadResult } from './load.js';
import { robotsTxt, sitemapXml } from './sitemap.js';
import { calendarDigests, siteCalendarIcs, type Sequences } from './calendar.js';
import { updateLock, type CalendarLock, type LockUpdate } from './calendar-lock.js';
import { siteInfo, type OutputFile, type PageAssets, type SiteInfo } from './pages/page.js';
import type { PageCache } from './page-cache.js';
import { writeOutput } from './output.js';
import { pastEditions } from './pages/edition-page.js';
import { renderDirectory } from './pages/directory-page.js';
import { campaignFiles } from './campaign-files.js';
import { PAGE_CSP } from './pages/page-loader.js';
import type { RenderPool } from './render-pool.js';
import { siteFeeds } from './feeds.js';
import { CAMPAIGN_JSON_SCHEMA_PATH, HEADERS_PATH, LEGACY_PARTNER_SCRIPT_PATH, PAGE_SCRIPTS, PARTNER_SCRIPTS, PINNED_ENTRIES, STALE_REPORT_PATH, calendarPath, partnerScriptPath, siteCalendarPath } from './paths.js';
import { campaignJsonSchema } from '../campaign/model-schema.js';
import { IMAGE_TYPES } from './assets.js';
import { momentAt } from '../time/lifecycle.js';
import { campaignCardBackground, campaignCardText, renderCard, siteCardText, siteSocialImagePath, SITE_CARD_BACKGROUND, socialImagePath } from './social-image.js';

/**
 * A build stopped by invalid campaign files. `report()` is the list a team reads; the message is a one-line
 * summary, and there is no stack trace: the problem is in the files, not in Summit.
 */
export class CampaignErrors extends Error {
  readonly #errors: ConfigError[];

  constructor(errors: ConfigError[]) {
    super(`${counted(errors.length, 'error')} in the campaign files; the output was left as it was`);
    this.name = 'Summit';
    this.stack = `${this.name}: ${this.message}`;
    this.#errors = errors;
  }

  /** The errors, for tools that show them their own way. */
  list(): readonly ConfigError[] {
    return this.#errors;
  }

  /** Every error, one `file:line:col field: message` line each. */
  report(): string {
    return this.#errors.map(formatError).join('\n');
  }
}

/**
 * The build's "now": `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention) when set, else the
 * clock. The only way the build date reaches the output.
 */
export function buildNow(env: NodeJS.ProcessEnv = process.env): number {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return Date.now();
  if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH: expected whole seconds since 1970, got "${epoch}"`);
  return Number(epoch) * 1000;
}

/**
 * Loads every campaign or throws CampaignErrors. `strict` (`vite build --mode strict`) also fails on
 * warnings and on untranslated fields.
 */
export async function loadOrThrow(campaignsDir: string, now: number, strict = false, cache?: LoadCache): Promise<LoadResult & { site: NonNullable<LoadResult['site']>; home: NonNullable<LoadResult['home']> }> {
  const result = await loadCampaigns(campaignsDir, now, undefined, cache);
  const errors = [...result.errors];
  if (strict) {
    errors.push(...result.warnings);
    for (const campaign of result.campaigns) {
      for (const [locale, fields] of translationGaps(campaign)) {
        if (fields.length === 0) continue;
        errors.push({
          file: result.sources[campaign.slug],
          line: 1,
          column: 1,
          field: '',
          message: `expected every text in ${locale}, got ${fields.length} untranslated: ${fields.join(', ')}; translate them, or drop ${locale} from locales`,
        });
      }
    }
  }
  if (errors.length > 0 || !result.site || !result.home) throw new CampaignErrors(errors);
  return { ...result, site: result.site, home: result.home };
}

/**
 * The calendar lock after this build: every event of every campaign with the digest of what calendars
 * show of it, and its SEQUENCE (see calendar-lock.ts).
 */
export function lockCalendars(loaded: Awaited<ReturnType<typeof loadOrThrow>>, now: number, lock: CalendarLock): LockUpdate {
  const { url } = siteInfo(loaded.site);
  return updateLock(lock, new Map(loaded.campaigns.flatMap((campaign) => [...calendarDigests(campaign, url, now)])));
}

/**
 * Every page and data file of the site, as paths below the output folder. `only` limits it to one
 * campaign's files (its slug) or to the site's own files (''): the dev server renders what is asked for.
 * `sequences` are the calendar events' SEQUENCE numbers from the calendar lock (`lockCalendars`).
 */
export async function renderSite(loaded: Awaited<ReturnType<typeof loadOrThrow>>, assets: PageAssets, now: number, only?: string, sequences: Sequences = {}): Promise<OutputFile[]> {
  const files: OutputFile[] = [];
  for await (const batch of renderBatches(loaded, assets, now, only, sequences)) files.push(...batch);
  return files;
}

/**
 * From how many campaigns to render a build hands them to worker threads (`render-pool.ts`). Below it, starting
 * a worker costs more than it saves: on 2 cores, 14 campaigns built 0.1–0.4 s slower with a worker, 30 about as
 * fast or a little faster, 60 and 143 faster.
 */
export const RENDER_POOL_FROM = 24;

/**
 * The same files in batches: the site's own, then one campaign's at a time, then the site's calendars
 * (made of the campaigns'), so the build writes each batch and lets it go instead of holding the whole site
 * in memory. With a `cache`, a campaign whose files the last build wrote from the same inputs is read back
 * instead of rendered. With `pool`, and at least `RENDER_POOL_FROM` campaigns to render, they are rendered in
 * the worker threads it starts (the caller closes it), a few at once, and still yielded in order.
 */
export async function* renderBatches(loaded: Awaited<ReturnType<typeof loadOrThrow>>, assets: PageAssets, now: number, only?: string, sequences: Sequences = {}, cache?: PageCache, pool?: () => Promise<RenderPool>): AsyncGenerator<OutputFile[]> {
  const site = siteInfo(loaded.site);
  const campaigns = loaded.campaigns.filter((campaign) => only === undefined || campaign.slug === only);
  const keys = campaigns.map((campaign) => cache?.key(campaignInputs(campaign, site, assets, now, sequences)));
  const workers = pool && keys.filter((key) => !key || !cache!.has(key)).length >= RENDER_POOL_FROM ? pool() : undefined;
  // Started while the site's own files render; its failure is thrown where a campaign waits for it.
  workers?.catch(() => undefined);
  if (!only) {
    yield [
      ...(await renderDirectory(loaded.campaigns, site, loaded.home, assets, now)),
      { file: 'sitemap.xml', content: await sitemapXml(site, loaded.campaigns, now) },
      { file: 'robots.txt', content: robotsTxt(site) },
      { file: CAMPAIGN_JSON_SCHEMA_PATH, content: `${JSON.stringify(campaignJsonSchema(), null, 2)}\n` },
      { file: LEGACY_PARTNER_SCRIPT_PATH, content: `import './v1/summit.js';\n` },
      { file: HEADERS_PATH, content: hostingHeaders([...Object.values(assets.pinned ?? {}).map((pinned) => pinned!.file), ...(assets.earlierPins ?? [])]) },
      { file: STALE_REPORT_PATH, content: `${JSON.stringify(staleReport(loaded.campaigns, now), null, 2)}\n` },
      ...site.locales.flatMap((locale) => siteFeeds(loaded.campaigns, site, locale)),
    ];
  }
  const context = { site, assets, now, sequences };
  const filesOf = async (campaign: Campaign, key: string | undefined): Promise<OutputFile[]> => {
    const reused = key && (await cache!.files(key));
    if (reused) return reused;
    const files = workers ? await (await workers).render(campaign, context) : await campaignFiles(campaign, context);
    if (key) await cache!.remember(key, files);
    return files;
  };
  // The campaigns' calendar files, which the site's calendars are made of.
  const calendars = new Map<string, string>();
  // With workers, two campaigns per worker are under way at once, so none of them waits.
  const ahead = workers ? (await workers).size * 2 : 1;
  const underWay: Promise<OutputFile[]>[] = [];
  let next = 0;
  for (;;) {
    while (underWay.length < ahead && next < campaigns.length) {
      const files = filesOf(campaigns[next], keys[next]);
      next += 1;
      // Awaited in its turn; a failure before then is not an unhandled rejection.
      files.catch(() => undefined);
      underWay.push(files);
    }
    const files = underWay.shift();
    if (!files) break;
    const batch = await files;
    keepCalendars(calendars, batch);
    yield batch;
  }
  if (!only) {
    yield site.locales.map((locale) => ({
      file: siteCalendarPath(site, locale),
      content: siteCalendarIcs(loaded.campaigns, site, now, sequences, locale, (campaign, shown) => calendars.get(calendarPath(campaign, shown))),
    }));
  }
}

function keepCalendars(calendars: Map<string, string>, files: OutputFile[]): void {
  for (const { file, content } of files) if (file.endsWith('.ics')) calendars.set(file, content);
}

/**
 * Everything one campaign's files follow from (see page-cache.ts): not `now` itself but the campaign's moment
 * at `now`, which stays the same until its `changesAt`, and the past editions that have pages.
 */
function campaignInputs(campaign: Campaign, site: SiteInfo, assets: PageAssets, now: number, sequences: Sequences): unknown {
  // UIDs are `<slug>@host` and `<slug>-<session>@host` (calendar.ts); a longer slug that shares the prefix only
  // makes the key change more often, never less.
  const own = Object.entries(sequences).filter(([uid]) => uid.startsWith(`${campaign.slug}@`) || uid.startsWith(`${campaign.slug}-`));
  return [campaign, site, assets, own, momentAt(campaign, now) ?? null, pastEditions(campaign, now).map(({ moment }) => moment.occurrence.year)];
}

/**
 * When the static output stops being true, for a scheduled rebuild: the first instant at which any
 * campaign's occurrence, state or sessions change (as the build decides them, for a visitor anywhere).
 * Visitors with JavaScript see every change when it happens; the rebuild is for search engines, social
 * previews and visitors without JavaScript.
 */
export interface StaleReport {
  builtAt: string;
  /** The earliest `changesAt` below; null when nothing will ever change. */
  staleAt: string | null;
  campaigns: { slug: string; changesAt: string | null }[];
}

/** An initiative has no time, so nothing about it goes stale: it is not listed. */
export function staleReport(campaigns: Campaign[], now: number): StaleReport {
  const changes = campaigns.filter((campaign) => campaign.time).map((campaign) => ({ slug: campaign.slug, at: momentAt(campaign, now)?.changesAt }));
  const iso = (at: number | undefined) => (at === undefined ? null : new Date(at).toISOString());
  const first = Math.min(...changes.map((c) => c.at ?? Infinity));
  return {
    builtAt: new Date(now).toISOString(),
    staleAt: Number.isFinite(first) ? iso(first) : null,
    campaigns: changes.map(({ slug, at }) => ({ slug, changesAt: iso(at) })),
  };
}

/**
 * `_headers` (the format of Netlify and Cloudflare Pages): the pages' hashed scripts, hashed partner chunks and
 * the `pinned` copies of the entries cached for good, stable entries for an hour, campaign data revalidated,
 * and what partners load open to their pages on other origins, with the `Date` header their clock guard
 * reads. An SVG opened on its own is a document: it may load nothing and run nothing, whatever the build's
 * check of it missed. Calendar files and feeds get their types and are revalidated on every poll. Pages run
 * scripts only from the site and the inline loader that starts them (`PAGE_CSP`).
 *
 * Entries and pinned copies share a folder, and a file matched by two rules gets both values of a header
 * (Cloudflare joins them with a comma), so each is named by its own path. The pages' policy is the first
 * rule and the SVG one comes later: Netlify keeps the later value of a header two rules give, and Cloudflare
 * sends both policies, which a browser enforces together; either way an SVG stays as strict.
 */
export function hostingHeaders(pinned: string[]): string {
  const forGood = 'Cache-Control: public, max-age=31536000, immutable';
  const immutable = [forGood, 'Access-Control-Allow-Origin: *'];
  const hourly = ['Cache-Control: public, max-age=3600', 'Access-Control-Allow-Origin: *'];
  // Images keep their names from build to build, so a new one may take an old one's place: fresh for ten minutes,
  // then shown from the cache at once while the browser asks, in the background, whether it changed. A visitor
  // who comes back within the week paints the banner without waiting for an answer; a new image shows the visit after.
  const images = 'Cache-Control: public, max-age=600, stale-while-revalidate=604800';
  const rules: [string, string[]][] = [
    ['/*', [`Content-Security-Policy: ${PAGE_CSP}`]],
    // The pages' scripts have hashed names too: a visitor who comes back loads them from the cache, asking nothing.
    [`/${PAGE_SCRIPTS}*`, [forGood]],
    [`/${PARTNER_SCRIPTS}chunks/*`, immutable],
    ...pinned.map((file): [string, string[]] => [`/${file}`, immutable]),
    ...['summit', ...PINNED_ENTRIES].map((entry): [string, string[]] => [`/${partnerScriptPath(entry)}`, hourly]),
    [`/${LEGACY_PARTNER_SCRIPT_PATH}`, hourly],
    ['/:slug/campaign.json', ['Cache-Control: no-cache', 'Access-Control-Allow-Origin: *', 'Access-Control-Expose-Headers: Date']],
    ['/*.svg', ["Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'", images]],
    // Every other image type the build publishes, by each of its extensions.
    ...Object.entries(IMAGE_TYPES).flatMap(([type, { extensions }]) => (type === 'svg' ? [] : extensions)).map((extension): [string, string[]] => [`/*${extension}`, [images]]),
    // Calendar apps and feed readers poll these: always revalidated, and typed, whatever the host guesses.
    ['/*.ics', ['Content-Type: text/calendar; charset=utf-8', 'Cache-Control: no-cache', 'Access-Control-Allow-Origin: *']],
    ['/*.atom', ['Content-Type: application/atom+xml; charset=utf-8', 'Cache-Control: no-cache', 'Access-Control-Allow-Origin: *']],
    ['/*feed.json', ['Content-Type: application/feed+json; charset=utf-8', 'Cache-Control: no-cache', 'Access-Control-Allow-Origin: *']],
  ];
  return rules.map(([path, headers]) => `${path}\n${headers.map((h) => `  ${h}`).join('\n')}\n`).join('');
}

/**
 * Draws and writes every page's card image below `dir`: the directory's in each site locale, and each
 * campaign page's in each of its locales (see social-image.ts). Unchanged cards are read from the cache.
 */
export async function publishCardImages(loaded: Awaited<ReturnType<typeof loadOrThrow>>, dir: string, now: number, kept?: string): Promise<void> {
  // sharp draws each card on one thread (`sharp.concurrency()` is 1 on glibc Linux), so one card per core at once.
  const queue = cardImages(loaded, now).values();
  await Promise.all(Array.from({ length: availableParallelism() }, async () => {
    for (const card of queue) {
      await mkdir(path.dirname(path.join(dir, card.file)), { recursive: true });
      await writeOutput(dir, card.file, await card.draw(), kept);
    }
  }));
}

/** Every card image the site has (the build writes them all; the dev server draws the one asked for). */
export function cardImages(loaded: Awaited<ReturnType<typeof loadOrThrow>>, now: number): { file: string; draw: () => Promise<Uint8Array> }[] {
  const site = siteInfo(loaded.site);
  return [
    ...site.locales.map((locale) => ({ file: siteSocialImagePath(locale), draw: () => renderCard(siteCardText(site, locale), SITE_CARD_BACKGROUND) })),
    ...loaded.campaigns.flatMap((campaign) =>
      campaign.locales.map((locale) => ({
        file: socialImagePath(campaign, locale),
        draw: () => renderCard(campaignCardText(campaign, site, locale, now), campaignCardBackground(campaign, loaded.images, now)),
      })),
    ),
    // Each past edition's page shows its own year: its theme, date and banner.
    ...loaded.campaigns.flatMap((campaign) =>
      pastEditions(campaign, now).flatMap(({ moment: { occurrence } }) =>
        campaign.locales.map((locale) => ({
          file: socialImagePath(campaign, locale, occurrence.year),
          draw: () => renderCard(campaignCardText(campaign, site, locale, now, occurrence), campaignCardBackground(campaign, loaded.images, now, occurrence.year)),
        })),
      ),
    ),
  ];
}

/**
 * Writes each batch as it comes, one batch writing while the next is made: the disk and the renderer do not
 * wait for each other, and no more than two batches are held at once. Rejects with the first failure, of a
 * batch or of a write, and only once nothing is being written any more (so the caller may remove the folder).
 */
export async function writeEach<T>(batches: AsyncIterable<T>, write: (batch: T) => Promise<void>): Promise<void> {
  let writing: Promise<void> = Promise.resolve();
  try {
    for await (const batch of batches) {
      await writing;
      writing = write(batch);
      // Its failure is thrown where it is awaited, once the next batch is made.
      writing.catch(() => undefined);
    }
    await writing;
  } finally {
    await writing.catch(() => undefined);
  }
}

/** Files written at once: enough to keep the disk busy, few enough to stay within open-file limits. */
const WRITES_AT_ONCE = 32;

/**
 * Writes files below `dir`, several at a time, creating each folder once (`folders` remembers them across
 * calls); a file that `kept`, the output being replaced, has with the same bytes is linked (see `writeOutput`).
 */
export async function writeFiles(dir: string, files: OutputFile[], folders = new Map<string, Promise<unknown>>(), kept?: string): Promise<void> {
  for (let i = 0; i < files.length; i += WRITES_AT_ONCE) {
    await Promise.all(files.slice(i, i + WRITES_AT_ONCE).map(async (file) => {
      const folder = path.dirname(path.join(dir, file.file));
      // Files of one folder written together wait for the same mkdir.
      if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
      await folders.get(folder);
      await writeOutput(dir, file.file, file.content, kept, file.unchanged);
    }));
  }
}
