/**
 * The normalised campaign: what the build renders and what `dist/<slug>/campaign.json` publishes for embeds.
 * Plain data only. Every time keeps its zone and offset (see `TimeSpan`); every text is resolved for every
 * published locale.
 */
import type { Locale } from './locales.js';
import type { LeapDayRule } from '../time/recurrence.js';
import type { TimeSpan } from '../time/span.js';
import type { Kind, Schedule, Status } from '../time/lifecycle.js';

export type { Kind, TimeSpan, Status };

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

export type DownloadType = 'press-release' | 'report' | 'photo-gallery' | 'other';

/** A file format Summit names on a download link, from the file's bytes or the link's name. */
export type DownloadFormat = 'pdf' | 'zip' | 'docx';

/** A press release, report, photo gallery or other file offered for download. */
export interface Download {
  title: Localised;
  /** An https URL, or the path of a published file relative to the campaign folder in `dist/`. */
  url: string;
  type: DownloadType;
  /** Absent for a link whose format is not known from its name. */
  format?: DownloadFormat;
  /** The language the file is written in: a BCP 47 tag, canonicalised (`pt-BR`, `zh-Hant`). */
  language: string;
  /** In bytes: measured at build for a published file, as the campaign says for a link, else absent. */
  size?: number;
}

export interface Edition {
  year: number;
  /** Absent while the theme is not announced. */
  theme?: Localised;
  /** The year's own banner, instead of the campaign's. */
  banner?: Banner;
  sessions: Session[];
  /** The year's own downloads, listed after the campaign's; absent when it has none. */
  downloads?: Download[];
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
  /** Event (the default), observance (a whole year, whole days, the same dates everywhere) or initiative (no dates). */
  kind: Kind;
  /**
   * The event's first occurrence, as written; a yearly event repeats it (see `src/time/lifecycle.ts`).
   * An observance's is its whole days in `local` time; an initiative has none.
   */
  time?: TimeSpan;
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
  /** Files to download, in the campaign's order; absent when it has none. */
  downloads?: Download[];
}
