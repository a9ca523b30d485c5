/**
 * The news of a campaign, read from its `campaign.json` (shape: `Campaign` in `src/campaign/model.ts`),
 * checked by hand: zod stays out of the browser bundle. An item that is not safe to show (a link that is
 * not https, a missing title) is dropped and the rest are kept.
 */
import { CAMPAIGN_JSON_VERSION } from '../../campaign/model.js';
import { responseJson } from '../shared/campaign-controller.js';

/** A news item in one language: what `<summit-news>` renders. */
export interface NewsEntry {
  id: string;
  date: string;
  link: string;
  title: { text: string; lang: string };
  summary?: { text: string; lang: string };
  image?: string;
}

export interface CampaignNews {
  defaultLocale: string;
  /** The raw items, to be read in the element's language. */
  items: unknown[];
  /** The campaign file's URL, which image paths are relative to. */
  base: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The https URL a link or image path stands for, or undefined for anything else (javascript:, data:, …). */
function safeUrl(value: unknown, base: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || (url.protocol === 'http:' && url.hostname === 'localhost') || url.origin === new URL(base).origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A localised text in `lang`, falling back to the campaign's default locale, with the language it is in. */
function textIn(value: unknown, lang: string, fallback: string): { text: string; lang: string } | undefined {
  if (!isRecord(value)) return undefined;
  const entry = value[lang] ?? value[fallback];
  if (!isRecord(entry) || typeof entry.text !== 'string' || typeof entry.lang !== 'string') return undefined;
  return { text: entry.text, lang: entry.lang };
}

export async function readCampaignNews(response: Response, signal: AbortSignal): Promise<CampaignNews> {
  const data = await responseJson(response, signal);
  if (!isRecord(data) || data.version !== CAMPAIGN_JSON_VERSION) throw new Error(`expected campaign data of version ${CAMPAIGN_JSON_VERSION}`);
  if (!Array.isArray(data.news)) throw new Error('expected news to be a list');
  return { defaultLocale: typeof data.defaultLocale === 'string' ? data.defaultLocale : 'en', items: data.news, base: response.url };
}

/** The items safe to show, in `lang`, newest first, at most `limit`. */
export function newsIn(news: CampaignNews, lang: string, limit: number): NewsEntry[] {
  const language = lang.split('-')[0];
  const entries: NewsEntry[] = [];
  for (const item of news.items) {
    if (!isRecord(item) || typeof item.id !== 'string' || typeof item.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(item.date)) continue;
    const link = safeUrl(item.link, news.base);
    const title = textIn(item.title, language, news.defaultLocale);
    if (!link || !link.startsWith('https:') || !title) continue;
    const summary = textIn(item.summary, language, news.defaultLocale);
    const image = item.image === undefined ? undefined : safeUrl(item.image, news.base);
    entries.push({ id: item.id, date: item.date, link, title, ...(summary && { summary }), ...(image && { image }) });
  }
  return entries.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).slice(0, limit);
}
