/**
 * The one reader of `campaign.json` (shape: `Campaign` in `src/campaign/model.ts`, published as
 * `dist/campaign.schema.json`), by hand: zod stays out of the browser bundle. The schedule must be right
 * (`schedule-json.ts`) or the whole file is refused; anything else that is not safe to show (a link that is
 * not https, a colour that is not a hex colour, a news item without a title) is dropped and the rest kept.
 */
import { CAMPAIGN_JSON_VERSION, type Banner, type Campaign, type Edition, type Localised, type NewsItem, type Session, type Venue } from '../../campaign/model.js';
import { LOCALES, type Locale } from '../../campaign/locales.js';
import { checkVersion, isRecord, scheduleOf, shown, timeSpanOf } from './schedule-json.js';
import type { CampaignFile } from './campaign-controller.js';

/** A campaign as elements that show more than its time read it, with the URLs they link to. */
export interface CampaignData {
  campaign: Campaign;
  /** The campaign file's URL. */
  url: string;
  /** The campaign's page in its default locale. */
  page: string;
}

/** Reads a fetched campaign file whole. */
export function campaignData({ json, url, page }: CampaignFile): CampaignData {
  return { campaign: readCampaign(json, url), url, page };
}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The localised entries that are well formed: `{ text, lang }` under a known locale. */
function localisedOf(value: unknown): Localised | undefined {
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value).filter(
    (entry): entry is [Locale, { text: string; lang: Locale }] =>
      isLocale(entry[0]) && isRecord(entry[1]) && typeof entry[1].text === 'string' && isLocale(entry[1].lang),
  );
  return entries.length ? Object.fromEntries(entries.map(([l, t]) => [l, { text: t.text, lang: t.lang }])) : undefined;
}

/**
 * The absolute URL a link or image path stands for, when it is https or on the campaign file's own origin;
 * undefined for anything else (`javascript:`, `data:`, unparsable).
 */
export function safeUrl(value: unknown, base: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.origin === new URL(base).origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An https link, or undefined. */
function httpsUrl(value: unknown, base: string): string | undefined {
  const url = safeUrl(value, base);
  return url?.startsWith('https:') ? url : undefined;
}

/** An image's width or height: a whole number of pixels, at least 1. */
function pixels(value: unknown): number | undefined {
  return Number.isInteger(value) && (value as number) > 0 ? (value as number) : undefined;
}

function hex(value: unknown): string | undefined {
  return typeof value === 'string' && HEX.test(value) ? value : undefined;
}

/** Drops the keys whose value is undefined, so optional fields are absent rather than undefined. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function venueOf(value: unknown): Venue | undefined {
  const name = isRecord(value) ? localisedOf(value.name) : undefined;
  if (!isRecord(value) || !name) return undefined;
  return defined({ name, city: localisedOf(value.city), country: localisedOf(value.country) });
}

function bannerOf(value: unknown, base: string): Banner {
  if (!isRecord(value)) return {};
  return defined({ image: safeUrl(value.image, base), width: pixels(value.width), height: pixels(value.height), alt: localisedOf(value.alt), overlay: hex(value.overlay) });
}

function sessionsOf(value: unknown, field: string, base: string): Session[] {
  if (!Array.isArray(value)) throw new Error(`expected ${field} to be a list, got ${shown(value)}`);
  return value.map((item: unknown, i) => {
    const span = timeSpanOf(item, `${field}[${i}]`);
    const session = item as Record<string, unknown>;
    return defined({
      // Files from before session ids fall back to their place in the list.
      id: typeof session.id === 'string' ? session.id : `${field}-${i}`,
      ...span,
      name: localisedOf(session.name) ?? {},
      venue: venueOf(session.venue),
      online: httpsUrl(session.online, base),
      recording: httpsUrl(session.recording, base),
    });
  });
}

function editionsOf(value: unknown, base: string): Edition[] {
  if (!Array.isArray(value)) throw new Error(`expected editions to be a list, got ${shown(value)}`);
  return value.map((item: unknown, i) => {
    if (!isRecord(item) || !Number.isInteger(item.year)) throw new Error(`expected editions[${i}].year to be a year, got ${shown(item)}`);
    return defined({
      year: item.year as number,
      theme: localisedOf(item.theme),
      banner: isRecord(item.banner) ? bannerOf(item.banner, base) : undefined,
      sessions: sessionsOf(item.sessions ?? [], `editions[${i}].sessions`, base),
    });
  });
}

/** The news items that are safe to show, newest first. */
function newsOf(value: unknown, base: string): NewsItem[] {
  if (!Array.isArray(value)) return [];
  const items: NewsItem[] = [];
  for (const item of value) {
    if (!isRecord(item) || typeof item.id !== 'string' || typeof item.date !== 'string' || !DATE.test(item.date)) continue;
    const link = httpsUrl(item.link, base);
    const title = localisedOf(item.title);
    if (!link || !title) continue;
    items.push(defined({ id: item.id, date: item.date, title, link, summary: localisedOf(item.summary), image: safeUrl(item.image, base), imageWidth: pixels(item.imageWidth), imageHeight: pixels(item.imageHeight), imageAlt: localisedOf(item.imageAlt) }));
  }
  return items.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/**
 * Parsed `campaign.json` as a Campaign, its links and images made absolute against `base` (the file's
 * URL). Throws an Error naming what is wrong when it is not campaign data of a version this reader knows.
 */
export function readCampaign(data: unknown, base: string): Campaign {
  checkVersion(data);
  const { slug, defaultLocale } = data;
  if (typeof slug !== 'string' || !/^[a-z0-9-]+$/.test(slug)) throw new Error(`expected slug to be a campaign slug, got ${shown(slug)}`);
  if (!isLocale(defaultLocale)) throw new Error(`expected defaultLocale to be one of ${LOCALES.join(', ')}, got ${shown(defaultLocale)}`);
  const name = localisedOf(data.name);
  if (!name) throw new Error('expected name to be localised text');
  const organiser = isRecord(data.organiser) ? data.organiser : {};
  const links = isRecord(data.links) ? data.links : {};
  const colors = isRecord(data.colors) ? data.colors : {};
  const schedule = scheduleOf(data);
  return defined({
    version: CAMPAIGN_JSON_VERSION,
    slug,
    defaultLocale,
    locales: Array.isArray(data.locales) ? data.locales.filter(isLocale) : [defaultLocale],
    name,
    description: localisedOf(data.description) ?? {},
    ...schedule,
    kind: schedule.kind ?? 'event',
    sessions: sessionsOf(data.sessions ?? [], 'sessions', base),
    editions: editionsOf(data.editions ?? [], base),
    theme: localisedOf(data.theme),
    venue: venueOf(data.venue),
    organiser: defined({ name: localisedOf(organiser.name) ?? {}, url: httpsUrl(organiser.url, base) }),
    links: defined({ website: httpsUrl(links.website, base), webcast: httpsUrl(links.webcast, base), recording: httpsUrl(links.recording, base) }),
    colors: { accent: hex(colors.accent) ?? '', text: hex(colors.text) ?? '', background: hex(colors.background) ?? '' },
    banner: bannerOf(data.banner, base),
    news: newsOf(data.news, base),
  });
}

/** A localised text in `lang` (or its base language), else in `fallback`, with the language it is really in. */
export function textIn(value: Localised | undefined, lang: string, fallback: string): { text: string; lang: string } | undefined {
  return value?.[lang.split('-')[0] as Locale] ?? value?.[fallback as Locale];
}
