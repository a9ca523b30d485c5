/**
 * The line that puts an occurrence in the event's zone and in the visitor's, with `Intl` only:
 * "11 December 2023, 14:00–15:00 Gulf Standard Time (UTC+4) · 11 December 2023, 11:00–12:00 your time".
 */
import { msg, str } from '@lit/localize';
import { formatDayRange, formatTimeRange, zoneName } from '../../i18n/intl.js';
import type { Moment, Occurrence } from '../../time/lifecycle.js';
import type { Interval } from '../../time/span.js';
import { offsetLabel, wallClock, zoneOffset } from '../../time/zone.js';

/** The formatted pieces of the line; the sentence around them is a message, chosen at render time. */
export interface LocalTime {
  /** The occurrence on the visitor's clock. */
  yours: string;
  /** The occurrence in the event's zone, with the zone's name and offset; absent for a floating event. */
  there?: { when: string; zone: string; offset: string };
}

/** "6–17 March 2023": the calendar days an all-day occurrence covers in a zone (its end is exclusive). */
function days({ start, end }: Interval, zone: string, lang: string): string {
  return formatDayRange(wallClock(start, zone).slice(0, 10), wallClock(end - 1, zone).slice(0, 10), lang);
}

/** Whether two zones show the same clock time at both ends of an occurrence. */
function sameClock({ start, end }: Interval, zone: string, other: string): boolean {
  return zoneOffset(zone, start) === zoneOffset(other, start) && zoneOffset(zone, end) === zoneOffset(other, end);
}

/**
 * The occurrence in the event's zone and in the visitor's (`yours`, an IANA zone). A floating (`local`)
 * event is the same wall-clock time everywhere, so it gets the visitor's date (or times) alone. An all-day
 * event gets its days in the event's zone, and the visitor's clock times where those differ.
 */
export function localTime(occurrence: Occurrence, lang: string, yours: string): LocalTime {
  const { start, end } = occurrence;
  const { timeZone: zone, allDay } = occurrence.span;
  if (zone === 'local') {
    return { yours: allDay ? days(occurrence, yours, lang) : formatTimeRange(start, end, lang, yours) };
  }
  return {
    yours: allDay && sameClock(occurrence, zone, yours) ? days(occurrence, yours, lang) : formatTimeRange(start, end, lang, yours),
    there: {
      when: allDay ? days(occurrence, zone, lang) : formatTimeRange(start, end, lang, zone),
      zone: zoneName(zone, start, lang),
      offset: offsetLabel(zoneOffset(zone, start)),
    },
  };
}

/** The occurrence the line tells of: during a yearly event's recap, the next one, which the numbers count to. */
export function lineOccurrence({ state, occurrence, next }: Moment): Occurrence {
  return state === 'ended' && next ? next : occurrence;
}

/** The line in words: "… Gulf Standard Time (UTC+4) · … your time", or "11 December 2026, your time". */
export function localTimeText({ yours, there }: LocalTime): string {
  if (!there) return msg(str`${yours}, your time`);
  return msg(str`${there.when} ${there.zone} (${there.offset}) · ${yours} your time`);
}
