/**
 * The image a shared link shows: one 1200×630 PNG per page and locale, drawn at build time. A campaign's
 * card is its banner (an SVG rasterised by librsvg) under its overlay colour, with the campaign's name, the
 * theme of the occurrence the page shows and its dates; the directory's card is the site's name. Text is
 * drawn by Pango with the fonts Summit ships (see encode.ts): Arabic joined and right to left, Chinese in
 * real glyphs. X, Facebook and LinkedIn show no SVG, so without these a page would have no image at all.
 */
import type { OverlayOptions, SharpConstructor } from 'sharp';
import type { Campaign } from '../campaign/model.js';
import { directionOf, type Locale } from '../campaign/locales.js';
import { plainText } from '../campaign/text.js';
import { formatDayRange, formatTimeRange, zoneName } from '../i18n/intl.js';
import { momentAt, type Occurrence } from '../time/lifecycle.js';
import { FLOATING, spanDays, type TimeSpan } from '../time/span.js';
import { offsetLabel, zoneOffset } from '../time/zone.js';
import { cachedEncode } from './encode.js';
import { MAX_IMAGE_PIXELS, type PublishedImage } from './assets.js';
import type { SiteInfo } from './pages/page.js';
import { CARD_IMAGES } from './paths.js';

/** The size every network shows a large card at: 1.91:1. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** A campaign page's card image, below the output folder: `<slug>/social/<locale>.png`. */
export function socialImagePath(campaign: Pick<Campaign, 'slug'>, locale: Locale, year?: number): string {
  return year === undefined ? `${campaign.slug}/${CARD_IMAGES}${locale}.png` : `${campaign.slug}/${CARD_IMAGES}${year}/${locale}.png`;
}

/** The directory page's card image: `social/<locale>.png`. */
export function siteSocialImagePath(locale: Locale): string {
  return `${CARD_IMAGES}${locale}.png`;
}

/** One line of a card, from the top: its text and how it is drawn. */
export interface CardLine {
  text: string;
  /** Font size in pixels, the most it is drawn at: a longer text is drawn smaller to fit its box. */
  size: number;
  /** The most height the line takes, in pixels; its text wraps at words within the card's width. */
  box: number;
  bold?: boolean;
}

export interface CardText {
  locale: Locale;
  lines: CardLine[];
  /** The text on the image as one sentence, for `og:image:alt`. */
  alt: string;
}

/** A time span as plain text, as pages show it: "6–17 March 2023", or "11 December 2023, 14:00–15:00 Gulf Standard Time (UTC+4)". */
export function spanText(span: TimeSpan, locale: Locale): string {
  if (span.allDay || span.timeZone === FLOATING) {
    const { first, last } = spanDays(span);
    return formatDayRange(first, last, locale);
  }
  const start = Date.parse(span.start);
  return `${formatTimeRange(start, Date.parse(span.end), locale, span.timeZone)} ${zoneName(span.timeZone, start, locale)} (${offsetLabel(zoneOffset(span.timeZone, start))})`;
}

/** What a campaign page's card says in `locale`: the site, the campaign's name, the theme and dates of the occurrence current at `now`. */
export function campaignCardText(campaign: Campaign, site: SiteInfo, locale: Locale, now: number, occurrence = momentAt(campaign, now)?.occurrence): CardText {
  const name = plainText(campaign.name, locale);
  const theme = occurrence ? themeOf(campaign, occurrence, locale) : '';
  const date = occurrence ? spanText(occurrence.span, locale) : '';
  // The boxes add up, with the gaps, to the card's height less its margins and the site's line: nothing overlaps.
  const lines: CardLine[] = [
    { text: plainText(site.name, locale), size: 30, box: 44 },
    { text: name, size: 76, box: 230, bold: true },
    ...(theme ? [{ text: theme, size: 40, box: 100 }] : []),
    ...(date ? [{ text: date, size: 34, box: 80, bold: true }] : []),
  ];
  return { locale, lines, alt: [name, theme, date].filter(Boolean).join(' · ') };
}

