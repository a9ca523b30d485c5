/**
 * schema.org `Event` JSON-LD for a campaign page, from the model: the occurrence the page is about, with
 * its times in the event's own offset.
 */
import type { Campaign } from '../campaign/model.js';
import type { Locale } from '../campaign/locales.js';
import { plainText } from '../campaign/text.js';
import type { Occurrence } from '../time/lifecycle.js';
import { spanDays } from '../time/span.js';

/** JSON-LD for a schema.org Event, from the model. */
export function eventJsonLd(campaign: Campaign, occurrence: Occurrence, locale: Locale, url: string): object {
  const time = occurrence.span;
  const days = time.allDay ? spanDays(time) : undefined;
  const online = campaign.status === 'moved-online';
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: plainText(campaign.name, locale),
    description: plainText(campaign.description, locale),
    startDate: days ? days.first : time.start,
    endDate: days ? days.last : time.end,
    eventStatus: `https://schema.org/${{ scheduled: 'EventScheduled', postponed: 'EventPostponed', cancelled: 'EventCancelled', 'moved-online': 'EventMovedOnline' }[campaign.status]}`,
    eventAttendanceMode: `https://schema.org/${online ? 'OnlineEventAttendanceMode' : campaign.venue ? 'OfflineEventAttendanceMode' : 'MixedEventAttendanceMode'}`,
    ...(campaign.venue && !online
      ? { location: { '@type': 'Place', name: plainText(campaign.venue.name, locale), address: [plainText(campaign.venue.city, locale), plainText(campaign.venue.country, locale)].filter(Boolean).join(', ') } }
      : { location: { '@type': 'VirtualLocation', url: campaign.links.webcast ?? campaign.links.website ?? url } }),
    organizer: { '@type': 'Organization', name: plainText(campaign.organiser.name, locale), ...(campaign.organiser.url && { url: campaign.organiser.url }) },
    inLanguage: locale,
    url,
  };
}
