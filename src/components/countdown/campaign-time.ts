/**
 * The time of a campaign, read from its `campaign.json` (shape: `Campaign` in `src/campaign/model.ts`).
 * Only the fields the countdown uses are checked, by hand: zod stays out of the browser bundle.
 */
import { CAMPAIGN_JSON_VERSION } from '../../campaign/model.js';
import type { EventTime } from '../../time/countdown.js';
import { isZone, toInstant } from '../../time/zone.js';
import type { Clock } from '../shared/clock.js';
import { responseJson } from '../shared/campaign-controller.js';
import { isRecord } from '../shared/campaign-json.js';

/** A short description of a wrong value for a warning: its type, or the string itself. */
function shown(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : value === null ? 'null' : typeof value;
}

/** The event time in parsed `campaign.json` data; throws an Error naming the first field that is wrong. */
export function campaignTime(data: unknown): EventTime {
  if (!isRecord(data)) throw new Error(`expected a JSON object, got ${shown(data)}`);
  if (data.version !== CAMPAIGN_JSON_VERSION) throw new Error(`expected version ${CAMPAIGN_JSON_VERSION}, got ${shown(data.version)}`);
  const { time, recurrence } = data;
  if (!isRecord(time)) throw new Error(`expected time to be an object, got ${shown(time)}`);
  const { timeZone, start, end } = time;
  if (typeof timeZone !== 'string' || !isZone(timeZone)) throw new Error(`expected time.timeZone to be an IANA zone or "local", got ${shown(timeZone)}`);
  for (const [field, value] of [['start', start], ['end', end]] as const) {
    if (typeof value !== 'string' || Number.isNaN(toInstant(value, timeZone))) {
      throw new Error(`expected time.${field} to be a date and time, got ${shown(value)}`);
    }
  }
  if (recurrence !== undefined && !(isRecord(recurrence) && recurrence.frequency === 'yearly')) {
    throw new Error(`expected recurrence to be { "frequency": "yearly" } or absent, got ${shown(recurrence)}`);
  }
  const leapDay = isRecord(recurrence) ? recurrence.leapDay : undefined;
  if (leapDay !== undefined && leapDay !== 'feb-28' && leapDay !== 'mar-1') {
    throw new Error(`expected recurrence.leapDay to be "feb-28" or "mar-1", got ${shown(leapDay)}`);
  }
  return { start: start as string, end: end as string, timeZone, yearly: recurrence !== undefined, leapDay };
}

/**
 * The server's time when it sent a response: its `Date` header (whole seconds) plus the `Age` a cache
 * added. Undefined when the header is absent or not exposed (a cross-origin server must list it in
 * `Access-Control-Expose-Headers`).
 */
function serverTime(response: Response): number | undefined {
  const date = Date.parse(response.headers.get('Date') ?? '');
  if (Number.isNaN(date)) return undefined;
  const age = Number(response.headers.get('Age') ?? 0);
  return date + (Number.isFinite(age) ? age * 1000 : 0);
}

/**
 * Reads a campaign's time from its response, and lets the server's clock correct `clock` on the way.
 * Rejects with an Error that says what went wrong (HTTP status, not JSON, invalid field, abort).
 */
export async function readCampaignTime(response: Response, signal: AbortSignal, clock: Clock): Promise<EventTime> {
  const receivedAt = clock.source();
  const trusted = serverTime(response);
  const time = campaignTime(await responseJson(response, signal));
  if (trusted !== undefined) clock.correctTo(trusted, receivedAt);
  return time;
}