/** The theme of the occurrence: a yearly edition's, or a one-off event's. */
function themeOf(campaign: Campaign, occurrence: Occurrence, locale: Locale): string {
  const theme = campaign.recurrence ? campaign.editions.find((e) => e.year === occurrence.year)?.theme : campaign.theme;
  return plainText(theme, locale);
}

/** What the directory page's card says: the site's address at the top, its name large below, as a campaign's card. */
export function siteCardText(site: SiteInfo, locale: Locale): CardText {
  const name = plainText(site.name, locale);
  return { locale, lines: [{ text: new URL(site.url).host, size: 30, box: 44 }, { text: name, size: 84, box: 300, bold: true }], alt: name };
}

/** The background of a card: a banner's checked bytes and overlay, or a plain colour. */
export interface CardBackground {
  image?: PublishedImage;
  /** A CSS hex colour laid over the image, with its alpha (`#1b4a288c`). */
  overlay?: string;
  /** The colour under everything, shown where there is no image. */
  color: string;
}

/** Space around the text, in pixels. */
const MARGIN = 64;
/** Space between two lines of the card. */
const GAP = 20;
/** Text is white; the background is darkened until white text on its brightest pixel has this contrast. */
const TEXT_COLOUR = '#ffffff';
export const MIN_CONTRAST = 4.5;

/** The card as PNG bytes, drawn once for each different input and then read from the cache. */
export function renderCard(text: CardText, background: CardBackground): Promise<Uint8Array> {
  const settings = { text, overlay: background.overlay, color: background.color, image: background.image?.type, width: CARD_WIDTH, height: CARD_HEIGHT };
  return cachedEncode('card', background.image?.bytes ?? '', settings, async (sharp) => {
    const base = await backgroundPixels(sharp, background);
    // The brightest value of each channel anywhere: white text is checked against the worst case.
    const { channels } = await sharp(base.data, { raw: base.info }).stats();
    const scrim = scrimFor(channels.slice(0, 3).map((c) => c.max) as [number, number, number]);
    const rtl = directionOf(text.locale) === 'rtl';
    const layers: OverlayOptions[] = [];
    if (scrim > 0) layers.push({ input: { create: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 4, background: { r: 0, g: 0, b: 0, alpha: scrim } } }, top: 0, left: 0 });
    const drawn = [];
    for (const line of text.lines) drawn.push(await drawLine(sharp, line, text.locale));
    // The site's name at the top; the rest from the bottom up, like the page's banner.
    let bottom = CARD_HEIGHT - MARGIN;
    for (const line of drawn.slice(1).reverse()) {
      layers.push({ input: line.data, top: bottom - line.height, left: rtl ? CARD_WIDTH - MARGIN - line.width : MARGIN });
      bottom -= line.height + GAP;
    }
    const [top] = drawn;
    if (top) layers.push({ input: top.data, top: MARGIN - 16, left: rtl ? CARD_WIDTH - MARGIN - top.width : MARGIN });
    return sharp(base.data, { raw: base.info }).composite(layers).png({ compressionLevel: 9, effort: 7 }).toBuffer();
  });
}

/** The banner covering a box (the card's, by default), under its overlay, as raw RGB pixels. */
export async function backgroundPixels(sharp: SharpConstructor, background: CardBackground, width = CARD_WIDTH, height = CARD_HEIGHT) {
  const { image, overlay, color } = background;
  let canvas = sharp({ create: { width, height, channels: 3, background: color } });
  const layers: OverlayOptions[] = [];
  if (image) {
    // An SVG is drawn at a density that makes it cover the box, so it is not blurred, within the build's
    // pixel limit and librsvg's 32767 pixels a side (a very long and thin one is then enlarged instead).
    const cover = Math.max(width / image.width, height / image.height, 1);
    const scale = Math.min(cover, Math.sqrt(MAX_IMAGE_PIXELS / (image.width * image.height)), 32_000 / Math.max(image.width, image.height));
    const density = image.type === 'svg' ? Math.floor(72 * scale) : undefined;
    // Rasterised first: resizing the SVG itself would let sharp draw it again at whatever density the cover needs.
    const pixels = density ? await sharp(image.bytes, { density }).png().toBuffer() : image.bytes;
    const covering = await sharp(pixels, { limitInputPixels: MAX_IMAGE_PIXELS }).rotate().resize(width, height, { fit: 'cover' }).png().toBuffer();
    layers.push({ input: covering, top: 0, left: 0 });
  }
  const tint = overlay && hexColour(overlay);
  if (tint) layers.push({ input: { create: { width, height, channels: 4, background: tint } }, top: 0, left: 0 });
  if (layers.length) canvas = sharp(await canvas.composite(layers).png().toBuffer());
  return canvas.removeAlpha().raw().toBuffer({ resolveWithObject: true });
}

