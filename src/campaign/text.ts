/**
 * Plain text out of the model, for places that cannot mark a fallback's language (titles, attributes,
 * calendar files, structured data), and escaped for HTML written as strings.
 */
import type { Localised, Venue } from './model.js';
import type { Locale } from './locales.js';

/** The text in `locale` (already resolved to the default locale where untranslated), or ''. */
export function plainText(text: Localised | undefined, locale: Locale): string {
  return text?.[locale]?.text ?? '';
}

/** "United Nations Headquarters, New York, United States": the parts a venue has, in `locale`. */
export function venueLine(venue: Venue, locale: Locale): string {
  return [venue.name, venue.city, venue.country].map((part) => plainText(part, locale)).filter(Boolean).join(', ');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute value, safe between tags and inside double or single quotes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
