/**
 * The authoring contract: what a `campaigns/<slug>/campaign.yaml` may say.
 *
 * This zod schema is the single source of the config's TypeScript types, of its validation and of the
 * JSON Schema editors use for completion (`npm run schema`). Keys are kebab-case because campaign teams
 * write them by hand in YAML. Time values stay strings here; `normalise.ts` gives them meaning.
 */
import { z } from 'zod';
import { DEFAULT_RECAP_DAYS } from '../time/lifecycle.js';
import { dateHint } from './date-hint.js';
import { LOCALES } from './locales.js';
import { textProblem } from './text-check.js';
import { videoSource } from './video.js';

const locale = z.enum(LOCALES);

/** Longest text a field takes, in characters: enough for any real name or description, never a whole file. */
export const TEXT_LIMITS = { line: 200, title: 300, alt: 500, summary: 1000, description: 5000 } as const;

/** One text value: trimmed, not empty, within its length, and only characters that show as written. */
function textValue(max: number, multiLine: boolean) {
  return z
    .string()
    .trim()
    .min(1, 'expected text')
    .max(max)
    .superRefine((value, ctx) => {
      const problem = textProblem(value, multiLine);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, params: { complete: true } });
    });
}

/** Text in the default locale, or a map of locale → text. */
function localised(max: number, multiLine = false) {
  const value = textValue(max, multiLine);
  return z.union([
    value,
    z.strictObject(Object.fromEntries(LOCALES.map((l) => [l, value.optional()])) as { [L in (typeof LOCALES)[number]]: z.ZodOptional<typeof value> }),
  ]);
}

/** Most items a list takes: far above any real campaign, far below what slows a build. */
export const ITEM_LIMITS = { sessions: 100, news: 200, editions: 200, sharedNews: 1000, downloads: 100 } as const;

const localisedText = localised(TEXT_LIMITS.line);
const titleText = localised(TEXT_LIMITS.title);
const altText = localised(TEXT_LIMITS.alt);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/;

const EXPECTED_DATE_OR_TIME = 'expected a date like 2023-03-06 or a date and time like 2023-03-06T10:00';
const EXPECTED_DATE = 'expected a date like 2023-03-28';
const EXPECTED_HTTPS = 'expected an https URL';
const EXPECTED_COLOR = 'expected a hex colour like #0b5d8c';

/** `2023-03-06` (all day) or `2023-03-06T10:00` (wall-clock time in the campaign's zone), optional offset. */
const dateOrDateTime = z.string().regex(new RegExp(`${ISO_DATE.source}|${ISO_DATE_TIME.source}`), EXPECTED_DATE_OR_TIME);

/**
 * An https link. The whole string must be a plain https URL: no leading spaces or control characters,
 * nothing protocol-relative, no `javascript:` or `data:` in any spelling.
 */
