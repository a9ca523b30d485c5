/**
 * What `<summit-calendar>` needs of a campaign on a partner page, read from its `campaign.json` and
 * checked by hand (zod stays out of the browser bundle).
 */
import { CAMPAIGN_JSON_VERSION, type TimeSpan } from '../../campaign/model.js';
import { isZone, toInstant } from '../../time/zone.js';
import { responseJson } from '../shared/campaign-controller.js';

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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function readCampaignCalendar(response: Response, signal: AbortSignal): Promise<CampaignCalendar> {
  const data = await responseJson(response, signal);
  if (!isRecord(data) || data.version !== CAMPAIGN_JSON_VERSION) throw new Error(`expected campaign data of version ${CAMPAIGN_JSON_VERSION}`);
  const { time, name, slug } = data;
  if (!isRecord(name) || typeof slug !== 'string' || !/^[a-z0-9-]+$/.test(slug)) throw new Error('expected a name and a slug');
  if (!isRecord(time) || typeof time.start !== 'string' || typeof time.end !== 'string' || typeof time.timeZone !== 'string' || typeof time.allDay !== 'boolean') {
    throw new Error('expected time with start, end, timeZone and allDay');
  }
  if (!isZone(time.timeZone) || Number.isNaN(toInstant(time.start, time.timeZone)) || Number.isNaN(toInstant(time.end, time.timeZone))) {
    throw new Error('expected time to hold real instants in a real zone');
  }
  return {
    defaultLocale: typeof data.defaultLocale === 'string' ? data.defaultLocale : 'en',
    name,
    time: { start: time.start, end: time.end, timeZone: time.timeZone, allDay: time.allDay },
    yearly: isRecord(data.recurrence),
    ics: new URL(`${slug}.ics`, response.url).href,
    page: new URL('./', response.url).href,
  };
}
