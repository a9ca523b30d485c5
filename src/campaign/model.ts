/**
 * The normalised campaign: what the build renders and what `dist/<slug>/campaign.json` publishes for embeds.
 * Plain data only. Every instant is UTC; every text is resolved for every published locale.
 */
import type { Locale } from './locales.js';
import type { LeapDayRule } from '../time/recurrence.js';

/** Version of the `campaign.json` shape; raised on any incompatible change. */
export const CAMPAIGN_JSON_VERSION = 1;

/** A text in one locale, with the language it is really written in (the default locale when it fell back). */
export interface Text {
  text: string;
  lang: Locale;
}

/** A text for each published locale. */
export type Localised = Partial<Record<Locale, Text>>;

/**
 * A span of time. `start` and `end` (exclusive) are UTC instants (`2023-03-06T14:00:00Z`), or, when
 * `timeZone` is `local`, wall-clock times without offset that mean the same clock time in every zone.
 */
export interface TimeSpan {
  start: string;
  end: string;
  timeZone: string;
  allDay: boolean;
}

export interface Venue {
  name: Localised;
  city?: Localised;
  country?: Localised;
}

export interface Session extends TimeSpan {
  name: Localised;
  venue?: Venue;
  online?: string;
  recording?: string;
}

export interface NewsItem {
  id: string;
  /** Publication date, `yyyy-MM-dd`. */
  date: string;
  title: Localised;
  summary?: Localised;
  link: string;
  /** Image URL relative to the campaign folder in `dist/`. */
  image?: string;
  imageAlt?: Localised;
}

export interface Edition {
  year: number;
  /** Absent while the theme is not announced. */
  theme?: Localised;
  sessions: Session[];
}

export type Status = 'scheduled' | 'postponed' | 'cancelled' | 'moved-online';

export interface Colors {
  accent: string;
  text: string;
  background: string;
}

export interface Banner {
  image?: string;
  alt?: Localised;
  overlay?: string;
}

export interface Campaign {
  version: typeof CAMPAIGN_JSON_VERSION;
  slug: string;
  defaultLocale: Locale;
  locales: Locale[];
  name: Localised;
  description: Localised;
  status: Status;
  /** The occurrence the site is about: the only one, or for a yearly event the current or next one. */
  time: TimeSpan;
  recurrence?: { frequency: 'yearly'; leapDay?: LeapDayRule };
  /** The theme of the event, or of the occurrence's edition; absent while it is not announced. */
  theme?: Localised;
  /** For yearly events: every edition the campaign knows, oldest first. */
  editions: Edition[];
  venue?: Venue;
  organiser: { name: Localised; url?: string };
  links: { website?: string; webcast?: string; recording?: string };
  colors: Colors;
  banner: Banner;
  sessions: Session[];
  /** Newest first. */
  news: NewsItem[];
}
