/**
 * The schedule in `campaign.json`, or in the `data-schedule` a Summit page carries: what the lifecycle
 * model needs (`Schedule` in `src/time/lifecycle.ts`), read by hand so zod stays out of the browser. A
 * countdown needs nothing else, so it reads nothing else. A schedule that is not right is refused whole:
 * a countdown to a wrong time is worse than none.
 */
import { CAMPAIGN_JSON_VERSION, type TimeSpan } from '../../campaign/model.js';
import type { Kind, Schedule, Status } from '../../time/lifecycle.js';
import { isZone, toInstant } from '../../time/zone.js';
import { HEX_COLOR } from '../../campaign/contrast.js';

/** The `campaign.json` versions this reader knows; any other is refused, and elements keep their link. */
export const KNOWN_VERSIONS: readonly number[] = [CAMPAIGN_JSON_VERSION];

export const STATUSES: readonly Status[] = ['scheduled', 'postponed', 'cancelled', 'moved-online'];
const KINDS: readonly Kind[] = ['event', 'observance', 'initiative'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short description of a wrong value for a warning: its type, or the string itself. */
export function shown(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : value === null ? 'null' : typeof value;
}

/** `value` as a TimeSpan; throws naming `field` when it does not hold real times in a real zone. */
export function timeSpanOf(value: unknown, field = 'time'): TimeSpan {
  if (!isRecord(value) || typeof value.start !== 'string' || typeof value.end !== 'string' || typeof value.timeZone !== 'string' || typeof value.allDay !== 'boolean') {
    throw new Error(`expected ${field} with start, end, timeZone and allDay, got ${shown(value)}`);
  }
  const { start, end, timeZone, allDay } = value;
  if (!isZone(timeZone)) throw new Error(`expected ${field}.timeZone to be an IANA zone or "local", got ${shown(timeZone)}`);
  for (const [name, time] of [['start', start], ['end', end]] as const) {
    if (Number.isNaN(toInstant(time, timeZone)) || (allDay && !DATE.test(time))) {
      throw new Error(`expected ${field}.${name} to be a ${allDay ? 'date' : 'date and time'}, got ${shown(time)}`);
    }
  }
  return { start, end, timeZone, allDay };
}

/** The years of the editions and their sessions' spans; throws naming the first that is wrong. */
function editionsOf(value: unknown): Schedule['editions'] {
  if (!Array.isArray(value)) throw new Error(`expected editions to be a list, got ${shown(value)}`);
  return value.map((item: unknown, i) => {
    if (!isRecord(item) || !Number.isInteger(item.year)) throw new Error(`expected editions[${i}].year to be a year, got ${shown(item)}`);
    return { year: item.year as number, sessions: spansOf(item.sessions ?? [], `editions[${i}].sessions`) };
  });
}

/** A list of spans; throws naming the first that is wrong. */
function spansOf(value: unknown, field: string): TimeSpan[] {
  if (!Array.isArray(value)) throw new Error(`expected ${field} to be a list, got ${shown(value)}`);
  return value.map((item: unknown, i) => timeSpanOf(item, `${field}[${i}]`));
}

/** The schedule part of campaign data: what the lifecycle needs. Throws naming the first field that is wrong. */
export function scheduleOf(data: unknown): Schedule {
  if (!isRecord(data)) throw new Error(`expected a JSON object, got ${shown(data)}`);
  const { status, kind = 'event', recurrence, recapDays } = data;
  if (!KINDS.includes(kind as Kind)) throw new Error(`expected kind to be one of ${KINDS.join(', ')}, got ${shown(kind)}`);
  if (!STATUSES.includes(status as Status)) throw new Error(`expected status to be one of ${STATUSES.join(', ')}, got ${shown(status)}`);
  if (recurrence !== undefined && !(isRecord(recurrence) && recurrence.frequency === 'yearly')) {
    throw new Error(`expected recurrence to be { "frequency": "yearly" } or absent, got ${shown(recurrence)}`);
  }
  const leapDay = isRecord(recurrence) ? recurrence.leapDay : undefined;
  if (leapDay !== undefined && leapDay !== 'feb-28' && leapDay !== 'mar-1') {
    throw new Error(`expected recurrence.leapDay to be "feb-28" or "mar-1", got ${shown(leapDay)}`);
  }
  if (typeof recapDays !== 'number' || !(recapDays >= 0)) throw new Error(`expected recapDays to be a number of days, got ${shown(recapDays)}`);
  return {
    status: status as Status,
    kind: kind as Kind,
    // An initiative has no time, and nothing to count: elements show their fallback, as for no event at all.
    ...(kind !== 'initiative' && { time: timeSpanOf(data.time) }),
    ...(recurrence !== undefined && { recurrence: { frequency: 'yearly' as const, ...(leapDay && { leapDay }) } }),
    recapDays,
    sessions: spansOf(data.sessions ?? [], 'sessions'),
    editions: editionsOf(data.editions ?? []),
  };
}

/** The schedule of `campaign.json` data, of a version this reader knows; throws an Error that says what is wrong. */
export function readSchedule(data: unknown): Schedule {
  checkVersion(data);
  return scheduleOf(data);
}

/** Throws unless `data` is campaign data of a version this reader knows. */
export function checkVersion(data: unknown): asserts data is Record<string, unknown> {
  if (!isRecord(data)) throw new Error(`expected a JSON object, got ${shown(data)}`);
  if (!KNOWN_VERSIONS.includes(data.version as number)) throw new Error(`expected campaign data of version ${KNOWN_VERSIONS.join(' or ')}, got ${shown(data.version)}`);
}

/** The campaign's accent colour, when it is a plain hex colour: what a countdown's digits wear. */
export function campaignAccent(data: unknown): string | undefined {
  const accent = isRecord(data) && isRecord(data.colors) ? data.colors.accent : undefined;
  return typeof accent === 'string' && HEX_COLOR.test(accent) ? accent : undefined;
}
