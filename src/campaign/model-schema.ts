/**
 * The published contract of `campaign.json`: a zod schema of the `Campaign` model, checked against the
 * model's TypeScript types at compile time, from which the build writes `dist/campaign.schema.json` for
 * partners and tools. Node only: the browser reads `campaign.json` with the hand-written reader in
 * `src/components/shared/campaign-json.ts`, which keeps zod out of partner pages.
 */
import { z } from 'zod';
import { CAMPAIGN_JSON_VERSION, type Campaign } from './model.js';
import { LOCALES } from './locales.js';
import { DOWNLOAD_TYPES, KINDS, STATUSES } from './schema.js';

const locale = z.enum(LOCALES);
const localised = z.partialRecord(locale, z.strictObject({ text: z.string(), lang: locale }));
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const time = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2}|Z)?)?$/)
  .describe('a date (all day), a wall-clock time with its offset in the zone, or a wall-clock time alone for a "local" span');
const url = z.string().describe('an https URL, or a path relative to campaign.json');
const hex = z.string().regex(/^#([0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i);

const timeSpan = z.strictObject({
  start: time,
  end: time.describe('exclusive: the day after the last day, or the end time'),
  timeZone: z.string().describe('an IANA zone, or "local" for the same wall-clock time in every zone'),
  allDay: z.boolean(),
});
const venue = z.strictObject({ name: localised, city: localised.optional(), country: localised.optional() });
const session = timeSpan.extend({ id: z.string(), name: localised, venue: venue.optional(), online: url.optional(), recording: url.optional() });
const download = z.strictObject({
  title: localised,
  url,
  type: z.enum(DOWNLOAD_TYPES),
  format: z.enum(['pdf', 'zip', 'docx']).optional().describe('absent for a link whose name does not say its format'),
  language: z.string().describe('the language of the file, a canonical BCP 47 tag'),
  size: z.number().int().min(1).optional().describe('bytes: measured at build for a published file'),
});
const pixels = z.number().int().min(1).describe('CSS pixels, as the build read them from the image file');
const banner = z.strictObject({
  image: url.optional(),
  width: pixels.optional(),
  height: pixels.optional(),
  alt: localised.optional(),
  overlay: hex.optional(),
});

export const campaignModelSchema = z
  .strictObject({
    version: z.literal(CAMPAIGN_JSON_VERSION),
    slug: z.string().regex(/^[a-z0-9-]+$/),
    defaultLocale: locale,
    locales: z.array(locale),
    name: localised,
    description: localised,
    status: z.enum(STATUSES),
    kind: z.enum(KINDS).describe('event; observance (whole days, the same dates everywhere, counted in days); initiative (no time)'),
    time: timeSpan.optional().describe('the first occurrence; a yearly event repeats its wall-clock times every year; absent for an initiative'),
    recurrence: z.strictObject({ frequency: z.literal('yearly'), leapDay: z.enum(['feb-28', 'mar-1']).optional() }).optional(),
    recapDays: z.number().int().min(0).describe('days a yearly occurrence stays the subject after it (and its sessions) end'),
    theme: localised.optional(),
    editions: z.array(
      z.strictObject({ year: z.number().int(), theme: localised.optional(), banner: banner.optional(), sessions: z.array(session), downloads: z.array(download).optional() }),
    ),
    venue: venue.optional(),
    organiser: z.strictObject({ name: localised, url: url.optional() }),
    links: z.strictObject({ website: url.optional(), webcast: url.optional(), recording: url.optional() }),
    colors: z.strictObject({ accent: hex, text: hex, background: hex }),
    banner,
    sessions: z.array(session),
    news: z.array(
      z.strictObject({
        id: z.string(),
        date,
        title: localised,
        summary: localised.optional(),
        link: url,
        image: url.optional(),
        imageWidth: pixels.optional(),
        imageHeight: pixels.optional(),
        imageAlt: localised.optional(),
        edition: z.number().int().optional().describe('the year of the edition the item is listed under; absent for the campaign\'s own news'),
      }),
    ),
    downloads: z.array(download).optional(),
  })
  .describe('A Summit campaign: its schedule, texts in every published locale, links, theme and news.');

/** Fails to compile when the schema and the model's types drift apart, in either direction. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesModel: Same<z.infer<typeof campaignModelSchema>, Campaign> = true;
void schemaMatchesModel;

/** `dist/campaign.schema.json`. */
export function campaignJsonSchema(): object {
  return {
    $id: 'campaign.schema.json',
    title: `Summit campaign.json, version ${CAMPAIGN_JSON_VERSION}`,
    ...z.toJSONSchema(campaignModelSchema, { target: 'draft-2020-12' }),
  };
}
