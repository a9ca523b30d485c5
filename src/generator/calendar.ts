/**
 * The campaign's calendar file (`<slug>/<slug>.ics`), written with ical-generator from the same model as
 * the page: the event (yearly for an observance), and each of its sessions with its own time. Dates are
 * whole days; times are UTC instants, which every calendar shows in its owner's zone. DTSTAMP is the
 * build's date, so the same campaigns and the same date give the same bytes.
 */
import ical, { ICalCalendarMethod, ICalEventRepeatingFreq, ICalEventStatus } from 'ical-generator';
import type { Campaign, Localised, TimeSpan } from '../campaign/model.js';
import { spanDays } from '../time/span.js';
import { momentAt, sessionsOf } from '../time/lifecycle.js';
import { plainText, venueLine } from '../campaign/text.js';

const STATUS: Record<Campaign['status'], ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  'moved-online': ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/** Start and end as ical-generator reads them: UTC midnights for whole days, instants otherwise. */
function times(span: TimeSpan): { start: Date; end: Date; allDay: boolean } {
  if (span.allDay) {
    const { first, last } = spanDays(span);
    const end = new Date(`${last}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    return { start: new Date(`${first}T00:00:00Z`), end, allDay: true };
  }
  return { start: new Date(span.start), end: new Date(span.end), allDay: false };
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
  const calendar = ical({ name: icsText(text(campaign.name)), prodId: { company: 'Summit', product: 'campaign', language: campaign.defaultLocale.toUpperCase() }, method: ICalCalendarMethod.PUBLISH });
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
  sessionsOf(campaign, year).forEach((session, i) => {
    calendar.createEvent({
      id: `${campaign.slug}-session-${i + 1}@${host}`,
      ...times(session),
      stamp: new Date(now),
      summary: `${text(session.name)} · ${text(campaign.name)}`,
      description: [session.online, page].filter(Boolean).join('\n\n'),
      ...((venue(session.venue) || session.online) && { location: venue(session.venue) ?? session.online }),
      url: session.online ?? page,
      status: STATUS[campaign.status],
    });
  });
  return calendar.toString();
}
