/**
 * What the banner shows of a campaign, read from its `campaign.json` (shape: `Campaign` in
 * `src/campaign/model.ts`), checked by hand: zod stays out of the browser bundle. Colours that are not
 * plain hex colours and images that are not https are left out; the rest is shown.
 */
import type { TimeSpan } from '../../campaign/model.js';
import { defaultLocaleOf, isRecord, readCampaignJson, safeUrl, timeSpanOf } from '../shared/campaign-json.js';

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

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

function hex(value: unknown): string | undefined {
  return typeof value === 'string' && HEX.test(value) ? value : undefined;
}

export async function readCampaignBanner(response: Response, signal: AbortSignal): Promise<CampaignBanner> {
  const data = await readCampaignJson(response, signal);
  const { name, banner, colors } = data;
  if (!isRecord(name)) throw new Error('expected name to be localised text');
  const base = response.url;
  const image = isRecord(banner) ? safeUrl(banner.image, base) : undefined;
  return {
    defaultLocale: defaultLocaleOf(data),
    locales: Array.isArray(data.locales) ? data.locales.filter((l): l is string => typeof l === 'string') : [],
    name,
    ...(isRecord(data.theme) && { theme: data.theme }),
    yearly: isRecord(data.recurrence),
    time: timeSpanOf(data.time),
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
