/**
 * What the banner shows of a campaign, read from its `campaign.json` (shape: `Campaign` in
 * `src/campaign/model.ts`), checked by hand: zod stays out of the browser bundle. Colours that are not
 * plain hex colours and images that are not https are left out; the rest is shown.
 */
import { CAMPAIGN_JSON_VERSION, type TimeSpan } from '../../campaign/model.js';
import { isZone, toInstant } from '../../time/zone.js';
import { responseJson } from '../shared/campaign-controller.js';

type Text = { text: string; lang: string };

export interface CampaignBanner {
  defaultLocale: string;
  name: Record<string, unknown>;
  theme?: Record<string, unknown>;
  yearly: boolean;
  time: TimeSpan;
  image?: string;
  alt?: Record<string, unknown>;
  colors: { accent?: string; background?: string; overlay?: string };
  /** The campaign's page in its default locale. */
  page: string;
  locales: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

function hex(value: unknown): string | undefined {
  return typeof value === 'string' && HEX.test(value) ? value : undefined;
}

export async function readCampaignBanner(response: Response, signal: AbortSignal): Promise<CampaignBanner> {
  const data = await responseJson(response, signal);
  if (!isRecord(data) || data.version !== CAMPAIGN_JSON_VERSION) throw new Error(`expected campaign data of version ${CAMPAIGN_JSON_VERSION}`);
  const { time, name, banner, colors } = data;
  if (!isRecord(name)) throw new Error('expected name to be localised text');
  if (!isRecord(time) || typeof time.start !== 'string' || typeof time.end !== 'string' || typeof time.timeZone !== 'string' || typeof time.allDay !== 'boolean') {
    throw new Error('expected time with start, end, timeZone and allDay');
  }
  if (!isZone(time.timeZone) || Number.isNaN(toInstant(time.start, time.timeZone)) || Number.isNaN(toInstant(time.end, time.timeZone))) {
    throw new Error('expected time to hold real instants in a real zone');
  }
  const base = response.url;
  let image: string | undefined;
  if (isRecord(banner) && typeof banner.image === 'string') {
    const url = new URL(banner.image, base);
    if (url.protocol === 'https:' || url.origin === new URL(base).origin) image = url.href;
  }
  return {
    defaultLocale: typeof data.defaultLocale === 'string' ? data.defaultLocale : 'en',
    locales: Array.isArray(data.locales) ? data.locales.filter((l): l is string => typeof l === 'string') : [],
    name,
    ...(isRecord(data.theme) && { theme: data.theme }),
    yearly: isRecord(data.recurrence),
    time: { start: time.start, end: time.end, timeZone: time.timeZone, allDay: time.allDay },
    ...(image && { image }),
    ...(isRecord(banner) && isRecord(banner.alt) && { alt: banner.alt }),
    colors: {
      accent: hex(isRecord(colors) ? colors.accent : undefined),
      background: hex(isRecord(colors) ? colors.background : undefined),
      overlay: hex(isRecord(banner) ? banner.overlay : undefined),
    },
    page: new URL('./', base).href,
  };
}

/** A localised text in `lang`, falling back to the campaign's default locale, with the language it is in. */
export function textIn(value: Record<string, unknown> | undefined, lang: string, fallback: string): Text | undefined {
  const entry = value?.[lang.split('-')[0]] ?? value?.[fallback];
  if (!isRecord(entry) || typeof entry.text !== 'string' || typeof entry.lang !== 'string') return undefined;
  return { text: entry.text, lang: entry.lang };
}
