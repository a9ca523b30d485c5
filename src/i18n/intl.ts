/**
 * Locale-aware formatting through `Intl`, shared by the build and the browser so that the browser's
 * first render changes no text the build wrote. Arabic uses Latin digits explicitly: the default numbering for `ar` differs between
 * ICU versions (Node and Chromium disagree), and one fixed choice keeps build and browser identical.
 */

type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.DisplayNames;

const formatters = new Map<string, Formatter>();

/**
 * One formatter per locale and options: constructing `Intl` formatters costs far more than using them,
 * and a countdown formats every second, a build thousands of dates.
 */
function cached<F extends Formatter>(kind: string, lang: string, options: object, create: (locale: string) => F): F {
  const key = `${kind}|${lang}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = create(intlLocale(lang));
    formatters.set(key, formatter);
  }
  return formatter;
}

function numberFormat(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('number', lang, options, (locale) => new Intl.NumberFormat(locale, options));
}

function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', lang, options, (locale) => new Intl.DateTimeFormat(locale, options));
}

/** The `Intl` locale for a page language. */
export function intlLocale(lang: string): string {
  const language = lang.split('-')[0];
  if (language === 'ar') return `${lang}-u-nu-latn`;
  // International English: "6–17 March 2023", 24-hour times, as UN and FAO pages write them.
  if (lang === 'en') return 'en-GB';
  return lang;
}

export type CountdownUnit = 'day' | 'hour' | 'minute' | 'second';

export interface UnitText {
  /**
   * The number alone, in the locale's digits; hours, minutes and seconds in two, as on a clock (`09`), so a
   * tick never changes how many digits a box holds and nothing in it moves.
   */
  number: string;
  /** The unit word in the right plural form ("days", "дня", "يومان"). */
  unit: string;
  /** The whole phrase ("3 days", "يومان"). */
  phrase: string;
}

/** A count of a unit, with plurals from `Intl` (Arabic 1 and 2 are words without a digit). */
export function unitText(value: number, unit: CountdownUnit, lang: string): UnitText {
  const parts = numberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).formatToParts(value);
  return {
    number: numberFormat(lang, { useGrouping: false, minimumIntegerDigits: unit === 'day' ? 1 : 2 }).format(value),
    unit: parts.filter((p) => p.type === 'unit').map((p) => p.value).join('').trim(),
    phrase: parts.map((p) => p.value).join(''),
  };
}

/** "3 days, 4 hours and 5 minutes" in the locale's own list style. */
export function listOfUnits(phrases: string[], lang: string): string {
  const options = { type: 'conjunction', style: 'long' } as const;
  return cached('list', lang, options, (locale) => new Intl.ListFormat(locale, options)).format(phrases);
}

/**
 * A date (`yyyy-MM-dd` read as a calendar date, not an instant) in a site's date style: `long`, the
 * locale's own long form ("6 March 2023"), or `numeric`, day, month and year as `06.03.2023` in every
 * locale (a site's house style, as on many UN pages), with the locale's digits.
 */
export function formatDay(date: string, lang: string, style: 'long' | 'numeric' = 'long'): string {
  const day = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  if (style === 'long') return dateFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(day);
  const parts = dateFormat(lang, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(day);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}.${part('month')}.${part('year')}`;
}

/** A day range like "6–17 March 2023" for two `yyyy-MM-dd` dates (inclusive). */
export function formatDayRange(first: string, last: string, lang: string): string {
  return textOnce(`range days|${first}|${last}|${lang}`, () => {
    const format = dateFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    const from = Date.parse(`${first}T00:00:00Z`);
    const to = Date.parse(`${last}T00:00:00Z`);
    return from === to ? format.format(from) : format.formatRange(from, to);
  });
}

/** A time range of two instants in a zone: "11 December 2023, 14:00–15:00". */
export function formatTimeRange(start: number, end: number, lang: string, timeZone?: string): string {
  return textOnce(`range times|${start}|${end}|${lang}|${timeZone}`, () => dateFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone }).formatRange(start, end));
}

const texts = new Map<string, string>();

/**
 * A text that costs much more to make than to keep, made once per `key` (at most 10,000 kept at a time):
 * `formatRange` costs about twenty times `format` (ICU builds an interval format for each call), cutting at
 * a word segments the whole text, and a build makes the same few on thousands of pages and cards.
 */
export function textOnce(key: string, make: () => string): string {
  let text = texts.get(key);
  if (text === undefined) {
    if (texts.size >= 10_000) texts.clear();
    texts.set(key, (text = make()));
  }
  return text;
}

/** The zone's name in the locale, like "Gulf Standard Time" or "heure du Golfe". */
export function zoneName(zone: string, instant: number, lang: string): string {
  const parts = dateFormat(lang, { timeZone: zone, timeZoneName: 'long' }).formatToParts(instant);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/** The unit a file size is shown in: bytes below a kilobyte, then kilobytes, then megabytes (decimal, as file managers and browsers count). */
function sizeUnit(bytes: number): [number, 'byte' | 'kilobyte' | 'megabyte'] {
  if (bytes < 1000) return [bytes, 'byte'];
  return bytes < 1_000_000 ? [bytes / 1000, 'kilobyte'] : [bytes / 1_000_000, 'megabyte'];
}

/** A file size like "2.4 MB" or "2,4 Mo", to one decimal. */
export function formatFileSize(bytes: number, lang: string): string {
  const [value, unit] = sizeUnit(bytes);
  return numberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

/** A language's name in the page's language: "English", "anglais"; the tag itself when `Intl` has no name. */
export function languageName(tag: string, lang: string): string {
  const options = { type: 'language', fallback: 'code' } as const;
  return cached('language', lang, options, (locale) => new Intl.DisplayNames(locale, options)).of(tag) ?? tag;
}
