/**
 * Checks for `campaign.json` as elements on partner pages read it (shape: `Campaign` in
 * `src/campaign/model.ts`), by hand: zod stays out of the browser bundle. Each element reads only the
 * fields it shows, with these helpers, so a rule (what a localised text is, what a time span is, which
 * URLs are safe) lives in one place.
 */
import { CAMPAIGN_JSON_VERSION, type TimeSpan } from '../../campaign/model.js';
import { isZone, toInstant } from '../../time/zone.js';
import { responseJson } from './campaign-controller.js';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The response's campaign data, or a rejection that says why it is not campaign data of this version. */
export async function readCampaignJson(response: Response, signal: AbortSignal): Promise<Record<string, unknown>> {
  const data = await responseJson(response, signal);
  if (!isRecord(data) || data.version !== CAMPAIGN_JSON_VERSION) throw new Error(`expected campaign data of version ${CAMPAIGN_JSON_VERSION}`);
  return data;
}

/** The campaign's default locale, the language every text falls back to. */
export function defaultLocaleOf(data: Record<string, unknown>): string {
  return typeof data.defaultLocale === 'string' ? data.defaultLocale : 'en';
}

/** `time` as a TimeSpan; throws when it does not hold real instants in a real zone. */
export function timeSpanOf(time: unknown): TimeSpan {
  if (!isRecord(time) || typeof time.start !== 'string' || typeof time.end !== 'string' || typeof time.timeZone !== 'string' || typeof time.allDay !== 'boolean') {
    throw new Error('expected time with start, end, timeZone and allDay');
  }
  if (!isZone(time.timeZone) || Number.isNaN(toInstant(time.start, time.timeZone)) || Number.isNaN(toInstant(time.end, time.timeZone))) {
    throw new Error('expected time to hold real instants in a real zone');
  }
  return { start: time.start, end: time.end, timeZone: time.timeZone, allDay: time.allDay };
}

/** A localised text in `lang` (or its base language), else in `fallback`, with the language it is really in. */
export function textIn(value: unknown, lang: string, fallback: string): { text: string; lang: string } | undefined {
  if (!isRecord(value)) return undefined;
  const entry = value[lang.split('-')[0]] ?? value[fallback];
  if (!isRecord(entry) || typeof entry.text !== 'string' || typeof entry.lang !== 'string') return undefined;
  return { text: entry.text, lang: entry.lang };
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
