/**
 * Every file of one campaign: its pages in each locale, its past editions, its embed kit, `campaign.json`, and
 * its calendars and feeds in each locale. A pure function of its arguments, all plain data, so the build can
 * run it in a worker thread (`render-pool.ts`) and get the same bytes as on its own thread.
 */
import type { Campaign } from '../campaign/model.js';
import { calendarIcs, type Sequences } from './calendar.js';
import type { OutputFile, PageAssets, SiteInfo } from './pages/page.js';
import { renderCampaign } from './pages/campaign-page.js';
import { renderEditions } from './pages/edition-page.js';
import { renderEmbedKit } from './pages/embed-kit-page.js';
import { campaignFeeds } from './feeds.js';
import { calendarPath, campaignJsonPath } from './paths.js';

/** What a campaign's files follow from, besides the campaign. */
export interface RenderContext {
  site: SiteInfo;
  assets: PageAssets;
  now: number;
  sequences: Sequences;
}

export async function campaignFiles(campaign: Campaign, { site, assets, now, sequences }: RenderContext): Promise<OutputFile[]> {
  return [
    ...(await renderCampaign(campaign, site, assets, now)),
    ...(await renderEditions(campaign, site, assets, now)),
    ...(await renderEmbedKit(campaign, site, assets, now)),
    { file: campaignJsonPath(campaign), content: campaignJson(campaign) },
    ...campaign.locales.flatMap((locale) => [
      ...(campaign.time ? [{ file: calendarPath(campaign, locale), content: calendarIcs(campaign, site.url, now, sequences, locale) }] : []),
      ...campaignFeeds(campaign, site, locale),
    ]),
  ];
}

/** `campaign.json`: the normalised model embeds read. */
function campaignJson(campaign: Campaign): string {
  return `${JSON.stringify(campaign)}\n`;
}
