/**
 * The campaign's calendar file (`<slug>/<slug>.ics`), written with ical-generator from the same model as
 * the page: the event (yearly for an observance), and each of its sessions with its own time. Dates are
 * whole days; times carry their zone, which every calendar shows in its owner's zone. UIDs come from the
 * slug and each session's id, never from list order. DTSTAMP is the build's date, so the same campaigns
 * and the same date give the same bytes.
 */
import { DateTime } from 'luxon';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventRepeatingFreq, ICalEventStatus } from 'ical-generator';
import type { Campaign, Localised, TimeSpan } from '../campaign/model.js';
import { spanDays } from '../time/span.js';
import { FLOATING } from '../time/resolve.js';
import { momentAt, sessionsOf } from '../time/lifecycle.js';
import { plainText, venueLine } from '../campaign/text.js';

const STATUS: Record<Campaign['status'], ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  'moved-online': ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/**
 * Start and end as ical-generator writes them: whole days as dates; times in a named zone as wall-clock
 * times with its TZID (and a VTIMEZONE), so a yearly rule keeps 10:00 in New York through every DST
 * change; `local` times as floating times, the same wall clock wherever the calendar is.
 */
function times(span: TimeSpan): { start: Date | DateTime; end: Date | DateTime; allDay?: boolean; timezone?: string; floating?: boolean } {
  if (span.allDay) {
    const { first, last } = spanDays(span);
    const end = new Date(`${last}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    return { start: new Date(`${first}T00:00:00Z`), end, allDay: true };
  }
  if (span.timeZone === FLOATING) {
    return { start: DateTime.fromISO(span.start, { zone: 'utc' }), end: DateTime.fromISO(span.end, { zone: 'utc' }), floating: true };
  }
  const inZone = (iso: string) => DateTime.fromISO(iso, { setZone: true }).setZone(span.timeZone);
  return { start: inZone(span.start), end: inZone(span.end), timezone: span.timeZone };
}

/** A TEXT value escaped as RFC 5545 §3.3.11 says: backslash, semicolon, comma and line breaks. */
export function icsText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

export function calendarIcs(campaign: Campaign, siteUrl: string, now: number): string {
  const text = (value: Localised | undefined) => plainText(value, campaign.defaultLocale);
  const host = new URL(siteUrl).host;
  const page = `${siteUrl}/${campaign.slug}/`;
  // ical-generator writes the calendar's name as given (X-WR-CALNAME, NAME); every event property it escapes itself.
  const calendar = ical({ timezone: { name: null, generator: getVtimezoneComponent }, name: icsText(text(campaign.name)), prodId: { company: 'Summit', product: 'campaign', language: campaign.defaultLocale.toUpperCase() }, method: ICalCalendarMethod.PUBLISH });
  const venue = (v: Campaign['venue']) => (v ? venueLine(v, campaign.defaultLocale) : undefined);
  calendar.createEvent({
    id: `${campaign.slug}@${host}`,
    ...times(campaign.time),
    stamp: new Date(now),
    summary: text(campaign.name),
    description: [text(campaign.theme), text(campaign.description), page].filter(Boolean).join('\n\n'),
    ...(campaign.status !== 'moved-online' && venue(campaign.venue) && { location: venue(campaign.venue) }),
    url: page,
    status: STATUS[campaign.status],
    ...(campaign.recurrence && { repeating: { freq: ICalEventRepeatingFreq.YEARLY } }),
  });
  // The sessions of the occurrence current at the build: a yearly event's sessions are its edition's.
  const year = momentAt(campaign, now)?.occurrence.year ?? Number(campaign.time.start.slice(0, 4));
  sessionsOf(campaign, year).forEach((session) => {
    calendar.createEvent({
      id: `${campaign.slug}-${session.id}@${host}`,
      ...times(session),
      stamp: new Date(now),
      summary: `${text(session.name)} · ${text(campaign.name)}`,
      description: [session.online, page].filter(Boolean).join('\n\n'),
      ...((venue(session.venue) || session.online) && { location: venue(session.venue) ?? session.online }),
      url: session.online ?? page,
      status: STATUS[campaign.status],
    });
  });
  // RFC 5545 ends every content line, the last one included, with CRLF.
  return `${calendar.toString()}\r\n`;
}
