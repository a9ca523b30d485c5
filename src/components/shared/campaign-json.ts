/**
 * The one reader of `campaign.json` (shape: `Campaign` in `src/campaign/model.ts`, published as
 * `dist/campaign.schema.json`), by hand: zod stays out of the browser bundle. The schedule must be right or
 * the whole file is refused (a countdown to a wrong time is worse than none); anything else that is not
 * safe to show (a link that is not https, a colour that is not a hex colour, a news item without a title)
 * is dropped and the rest is kept.
 */
import { CAMPAIGN_JSON_VERSION, type Banner, type Campaign, type Edition, type Localised, type NewsItem, type Session, type TimeSpan, type Venue } from '../../campaign/model.js';
import { LOCALES, type Locale } from '../../campaign/locales.js';
import type { Schedule, Status } from '../../time/lifecycle.js';
import { isZone, toInstant } from '../../time/zone.js';

/** The `campaign.json` versions this reader knows; any other is refused, and elements keep their link. */
export const KNOWN_VERSIONS: readonly number[] = [CAMPAIGN_JSON_VERSION];

const STATUSES: readonly Status[] = ['scheduled', 'postponed', 'cancelled', 'moved-online'];
const HEX = /^#([0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short description of a wrong value for a warning: its type, or the string itself. */
function shown(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : value === null ? 'null' : typeof value;
}

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** `value` as a TimeSpan; throws naming `field` when it does not hold real times in a real zone. */
export function timeSpanOf(value: unknown, field = 'time'): TimeSpan {
  if (!isRecord(value) || typeof value.start !== 'string' || typeof value.end !== 'string' || typeof value.timeZone !== 'string' || typeof value.allDay !== 'boolean') {
    throw new Error(`expected ${field} with start, end, timeZone and allDay, got ${shown(value)}`);
  }
  const { start, end, timeZone, allDay } = value;
  if (!isZone(timeZone)) throw new Error(`expected ${field}.timeZone to be an IANA zone or "local", got ${shown(timeZone)}`);
  for (const [name, time] of [['start', start], ['end', end]] as const) {
    if (Number.isNaN(toInstant(time, timeZone)) || (allDay && !DATE.test(time))) {
      throw new Error(`expected ${field}.${name} to be a ${allDay ? 'date' : 'date and time'}, got ${shown(time)}`);
    }
  }
  return { start, end, timeZone, allDay };
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
  return defined({ image: safeUrl(value.image, base), alt: localisedOf(value.alt), overlay: hex(value.overlay) });
}

function sessionsOf(value: unknown, field: string, base: string): Session[] {
  if (!Array.isArray(value)) throw new Error(`expected ${field} to be a list, got ${shown(value)}`);
  return value.map((item: unknown, i) => {
    const span = timeSpanOf(item, `${field}[${i}]`);
    const session = item as Record<string, unknown>;
    return defined({
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
    items.push(defined({ id: item.id, date: item.date, title, link, summary: localisedOf(item.summary), image: safeUrl(item.image, base), imageAlt: localisedOf(item.imageAlt) }));
  }
  return items.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** The schedule part of campaign data: what the lifecycle needs. Throws naming the first field that is wrong. */
export function scheduleOf(data: unknown, base = 'https://invalid/'): Schedule & { sessions: Session[]; editions: Edition[] } {
  if (!isRecord(data)) throw new Error(`expected a JSON object, got ${shown(data)}`);
  const { status, recurrence, recapDays } = data;
  if (!STATUSES.includes(status as Status)) throw new Error(`expected status to be one of ${STATUSES.join(', ')}, got ${shown(status)}`);
  if (recurrence !== undefined && !(isRecord(recurrence) && recurrence.frequency === 'yearly')) {
    throw new Error(`expected recurrence to be { "frequency": "yearly" } or absent, got ${shown(recurrence)}`);
  }
  const leapDay = isRecord(recurrence) ? recurrence.leapDay : undefined;
  if (leapDay !== undefined && leapDay !== 'feb-28' && leapDay !== 'mar-1') {
    throw new Error(`expected recurrence.leapDay to be "feb-28" or "mar-1", got ${shown(leapDay)}`);
  }
  if (typeof recapDays !== 'number' || !(recapDays >= 0)) throw new Error(`expected recapDays to be a number of days, got ${shown(recapDays)}`);
  return {
    status: status as Status,
    time: timeSpanOf(data.time),
    ...(recurrence !== undefined && { recurrence: { frequency: 'yearly' as const, ...(leapDay && { leapDay }) } }),
    recapDays,
    sessions: sessionsOf(data.sessions ?? [], 'sessions', base),
    editions: editionsOf(data.editions ?? [], base),
  };
}

/**
 * Parsed `campaign.json` as a Campaign, its links and images made absolute against `base` (the file's
 * URL). Throws an Error naming what is wrong when it is not campaign data of a version this reader knows.
 */
export function readCampaign(data: unknown, base: string): Campaign {
  if (!isRecord(data)) throw new Error(`expected a JSON object, got ${shown(data)}`);
  if (!KNOWN_VERSIONS.includes(data.version as number)) throw new Error(`expected campaign data of version ${KNOWN_VERSIONS.join(' or ')}, got ${shown(data.version)}`);
  const { slug, defaultLocale } = data;
  if (typeof slug !== 'string' || !/^[a-z0-9-]+$/.test(slug)) throw new Error(`expected slug to be a campaign slug, got ${shown(slug)}`);
  if (!isLocale(defaultLocale)) throw new Error(`expected defaultLocale to be one of ${LOCALES.join(', ')}, got ${shown(defaultLocale)}`);
  const name = localisedOf(data.name);
  if (!name) throw new Error('expected name to be localised text');
  const organiser = isRecord(data.organiser) ? data.organiser : {};
  const links = isRecord(data.links) ? data.links : {};
  const colors = isRecord(data.colors) ? data.colors : {};
  return defined({
    version: CAMPAIGN_JSON_VERSION,
    slug,
    defaultLocale,
    locales: Array.isArray(data.locales) ? data.locales.filter(isLocale) : [defaultLocale],
    name,
    description: localisedOf(data.description) ?? {},
    ...scheduleOf(data, base),
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