export function isHttpsUrl(value: string): boolean {
  // Control characters are exactly what hostile links hide in, so the pattern must name them.
  // eslint-disable-next-line no-control-regex
  if (!/^https:\/\/[^\s/]/.test(value) || /[\u0000-\u001f\u007f\s]/.test(value)) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

const httpsUrl = z.string().refine(isHttpsUrl, EXPECTED_HTTPS);

/** A web address without its scheme: `www.fao.org/mountain-partnership/`, `unwater.org`. */
const BARE_ADDRESS = /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(:\d+)?([/?#]\S*)?$/i;

/** The fix for an address pasted without its scheme, over plain http or with the scheme mistyped; none for anything else. */
function httpsHint(input: string): string | undefined {
  const address = input.trim();
  const schemed = /^(https?)(:?\/*)(.*)$/i.exec(address);
  const rest = schemed ? schemed[3] : address;
  const fixed = `https://${rest}`;
  if (!BARE_ADDRESS.test(rest) || !isHttpsUrl(fixed)) return undefined;
  if (!schemed) return `write it with https:// in front: ${fixed}`;
  if (schemed[1].toLowerCase() === 'http' && schemed[2] === '://') return `write ${fixed}, if the site answers there: pages and calendars link only over https`;
  return `write it as ${fixed}`;
}

/**
 * The fix for a value refused with one of these messages, from the value itself: a date written the way a
 * team's country writes it, in the config's form; an address without https; a colour without its #.
 */
export const FIXES: ReadonlyMap<string, (input: string) => string | undefined> = new Map([
  [EXPECTED_DATE_OR_TIME, (input: string) => dateHint(input, true)],
  [EXPECTED_DATE, (input: string) => dateHint(input, false)],
  [EXPECTED_HTTPS, httpsHint],
  // Without its #: in YAML, `accent: #0b5d8c` would be a comment, so the # goes inside quotes.
  [EXPECTED_COLOR, (input: string) => (/^([0-9a-f]{3}|[0-9a-f]{6})$/i.test(input.trim()) ? `write it with # in front, in double quotes: "#${input.trim()}"` : undefined)],
]);

/** A path to a file in the campaign's own folder: `assets/banner.svg`, never outside it. */
const assetPath = z
  .string()
  .regex(/^(?!\/)(?!.*\.\.)[\w./-]+\.(svg|png|jpe?g|webp|avif)$/i, 'expected a relative path to an image in the campaign folder, like assets/banner.webp');

const hexColor = z.string().regex(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i, EXPECTED_COLOR);

const venue = z.strictObject({
  name: localisedText,
  city: localisedText.optional(),
  country: localisedText.optional(),
});

const session = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected an id in kebab-case, like opening-plenary')
    .optional()
    .describe('stable identity for calendars; defaults to the name and year, so set it before renaming a session people have saved'),
  name: localisedText,
  start: dateOrDateTime,
  end: dateOrDateTime.optional(),
  'time-zone': z.string().optional().describe('IANA zone of this session; defaults to the campaign zone'),
  venue: venue.optional(),
  online: httpsUrl.optional().describe('link to join online'),
  recording: httpsUrl.optional().describe('link to the recording, shown once the session is over'),
});

export const newsItemSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected an id in kebab-case, like water-conference-2023').optional(),
  date: z.string().regex(ISO_DATE, EXPECTED_DATE),
  title: titleText,
  summary: localised(TEXT_LIMITS.summary, true).optional(),
  link: httpsUrl,
  image: assetPath.optional(),
  'image-alt': altText.optional(),
});

/** A news entry: an item written in place, or the id of an item in `campaigns/site.yaml`. */
const newsEntry = z.union([z.string().min(1), newsItemSchema]);

const banner = z.strictObject({
  image: assetPath.optional(),
  alt: altText.optional().describe('what the banner image shows; leave out for a purely decorative image'),
  overlay: z
    .string()
    .regex(/^#([0-9a-f]{8}|[0-9a-f]{4})$/i, 'expected a hex colour with alpha like #00000099')
    .optional(),
});

export const DOWNLOAD_TYPES = ['press-release', 'report', 'photo-gallery', 'other'] as const;

/** A file a download may point at in the campaign's folder: `files/report.pdf`, never outside it. */
const downloadPath = z
  .string()
  .regex(/^(?!\/)(?!.*\.\.)[\w./-]+\.(pdf|zip|docx)$/i, 'expected a relative path to a PDF, ZIP or DOCX file in the campaign folder, like files/report.pdf');

/** A well-formed BCP 47 language tag, checked by the runtime's own `Intl` rather than a hand-written pattern. */
function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

const download = z
  .strictObject({
    title: titleText.describe('what the file is, as the link says it'),
    url: httpsUrl.optional().describe('an https link to the file elsewhere; give url or file'),
    file: downloadPath.optional().describe('a PDF, ZIP or DOCX file in the campaign folder, published with the site; give url or file'),
    type: z.enum(DOWNLOAD_TYPES).describe('press-release, report, photo-gallery or other'),
    language: z.string().refine(isLanguageTag, 'expected a language tag like en, fr or pt-BR').describe('the language the file is written in: a locale code or any BCP 47 tag'),
    size: z.number().int().min(1).optional().describe('size in bytes of a linked file; measured at build for a file in the folder'),
  })
  .superRefine((value, ctx) => {
    if ((value.url === undefined) === (value.file === undefined)) {
      ctx.addIssue({ code: 'custom', path: [], message: `expected either url or file, got ${value.url ? 'both' : 'neither'}; give one place to download it from`, params: { complete: true } });
    }
  });

const edition = z.strictObject({
  theme: titleText.optional().describe('theme of this year; leave out while it is not announced'),
  banner: banner.optional(),
  sessions: z.array(session).max(ITEM_LIMITS.sessions).optional(),
  news: z.array(newsEntry).max(ITEM_LIMITS.news).optional(),
  downloads: z.array(download).max(ITEM_LIMITS.downloads).optional(),
});

export const STATUSES = ['scheduled', 'postponed', 'cancelled', 'moved-online'] as const;

/** What a campaign is: a dated event, a whole-year observance, or an ongoing initiative with no dates. */
export const KINDS = ['event', 'observance', 'initiative'] as const;

export const campaignSchema = z.strictObject({
  $schema: z.string().optional().describe('path of the JSON Schema, for editors'),
  name: localisedText.describe('name of the event, as the page heading and title'),
  description: localised(TEXT_LIMITS.description, true).describe('two or three sentences on what the event is and why it matters'),
  'default-locale': locale.default('en').describe('the locale every missing translation falls back to; default en'),
  locales: z.array(locale).min(1).max(LOCALES.length).optional().describe('locales to publish; defaults to all seven'),
  kind: z
    .enum(KINDS)
    .default('event')
    .describe('event (default: dates, countdown, calendar), observance (a whole year, or whole days: give year), or initiative (ongoing, no dates)'),
  year: z.number().int().optional().describe('an observance: the year it spans, 1 January to 31 December everywhere'),
  'time-zone': z.string().min(1).optional().describe('an IANA zone such as America/New_York, or "local" for the same wall-clock time everywhere; required for an event'),
  start: dateOrDateTime.optional().describe('2023-03-06 (all day) or 2023-03-06T10:00 (wall-clock time in time-zone); required for an event'),
  end: dateOrDateTime.optional().describe('last day, inclusive, for dates (default: the start day); the end time, required with a start time'),
  recurrence: z.literal('yearly').optional().describe('yearly: the site rolls over to next year once an occurrence ends'),
  'leap-day': z
    .enum(['feb-28', 'mar-1'])
    .optional()
    .describe('for a yearly event on 29 February: the day it falls on in other years'),
  'recap-days': z
    .number()
    .int()
    .min(0)
    .max(90)
    .optional()
    .describe(`yearly events: days after a Day (and its last session) during which the site recaps it before counting to the next; default ${DEFAULT_RECAP_DAYS}`),
  status: z.enum(STATUSES).default('scheduled').describe('scheduled, postponed, cancelled or moved-online; upcoming, live and ended follow from the time'),
  theme: titleText.optional().describe('theme of a one-off event; yearly events give it per edition'),
  venue: venue.optional().describe('where it happens: name, city, country'),
  organiser: z.strictObject({ name: localisedText, url: httpsUrl.optional() }).describe('who organises it: name and an https url'),
  links: z
    .strictObject({ website: httpsUrl.optional(), webcast: httpsUrl.optional(), recording: httpsUrl.optional() })
    .optional()
    .describe('https links: website always, webcast while live, recording once ended'),
  colors: z
    .strictObject({ accent: hexColor.optional(), text: hexColor.optional(), background: hexColor.optional() })
    .optional()
    .describe('hex colours accent, text, background; checked for WCAG contrast at build'),
  banner: banner.optional().describe('banner image (a file in the campaign folder), its alt text, an overlay colour'),
  sessions: z.array(session).max(ITEM_LIMITS.sessions).optional().describe('sub-events, each with name, start, end, time-zone, venue, online, recording, and an optional id'),
  news: z.array(newsEntry).max(ITEM_LIMITS.news).optional().describe('news items (date, title, summary, https link, image) or ids of items in site.yaml'),
  editions: z
    .record(z.string().regex(/^\d{4}$/, 'expected a year like 2024'), edition)
    .refine((editions) => Object.keys(editions).length <= ITEM_LIMITS.editions, { message: `expected at most ${ITEM_LIMITS.editions} editions` })
    .optional()
    .describe('per-year theme, banner, sessions and news of a yearly event'),
  downloads: z
    .array(download)
    .max(ITEM_LIMITS.downloads)
    .optional()
    .describe('press releases, reports, photo galleries: title, url or file, type, language, size'),
});

/** The folder below `campaigns/` that holds the site's own images (stories, tiles, video poster); never a campaign. */
export const SITE_IMAGES_FOLDER = 'site';

/** A path to an image in `campaigns/site/`: `stories/water.svg`, never outside it. */
const siteImagePath = z
  .string()
  .regex(/^(?!\/)(?!.*\.\.)[\w./-]+\.(svg|png|jpe?g|webp|avif)$/i, `expected a relative path to an image in campaigns/${SITE_IMAGES_FOLDER}/, like stories/water.svg`);

const campaignSlug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected the folder name of a campaign, like international-mountain-day');

/** Where a story or tile leads: an https `link`, or the page of a campaign of this site by its `campaign` slug. */
const target = {
  link: httpsUrl.optional().describe('an https link'),
  campaign: campaignSlug.optional().describe('the slug (folder name) of a campaign of this site, whose page in the same language is linked'),
};
const oneTarget = (item: { link?: string; campaign?: string }) => !(item.link && item.campaign);
const oneTargetMessage = { message: 'expected link or campaign, got both; keep one', path: ['campaign'] };

/** Most featured items the front page takes: a handful reads as featured, more is a list. */
export const HOME_LIMITS = { stories: 12, work: 24, latestNews: 50 } as const;

const story = z
  .strictObject({
    title: titleText,
    summary: localised(TEXT_LIMITS.summary, true),
    quote: localised(TEXT_LIMITS.summary, true).optional().describe('words someone said, exactly as they said them; leave out unless the source is known'),
    'quote-by': localisedText.optional().describe('who said the quote'),
    image: siteImagePath,
    'image-alt': altText.optional().describe('what the image shows; leave out for a decorative image'),
    ...target,
  })
  .refine(oneTarget, oneTargetMessage)
  .refine((item) => !item['quote-by'] || item.quote, { message: 'expected a quote with quote-by, got quote-by alone; add the quote or remove quote-by', path: ['quote-by'] });

export const WORK_KINDS = ['advocacy', 'course', 'observance', 'initiative', 'event'] as const;

const workTile = z
  .strictObject({
    title: localisedText,
    summary: localisedText.describe('one line on what it is'),
    kind: z.enum(WORK_KINDS).describe('advocacy, course, observance, initiative or event: the label shown on the tile'),
    image: siteImagePath,
    'image-alt': altText.optional().describe('what the image shows; leave out for a decorative image'),
    ...target,
  })
  .refine(oneTarget, oneTargetMessage);

const videoVersion = z.strictObject({
  url: z
    .string()
    .refine((value) => videoSource(value) !== undefined, 'expected an https link to a YouTube or Vimeo video page, or to an .mp4 or .webm file')
    .optional()
    .describe('where this version plays; leave out while it is not published'),
  title: textValue(TEXT_LIMITS.title, false).optional().describe("the title in this version's own language"),
});

const video = z.strictObject({
  title: titleText,
  poster: siteImagePath.describe(`the image shown until a visitor chooses to play, in campaigns/${SITE_IMAGES_FOLDER}/`),
  'poster-alt': altText.optional(),
  'default-version': locale.optional().describe('the version shown on pages in a language without its own; default: the first listed'),
  versions: z
    .partialRecord(locale, videoVersion)
    .refine((versions) => Object.keys(versions).length > 0, { message: 'expected at least one version, like es: { title: … }' }),
});

export const DATE_STYLES = ['long', 'numeric'] as const;

export const siteSchema = z.strictObject({
  $schema: z.string().optional(),
  url: httpsUrl.describe('where dist/ is published, used for canonical links, hreflang and the sitemap'),
  name: localisedText,
  news: z.array(newsItemSchema.required({ id: true })).max(ITEM_LIMITS.sharedNews).optional(),
  'date-style': z.enum(DATE_STYLES).default('long').describe('how news dates are written: long ("28 March 2023", default) or numeric (28.03.2023)'),
  stories: z
    .strictObject({
      rotation: z.boolean().default(false).describe('true: one story at a time, turning by itself, with pause, previous and next; default false: all in a grid'),
      items: z.array(story).min(1).max(HOME_LIMITS.stories),
    })
    .optional()
    .describe('featured stories at the top of the front page'),
  work: z.array(workTile).max(HOME_LIMITS.work).optional().describe('"Our work" tiles: courses, observances, initiatives, advocacy'),
  video: video.optional().describe('a featured video, with its versions per language'),
  'latest-news': z.number().int().min(1).max(HOME_LIMITS.latestNews).default(6).describe('how many of the newest news items of all campaigns the front page lists; default 6'),
});

export type LocalisedText = z.infer<typeof localisedText>;
export type CampaignConfig = z.infer<typeof campaignSchema>;
export type SessionConfig = z.infer<typeof session>;
export type NewsItemConfig = z.infer<typeof newsItemSchema>;
export type BannerConfig = z.infer<typeof banner>;
export type DownloadConfig = z.infer<typeof download>;
export type SiteConfig = z.infer<typeof siteSchema>;
export type StoryConfig = z.infer<typeof story>;
export type WorkTileConfig = z.infer<typeof workTile>;
export type VideoConfig = z.infer<typeof video>;
export type DateStyle = (typeof DATE_STYLES)[number];
