/**
 * The campaign's calendar files, written with ical-generator from the same model as the page: the event
 * (yearly for an observance), and each of its sessions with its own time. Dates are whole days; times
 * carry their zone, which every calendar shows in its owner's zone. UIDs come from the slug and each
 * session's id, never from list order. DTSTAMP is the build's date, so the same campaigns and the same
 * date give the same bytes.
 *
 * SEQUENCE comes from the calendar lock (`calendar-lock.ts`): a digest of what calendars show of each
 * event, in every locale, and the sequence that goes with it. The events are described once
 * (`calendarEvents`) so that the files and the digests can never disagree.
 */
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventRepeatingFreq, ICalEventStatus, type ICalEventData } from 'ical-generator';
import type { Campaign, Localised, TimeSpan } from '../campaign/model.js';
import type { Locale } from '../campaign/locales.js';
import { spanDays } from '../time/span.js';
import { FLOATING } from '../time/resolve.js';
import { momentAt, sessionsOf } from '../time/lifecycle.js';
import { plainText, venueLine } from '../campaign/text.js';
import { campaignPath } from './paths.js';
import type { SiteInfo } from './pages/page.js';

/**
 * RFC 5545 §3.8.1.11 has three statuses for an event. A postponed event has no sure date: TENTATIVE. An
 * event moved online still takes place at its time: CONFIRMED (its LOCATION is dropped).
 */
const STATUS: Record<Campaign['status'], ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  'moved-online': ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/** An event as a calendar shows it: everything ical-generator writes but DTSTAMP and SEQUENCE. */
export type CalendarEventData = Omit<ICalEventData, 'stamp' | 'sequence'> & { id: string };

/** Each event's SEQUENCE by UID; an event missing here is at 0. */
export type Sequences = Readonly<Record<string, number>>;

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

/** The host that ends every UID: the site's. */
function uidHost(siteUrl: string): string {
  return new URL(siteUrl).host;
}

/**
 * The campaign's events in one of its locales, as of the build's `now` (which edition's sessions); none for
 * an initiative, which has no time to put in a calendar.
 */
export function calendarEvents(campaign: Campaign, siteUrl: string, now: number, locale: Locale = campaign.defaultLocale): CalendarEventData[] {
  const { time } = campaign;
  if (!time) return [];
  const text = (value: Localised | undefined) => plainText(value, locale);
  const host = uidHost(siteUrl);
  const page = `${siteUrl}/${campaignPath(campaign, locale)}`;
  const venue = (v: Campaign['venue']) => (v ? venueLine(v, locale) : undefined);
  const events: CalendarEventData[] = [
    {
      id: `${campaign.slug}@${host}`,
      ...times(time),
      summary: text(campaign.name),
      description: [text(campaign.theme), text(campaign.description), page].filter(Boolean).join('\n\n'),
      ...(campaign.status !== 'moved-online' && venue(campaign.venue) && { location: venue(campaign.venue) }),
      url: page,
      status: STATUS[campaign.status],
      ...(campaign.recurrence && { repeating: { freq: ICalEventRepeatingFreq.YEARLY } }),
    },
  ];
  // The sessions of the occurrence current at the build: a yearly event's sessions are its edition's.
  const year = momentAt(campaign, now)?.occurrence.year ?? Number(time.start.slice(0, 4));
  for (const session of sessionsOf(campaign, year)) {
    events.push({
      id: `${campaign.slug}-${session.id}@${host}`,
      ...times(session),
      summary: `${text(session.name)} · ${text(campaign.name)}`,
      description: [session.online, page].filter(Boolean).join('\n\n'),
      ...((venue(session.venue) || session.online) && { location: venue(session.venue) ?? session.online }),
      url: session.online ?? page,
      status: STATUS[campaign.status],
    });
  }
  return events;
}

/**
 * A digest per UID of what calendars show of the event in every locale of its campaign: a change in any
 * language's text, or in any time, gives another digest. Times enter with their zone, and DateTime and Date
 * values as ISO text, so the digest does not depend on the build machine.
 */
export function calendarDigests(campaign: Campaign, siteUrl: string, now: number): Map<string, string> {
  const shown = new Map<string, CalendarEventData[]>();
  for (const locale of campaign.locales) {
    for (const event of calendarEvents(campaign, siteUrl, now, locale)) shown.set(event.id, [...(shown.get(event.id) ?? []), event]);
  }
  return new Map([...shown].map(([uid, versions]) => [uid, `sha256:${createHash('sha256').update(JSON.stringify(versions)).digest('hex')}`]));
}

