/**
 * Where every output lives below `dist/`, in one place: pages, data, calendars, the embed kit and the
 * build's report. These paths are public (partners, search engines and bookmarks use them).
 */
import type { Campaign } from '../campaign/model.js';
import { isLocale, LOCALES, type Locale } from '../campaign/locales.js';
import { calendarFile } from '../campaign/calendar-links.js';
import { SITE_IMAGES_FOLDER } from '../campaign/schema.js';

/** URL path of a campaign page in a locale, from the site root: `csw67/`, `csw67/fr/`. */
export function campaignPath(campaign: Pick<Campaign, 'slug' | 'defaultLocale'>, locale: Locale): string {
  return locale === campaign.defaultLocale ? `${campaign.slug}/` : `${campaign.slug}/${locale}/`;
}

/**
 * URL path of a past edition of a yearly campaign in a locale: `international-mountain-day/2023/`,
 * `international-mountain-day/fr/2023/`.
 */
export function editionPath(campaign: Pick<Campaign, 'slug' | 'defaultLocale'>, year: number, locale: Locale): string {
  return `${campaignPath(campaign, locale)}${year}/`;
}

/** URL path of the directory page in a locale: `` (the site's first locale), `fr/`. */
export function directoryPath(site: { locales: Locale[] }, locale: Locale): string {
  return locale === site.locales[0] ? '' : `${locale}/`;
}

/** The campaign's data for partners and pages: `csw67/campaign.json`. */
export function campaignJsonPath(campaign: Pick<Campaign, 'slug'>): string {
  return `${campaign.slug}/campaign.json`;
}

/**
 * The campaign's calendar file in a locale: `csw67/csw67.ics` in its default locale (the first address it
 * had, kept), `csw67/fr/csw67.ics` in another.
 */
export function calendarPath(campaign: Pick<Campaign, 'slug' | 'defaultLocale' | 'locales'>, locale: Locale): string {
  return `${campaign.slug}/${calendarFile(campaign, locale)}`;
}

/** The calendar of every campaign in a locale, beside the directory page: `calendar.ics`, `fr/calendar.ics`. */
export function siteCalendarPath(site: { locales: Locale[] }, locale: Locale): string {
  return `${directoryPath(site, locale)}calendar.ics`;
}

/** The campaign's embed kit page in a locale: `csw67/embed/`, `csw67/fr/embed/`. */
export function embedKitPath(campaign: Pick<Campaign, 'slug' | 'defaultLocale'>, locale: Locale): string {
  return `${campaignPath(campaign, locale)}embed/`;
}

/**
 * The partner scripts, under a stable major version: `embed/v1/summit.js` and one per element
 * (`embed/v1/countdown.js` …). What they import is in `embed/v1/chunks/`, with hashed names.
 */
export const PARTNER_SCRIPTS = 'embed/v1/';

export function partnerScriptPath(entry: string): string {
  return `${PARTNER_SCRIPTS}${entry}.js`;
}

/** The partner entries that are one file each, and so have a pinned copy: each element alone. */
export const PINNED_ENTRIES = ['countdown', 'banner', 'news', 'calendar'] as const;

/**
 * A pinned copy of an element's entry, named by the first 16 hex digits of the SHA-384 of its bytes (the
 * digest its `integrity` carries): `embed/v1/countdown.3f2a9c1b5e7d0a48.js`. It sits beside the entry, so
 * the entry's relative imports of `chunks/` resolve the same; new bytes get a new name, so it never changes.
 */
export function pinnedScriptPath(entry: string, sha384: Buffer): string {
  return `${PARTNER_SCRIPTS}${entry}.${sha384.toString('hex').slice(0, 16)}.js`;
}

/** The name of a pinned copy in `embed/v1/`, of this build or an earlier one. */
export const PINNED_NAME = new RegExp(`^(?:${PINNED_ENTRIES.join('|')})\\.[0-9a-f]{16}\\.js$`);

/** The first partner script's URL, kept for the snippets partners already have: it loads `embed/v1/summit.js`. */
export const LEGACY_PARTNER_SCRIPT_PATH = 'embed/summit.js';

/** The page scripts and the modules they import, with hashed names: `assets/page-3f2a9c1b.js`. */
export const PAGE_SCRIPTS = 'assets/';

/** The card images' folder: the directory's (`social/en.png`), and each campaign's inside its own (`csw67/social/en.png`). */
export const CARD_IMAGES = 'social/';

const CARD_IMAGE = new RegExp(`^${CARD_IMAGES}(?:\\d+/)?(?:${LOCALES.join('|')})\\.png$`);

/** Whether a path inside a campaign's folder is where the build writes one of its card images: `social/fr.png`, `social/2023/fr.png`. */
export function isCardImage(file: string): boolean {
  return CARD_IMAGE.test(file);
}

/** A campaign's slug: its folder's name and its URL below the site, in lowercase kebab-case. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The site's own top-level folders other than its languages', and what each holds. */
const SITE_FOLDERS = new Map([
  [PAGE_SCRIPTS, "the pages' scripts"],
  ['embed/', 'the partner scripts'],
  [CARD_IMAGES, "the front page's card images"],
  [`${SITE_IMAGES_FOLDER}/`, "the site's own images"],
]);

/**
 * What the site itself keeps in `dist/<slug>/`, when a campaign by that name would write its pages over it:
 * a language's front page, calendar and feeds (`fr/`, for any language Summit has, since a site may add it),
 * or one of the site's own folders (`embed/`). Undefined for a slug that is free.
 */
export function siteFolder(slug: string): string | undefined {
  if (isLocale(slug)) return 'the front page, calendar and feeds in that language';
  return SITE_FOLDERS.get(`${slug}/`);
}

/** The JSON Schema of every `campaign.json`. */
export const CAMPAIGN_JSON_SCHEMA_PATH = 'campaign.schema.json';

/** Response headers for hosts that read them from a file (Netlify, Cloudflare Pages). */
export const HEADERS_PATH = '_headers';

/** When the static pages stop being true, for a scheduled rebuild. */
export const STALE_REPORT_PATH = 'rebuild.json';

/** Relative prefix from a page path back to the site root: `csw67/fr/` → `../../`. */
export function toRoot(pagePath: string): string {
  return '../'.repeat(pagePath.split('/').filter(Boolean).length);
}
