/**
 * The news of a campaign as `<summit-news>` shows it: in one language, newest first, at most `limit`.
 * The reader (`campaign-json.ts`) has already dropped items that are not safe to show.
 */
import type { Campaign } from '../../campaign/model.js';
import { textIn } from '../shared/campaign-json.js';

/** A news item in one language: what `<summit-news>` renders. */
export interface NewsEntry {
  id: string;
  date: string;
  link: string;
  title: { text: string; lang: string };
  summary?: { text: string; lang: string };
  image?: string;
}

export function newsIn(campaign: Campaign, lang: string, limit: number): NewsEntry[] {
  const entries: NewsEntry[] = [];
  for (const item of campaign.news.slice(0, Math.max(0, limit))) {
    const title = textIn(item.title, lang, campaign.defaultLocale);
    if (!title) continue;
    const summary = textIn(item.summary, lang, campaign.defaultLocale);
    entries.push({ id: item.id, date: item.date, link: item.link, title, ...(summary && { summary }), ...(item.image && { image: item.image }) });
  }
  return entries;
}