/** `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa` as a colour sharp takes; undefined for anything else. */
function hexColour(hex: string): { r: number; g: number; b: number; alpha: number } | undefined {
  const digits = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(hex)?.[1];
  if (!digits) return undefined;
  const full = digits.length <= 4 ? [...digits].map((d) => d + d).join('') : digits;
  const channel = (i: number) => parseInt(full.slice(2 * i, 2 * i + 2), 16);
  return { r: channel(0), g: channel(1), b: channel(2), alpha: full.length === 8 ? channel(3) / 255 : 1 };
}

/** WCAG relative luminance of an sRGB colour (channels 0–255). */
export function luminance([r, g, b]: [number, number, number]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of white text on a colour. */
export function contrastWithWhite(colour: [number, number, number]): number {
  return 1.05 / (luminance(colour) + 0.05);
}

/**
 * The opacity of black laid over a background whose brightest channels are `brightest`, the least (in
 * steps of 1/100) that gives white text a contrast of at least MIN_CONTRAST there; 0 when it has it.
 * A layer of black at opacity a scales every channel by 1 − a.
 */
export function scrimFor(brightest: [number, number, number]): number {
  for (let step = 0; step <= 100; step++) {
    const kept = 1 - step / 100;
    // Channels are rounded to whole values when composited: the check takes the rounding up.
    if (contrastWithWhite(brightest.map((c) => Math.ceil(c * kept)) as [number, number, number]) >= MIN_CONTRAST) return step / 100;
  }
  return 1;
}

/**
 * One line drawn white on transparent: at its size when it fits the card's width within its box (wrapping
 * at words), else shrunk until it does.
 */
async function drawLine(sharp: SharpConstructor, line: CardLine, locale: Locale) {
  const width = CARD_WIDTH - 2 * MARGIN;
  const markup = `<span lang="${locale}" foreground="${TEXT_COLOUR}" font_family="Noto Sans" font_weight="${line.bold ? 'bold' : 'normal'}">${escapeMarkup(line.text)}</span>`;
  // Pango reads "left" as the start of each paragraph's own direction: right for Arabic.
  const text = { text: markup, width, rgba: true, wrap: 'word' as const, align: 'left' as const };
  // Pango sizes fonts in points: at 72 dots per inch a point is a pixel.
  let drawn = await sharp({ text: { ...text, font: `Noto Sans ${line.size}px`, dpi: 72 } }).png().toBuffer({ resolveWithObject: true });
  if (drawn.info.height > line.box) drawn = await sharp({ text: { ...text, font: 'Noto Sans', height: line.box } }).png().toBuffer({ resolveWithObject: true });
  return { data: drawn.data, width: drawn.info.width, height: drawn.info.height };
}

/** Text safe inside Pango markup. */
function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The background of a campaign page's card: the banner of the occurrence the page shows, under its overlay. */
export function campaignCardBackground(campaign: Campaign, images: readonly PublishedImage[], now: number, year = momentAt(campaign, now)?.occurrence.year): CardBackground {
  const banner = { ...campaign.banner, ...campaign.editions.find((e) => e.year === year)?.banner };
  const image = images.find((candidate) => candidate.slug === campaign.slug && candidate.image === banner.image);
  return { image, overlay: banner.overlay, color: campaign.colors.accent };
}

/** The directory's card background: Summit's dark ink. */
export const SITE_CARD_BACKGROUND: CardBackground = { color: '#1b1f24' };
