/**
 * "Add to calendar" links for the common calendar services, built from the model alone (pure, so the
 * build's pages and `<summit-calendar>` on partner pages make the same links). Nothing is requested from
 * those services until a visitor follows a link.
 */
import type { Campaign, TimeSpan } from './model.js';
import { spanDays } from '../time/span.js';

/**
 * The campaign's calendar file in a language, relative to its folder (where `campaign.json` is): the
 * default language's is `csw67.ics`, another's `fr/csw67.ics`, beside that language's page. A language the
 * campaign does not publish gets the default one.
 */
export function calendarFile(campaign: Pick<Campaign, 'slug' | 'defaultLocale' | 'locales'>, lang: string): string {
  const locale = campaign.locales.find((l) => l === lang.split('-')[0].toLowerCase());
  return !locale || locale === campaign.defaultLocale ? `${campaign.slug}.ics` : `${locale}/${campaign.slug}.ics`;
}

/**
 * The `webcal:` address of a calendar file (its https address with the scheme replaced): opening it asks the
 * visitor's calendar app to subscribe, so later changes reach it by themselves.
 */
export function webcalUrl(url: string): string {
  return url.replace(/^https?:/i, 'webcal:');
}

export interface CalendarEvent {
  title: string;
  details: string;
  location?: string;
  time: TimeSpan;
  yearly: boolean;
}

/**
 * Google's link carries a yearly rule (`recur`). Outlook.com's and Microsoft 365's deeplinks have no
 * parameter for one: they add a single occurrence, which the links' text says (see `calendarList`).
 */
export interface CalendarLinks {
  google: string;
  /** Outlook.com, for personal Microsoft accounts. */
  outlook: string;
  /** Outlook on the web for work and school accounts (Microsoft 365), the same compose form on another host. */
  office365: string;
}

/** `20230306T140000Z` from an ISO instant. */
function compactInstant(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Outlook on the web for Microsoft 365 accounts: Outlook.com's compose deeplink on this host. */
const MICROSOFT_365 = 'https://outlook.office.com';

export function calendarLinks(event: CalendarEvent): CalendarLinks {
  const { time } = event;
  const days = time.allDay ? spanDays(time) : undefined;
  const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const google = new URL('https://calendar.google.com/calendar/render');
  google.searchParams.set('action', 'TEMPLATE');
  google.searchParams.set('text', event.title);
  google.searchParams.set(
    'dates',
    days ? `${days.first.replace(/-/g, '')}/${dayAfter(days.last).replace(/-/g, '')}` : `${compactInstant(time.start)}/${compactInstant(time.end)}`,
  );
  google.searchParams.set('details', event.details);
  if (event.location) google.searchParams.set('location', event.location);
  if (time.timeZone !== 'local' && !days) google.searchParams.set('ctz', time.timeZone);
  if (event.yearly) google.searchParams.set('recur', 'RRULE:FREQ=YEARLY');

  const outlook = new URL('https://outlook.live.com/calendar/0/deeplink/compose');
  outlook.searchParams.set('path', '/calendar/action/compose');
  outlook.searchParams.set('rru', 'addevent');
  outlook.searchParams.set('subject', event.title);
  outlook.searchParams.set('body', event.details);
  if (event.location) outlook.searchParams.set('location', event.location);
  if (days) {
    outlook.searchParams.set('startdt', days.first);
    outlook.searchParams.set('enddt', dayAfter(days.last));
    outlook.searchParams.set('allday', 'true');
  } else {
    outlook.searchParams.set('startdt', new Date(time.start).toISOString());
    outlook.searchParams.set('enddt', new Date(time.end).toISOString());
  }
  return { google: google.href, outlook: outlook.href, office365: outlook.href.replace(outlook.origin, MICROSOFT_365) };
}
