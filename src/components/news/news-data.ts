/**
 * The news of a campaign, read from its `campaign.json` (shape: `Campaign` in `src/campaign/model.ts`),
 * checked by hand: zod stays out of the browser bundle. An item that is not safe to show (a link that is
 * not https, a missing title) is dropped and the rest are kept.
 */
import { defaultLocaleOf, isRecord, readCampaignJson, safeUrl, textIn } from '../shared/campaign-json.js';

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

export async function readCampaignNews(response: Response, signal: AbortSignal): Promise<CampaignNews> {
  const data = await readCampaignJson(response, signal);
  if (!Array.isArray(data.news)) throw new Error('expected news to be a list');
  return { defaultLocale: defaultLocaleOf(data), items: data.news, base: response.url };
}

/** The items safe to show, in `lang`, newest first, at most `limit`. */
export function newsIn(news: CampaignNews, lang: string, limit: number): NewsEntry[] {
  const entries: NewsEntry[] = [];
  for (const item of news.items) {
    if (!isRecord(item) || typeof item.id !== 'string' || typeof item.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(item.date)) continue;
    const link = safeUrl(item.link, news.base);
    const title = textIn(item.title, lang, news.defaultLocale);
    if (!link || !link.startsWith('https:') || !title) continue;
    const summary = textIn(item.summary, lang, news.defaultLocale);
    const image = item.image === undefined ? undefined : safeUrl(item.image, news.base);
    entries.push({ id: item.id, date: item.date, link, title, ...(summary && { summary }), ...(image && { image }) });
  }
  return entries.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).slice(0, limit);
}