export interface CalendarFile {
  /** The calendar's name, as calendars list it. */
  name: string;
  locale: Locale;
  events: CalendarEventData[];
}

/** A calendar file's text: the events with their SEQUENCE and the build's DTSTAMP, ending with CRLF. */
export function icsFile({ name, locale, events }: CalendarFile, sequences: Sequences, now: number): string {
  // ical-generator writes the calendar's name as given (X-WR-CALNAME, NAME); every event property it escapes itself.
  const calendar = ical({
    timezone: { name: null, generator: getVtimezoneComponent },
    name: icsText(name),
    prodId: { company: 'Summit', product: 'campaign', language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const event of events) calendar.createEvent({ ...event, stamp: new Date(now), sequence: sequences[event.id] ?? 0 });
  // RFC 5545 ends every content line, the last one included, with CRLF.
  return `${withOctetCounter(() => calendar.toString())}\r\n`;
}

/**
 * A stand-in for `TextEncoder` that only counts: ical-generator folds lines at 75 octets by making a new
 * `TextEncoder` for each character and encoding it, only to read the length. That was about a tenth of a
 * 1001-page build; counting with `Buffer.byteLength` is more than ten times cheaper and gives the same length
 * for every string, lone surrogates included (each is written as the three octets of U+FFFD).
 */
class OctetCounter {
  encode(text = ''): { length: number } {
    return { length: Buffer.byteLength(text, 'utf8') };
  }
}

/**
 * Runs ical-generator's synchronous `toString` with `OctetCounter` as the global `TextEncoder`, which it uses
 * for nothing but folding. Nothing else can run in between, and the real one is back before this returns.
 */
export function withOctetCounter<T>(write: () => T): T {
  const encoder = globalThis.TextEncoder;
  globalThis.TextEncoder = OctetCounter as unknown as typeof TextEncoder;
  try {
    return write();
  } finally {
    globalThis.TextEncoder = encoder;
  }
}

/** A calendar's components of one kind, as written (folded, CRLF), with the TZID of a VTIMEZONE. */
function components(ics: string, kind: 'VTIMEZONE' | 'VEVENT'): { text: string; tzid?: string }[] {
  return [...ics.matchAll(new RegExp(`BEGIN:${kind}\\r\\n[\\s\\S]*?\\r\\nEND:${kind}\\r\\n`, 'g'))].map(([text]) => ({ text, tzid: /\r\nTZID:([^\r]*)\r\n/.exec(text)?.[1] }));
}

/**
 * The calendar of every campaign, in a locale of the site: each campaign in that locale when it publishes
 * it, else in its default one; the same events, UIDs and SEQUENCE as the campaigns' own files.
 *
 * It is made of those files (`written` gives the text the build wrote for a campaign and locale; any other is
 * written here): ical-generator's file for the site with no events, then every VTIMEZONE once and every VEVENT,
 * in campaign order. ical-generator folds each line on its own, so these are the bytes it writes for all the
 * events at once, without folding every line of every campaign a second time.
 */
export function siteCalendarIcs(campaigns: Campaign[], site: SiteInfo, now: number, sequences: Sequences, locale: Locale, written: (campaign: Campaign, locale: Locale) => string | undefined = () => undefined): string {
  const timezones = new Map<string, string>();
  const events: string[] = [];
  for (const campaign of campaigns) {
    if (!campaign.time) continue;
    const shown = campaign.locales.includes(locale) ? locale : campaign.defaultLocale;
    const ics = written(campaign, shown) ?? calendarIcs(campaign, site.url, now, sequences, shown);
    for (const { text, tzid } of components(ics, 'VTIMEZONE')) if (tzid && !timezones.has(tzid)) timezones.set(tzid, text);
    events.push(...components(ics, 'VEVENT').map(({ text }) => text));
  }
  const empty = icsFile({ name: plainText(site.name, locale), locale, events: [] }, sequences, now);
  return empty.replace(/END:VCALENDAR\r\n$/, () => `${[...timezones.values(), ...events].join('')}END:VCALENDAR\r\n`);
}

/** One campaign's calendar file in a locale (its default one unless given). */
export function calendarIcs(campaign: Campaign, siteUrl: string, now: number, sequences: Sequences = {}, locale: Locale = campaign.defaultLocale): string {
  return icsFile({ name: plainText(campaign.name, locale), locale, events: calendarEvents(campaign, siteUrl, now, locale) }, sequences, now);
}
