/**
 * schema.org JSON-LD from the model, saying only what the campaign says: an `Event` per campaign page (the
 * occurrence the page is about, its sessions as `subEvent`s), a `Project` for an initiative (which has no
 * dates an `Event` requires), and the site as `Organization` and `WebSite` on
 * the directory. Nothing is invented: an event with neither a venue nor a webcast has no `location`.
 */
import type { Banner, Campaign, Localised, Session, Venue } from '../campaign/model.js';
import type { Locale } from '../campaign/locales.js';
import { plainText } from '../campaign/text.js';
import { sessionsOf, type Occurrence } from '../time/lifecycle.js';
import { spanDays, type TimeSpan } from '../time/span.js';
import type { SiteInfo } from './pages/page.js';

const SCHEMA = 'https://schema.org/';

const EVENT_STATUS = { scheduled: 'EventScheduled', postponed: 'EventPostponed', cancelled: 'EventCancelled', 'moved-online': 'EventMovedOnline' } as const;

/** `startDate` and `endDate`: whole days as dates (the end inclusive), timed spans with the event's own offset. */
function dates(span: TimeSpan): { startDate: string; endDate: string } {
  if (!span.allDay) return { startDate: span.start, endDate: span.end };
  const days = spanDays(span);
  return { startDate: days.first, endDate: days.last };
}

/**
 * The language every given text is really written in, or undefined when they differ: a page in `ar` whose
 * name fell back to English does not claim `ar` for it.
 */
function realLanguage(texts: (Localised | undefined)[], locale: Locale): Locale | undefined {
  const langs = new Set(texts.flatMap((text) => (text?.[locale] ? [text[locale]!.lang] : [])));
  return langs.size === 1 ? [...langs][0] : undefined;
}

function place(venue: Venue, locale: Locale): object {
  const city = plainText(venue.city, locale);
  const country = plainText(venue.country, locale);
  return {
    '@type': 'Place',
    name: plainText(venue.name, locale),
    ...((city || country) && { address: { '@type': 'PostalAddress', ...(city && { addressLocality: city }), ...(country && { addressCountry: country }) } }),
  };
}

/**
 * Where an event or session happens and how people attend: a `Place` for a venue (none once the event has
 * moved online), a `VirtualLocation` only for a real join or webcast URL, and the attendance mode that
 * follows from them. Neither known: no location and no mode, rather than a guess.
 */
function whereAndHow(venue: Venue | undefined, online: string | undefined, movedOnline: boolean, locale: Locale): object {
  const locations = [
    ...(venue && !movedOnline ? [place(venue, locale)] : []),
    ...(online ? [{ '@type': 'VirtualLocation', url: online }] : []),
  ];
  const physical = Boolean(venue) && !movedOnline;
  const mode = movedOnline || (online && !physical) ? 'OnlineEventAttendanceMode' : physical && online ? 'MixedEventAttendanceMode' : physical ? 'OfflineEventAttendanceMode' : undefined;
  return {
    ...(mode && { eventAttendanceMode: `${SCHEMA}${mode}` }),
    ...(locations.length && { location: locations.length === 1 ? locations[0] : locations }),
  };
}

/** The banner's absolute URL, as an `ImageObject` with its size when the build read one. */
function image(banner: Banner, base: string): object | string | undefined {
  if (!banner.image) return undefined;
  const url = `${base}/${banner.image}`;
  return banner.width && banner.height ? { '@type': 'ImageObject', url, width: banner.width, height: banner.height } : url;
}

function subEvent(campaign: Campaign, session: Session, locale: Locale): object {
  const language = realLanguage([session.name], locale);
  return {
    '@type': 'Event',
    name: plainText(session.name, locale),
    ...dates(session),
    eventStatus: `${SCHEMA}${EVENT_STATUS[campaign.status]}`,
    // A session without a venue of its own is held at the event's.
    ...whereAndHow(session.venue ?? campaign.venue, session.online, campaign.status === 'moved-online', locale),
    ...(language && { inLanguage: language }),
  };
}

/** JSON-LD for the schema.org Event a campaign page is about, in `locale`. */
export function eventJsonLd(campaign: Campaign, occurrence: Occurrence, locale: Locale, url: string, siteUrl: string): object {
  const banner = { ...campaign.banner, ...campaign.editions.find((e) => e.year === occurrence.year)?.banner };
  const picture = image(banner, `${siteUrl}/${campaign.slug}`);
  const sessions = sessionsOf(campaign, occurrence.year);
  const language = realLanguage([campaign.name, campaign.description], locale);
  const organiser = plainText(campaign.organiser.name, locale);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: plainText(campaign.name, locale),
    description: plainText(campaign.description, locale),
    ...dates(occurrence.span),
    eventStatus: `${SCHEMA}${EVENT_STATUS[campaign.status]}`,
    ...whereAndHow(campaign.venue, campaign.links.webcast, campaign.status === 'moved-online', locale),
    ...(picture && { image: picture }),
    organizer: { '@type': 'Organization', name: organiser, ...(campaign.organiser.url && { url: campaign.organiser.url }) },
    ...(sessions.length && { subEvent: sessions.map((s) => subEvent(campaign, s, locale)) }),
    ...(language && { inLanguage: language }),
    url,
  };
}

/**
 * JSON-LD for an initiative's page: a schema.org `Project` (an enterprise planned to achieve a goal, a kind
 * of `Organization`), run by its organiser. Not an `Event`: search engines would show dates it does not have.
 */
export function initiativeJsonLd(campaign: Campaign, locale: Locale, url: string, siteUrl: string): object {
  const picture = image(campaign.banner, `${siteUrl}/${campaign.slug}`);
  return {
    '@context': 'https://schema.org',
    '@type': 'Project',
    name: plainText(campaign.name, locale),
    description: plainText(campaign.description, locale),
    ...(picture && { image: picture }),
    parentOrganization: { '@type': 'Organization', name: plainText(campaign.organiser.name, locale), ...(campaign.organiser.url && { url: campaign.organiser.url }) },
    url,
  };
}

/** JSON-LD for the directory: the site as the `Organization` that publishes it and as a `WebSite` in all its languages. */
export function siteJsonLd(site: SiteInfo, locale: Locale): object {
  const organization = `${site.url}/#organization`;
  const name = plainText(site.name, locale);
  const url = `${site.url}/`;
  return {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'Organization', '@id': organization, name, url },
      { '@type': 'WebSite', '@id': `${site.url}/#website`, name, url, publisher: { '@id': organization }, inLanguage: site.locales },
    ],
  };
}
