/**
 * What `<summit-calendar>` needs of a campaign on a partner page, read from its `campaign.json`.
 */
import type { TimeSpan } from '../../campaign/model.js';
import { defaultLocaleOf, isRecord, readCampaignJson, timeSpanOf } from '../shared/campaign-json.js';

export interface CampaignCalendar {
  defaultLocale: string;
  name: Record<string, unknown>;
  time: TimeSpan;
  yearly: boolean;
  /** The calendar file, beside campaign.json. */
  ics: string;
  /** The campaign page, beside campaign.json. */
  page: string;
}

export async function readCampaignCalendar(response: Response, signal: AbortSignal): Promise<CampaignCalendar> {
  const data = await readCampaignJson(response, signal);
  const { name, slug } = data;
  if (!isRecord(name) || typeof slug !== 'string' || !/^[a-z0-9-]+$/.test(slug)) throw new Error('expected a name and a slug');
  return {
    defaultLocale: defaultLocaleOf(data),
    name,
    time: timeSpanOf(data.time),
    yearly: isRecord(data.recurrence),
    ics: new URL(`${slug}.ics`, response.url).href,
    page: new URL('./', response.url).href,
  };
}
