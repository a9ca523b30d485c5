/**
 * The normalised campaign: what the build renders and what `dist/<slug>/campaign.json` publishes for embeds.
 * Plain data only. Every time keeps its zone and offset (see `TimeSpan`); every text is resolved for every
 * published locale.
 */
import type { Locale } from './locales.js';
import type { LeapDayRule } from '../time/recurrence.js';
import type { TimeSpan } from '../time/span.js';
import type { Schedule, Status } from '../time/lifecycle.js';

export type { TimeSpan, Status };

/**
 * Version of the `campaign.json` shape; raised on any incompatible change. Version 2 carries the schedule
 * (first occurrence as written, recurrence, recap, every edition) instead of one occurrence chosen at build.
 */
export const CAMPAIGN_JSON_VERSION = 2;

/** A text in one locale, with the language it is really written in (the default locale when it fell back). */
export interface Text {
  text: string;
  lang: Locale;
}

/** A text for each published locale. */
export type Localised = Partial<Record<Locale, Text>>;

export interface Venue {
  name: Localised;
  city?: Localised;
  country?: Localised;
}

export interface Session extends TimeSpan {
  /** Stable across builds and list order: the config's `id`, or the default name's slug and the year. */
  id: string;
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
  /** The image's width and height in CSS pixels, as the build read them from the file. */
  imageWidth?: number;
  imageHeight?: number;
  imageAlt?: Localised;
  /** The year of the edition the campaign lists it under; absent for the campaign's own news. */
  edition?: number;
}

export interface Edition {
  year: number;
  /** Absent while the theme is not announced. */
  theme?: Localised;
  /** The year's own banner, instead of the campaign's. */
  banner?: Banner;
  sessions: Session[];
}

export interface Colors {
  accent: string;
  text: string;
  background: string;
}

export interface Banner {
  /** Image URL relative to the campaign folder in `dist/`. */
  image?: string;
  /** The image's width and height in CSS pixels, as the build read them from the file. */
  width?: number;
  height?: number;
  alt?: Localised;
  overlay?: string;
}

export interface Campaign extends Schedule {
  version: typeof CAMPAIGN_JSON_VERSION;
  slug: string;
  defaultLocale: Locale;
  locales: Locale[];
  name: Localised;
  description: Localised;
  status: Status;
  /** The event's first occurrence, as written; a yearly event repeats it (see `src/time/lifecycle.ts`). */
  time: TimeSpan;
  recurrence?: { frequency: 'yearly'; leapDay?: LeapDayRule };
  recapDays: number;
  /** The theme of a one-off event; a yearly event's themes are in its editions. */
  theme?: Localised;
  /** For yearly events: every edition the campaign knows, oldest first. */
  editions: Edition[];
  venue?: Venue;
  organiser: { name: Localised; url?: string };
  links: { website?: string; webcast?: string; recording?: string };
  colors: Colors;
  banner: Banner;
  /** Sessions of the event; a yearly event's single years have theirs in `editions`. */
  sessions: Session[];
  /** Newest first. */
  news: NewsItem[];
}
