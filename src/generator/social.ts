/**
 * Open Graph and X card tags: what a link to a page shows when it is shared. Every page has a card image
 * drawn for it at build time (social-image.ts), a PNG the networks all show, with its size and its text as
 * alt text.
 */
import type { Campaign } from '../campaign/model.js';
import type { Locale } from '../campaign/locales.js';
import type { Occurrence } from '../time/lifecycle.js';
import { escapeHtml } from '../campaign/text.js';
import { textOnce } from '../i18n/intl.js';
import type { SiteInfo } from './pages/page.js';
import { CARD_HEIGHT, CARD_WIDTH, campaignCardText, siteCardText, siteSocialImagePath, socialImagePath } from './social-image.js';

/** `og:locale` for each locale, in the `ll_TT` form Facebook knows (Arabic has no single territory: `ar_AR`). */
export const OG_LOCALES: Record<Locale, string> = { en: 'en_US', fr: 'fr_FR', es: 'es_ES', ar: 'ar_AR', zh: 'zh_CN', ru: 'ru_RU', it: 'it_IT' };

/** Longest `og:description`, in characters: longer ones are cut by the networks anyway, at any letter. */
export const DESCRIPTION_LIMIT = 200;

/** Longest title X shows, in characters; a longer `og:title` gets a shorter `twitter:title`. */
const X_TITLE_LIMIT = 70;

/** Longest image alt text X takes, in characters. */
const ALT_LIMIT = 420;

export interface CardImage {
  /** Absolute https URL. */
  url: string;
  width?: number;
  height?: number;
  alt: string;
}

export interface Card {
  siteName: string;
  title: string;
  description: string;
  /** Absolute URL of the page (its canonical URL). */
  url: string;
  locale: Locale;
  /** Every other locale the same page is published in. */
  alternates: Locale[];
  image?: CardImage;
}

/**
 * `text` on one line, cut to at most `limit` characters at a word boundary (in every script, Chinese
 * included, by `Intl.Segmenter`), with an ellipsis when it was cut.
 */
export function cutAtWord(text: string, locale: Locale, limit = DESCRIPTION_LIMIT): string {
  // The same description and alt text are cut for every page of a campaign and its embed kit.
  return textOnce(`cut|${locale}|${limit}|${text}`, () => cutLine(text, locale, limit));
}

function cutLine(text: string, locale: Locale, limit: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const chars = [...line];
  if (chars.length <= limit) return line;
  // Only the first `limit` characters can be kept: a word that runs to the end of them is cut, so it goes.
  let kept = '';
  let count = 0;
  for (const { segment } of wordSegmenter(locale).segment(chars.slice(0, limit).join(''))) {
    const size = [...segment].length;
    if (count + size > limit - 1) break;
    kept += segment;
    count += size;
  }
  // A word longer than the limit: cut it, rather than give nothing.
  if (!kept.trim()) kept = chars.slice(0, limit - 1).join('');
  return `${kept.replace(/[\s,;:.،、，。;:]+$/u, '')}…`;
}

const segmenters = new Map<Locale, Intl.Segmenter>();

/** One word segmenter per locale for the whole build. */
function wordSegmenter(locale: Locale): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'word' })));
  return segmenter;
}

/**
 * A campaign page's card image in `locale`, as of the build's `now`, or a past edition's for its
 * `occurrence`: the one `publishCardImages` draws.
 */
export function cardImage(campaign: Campaign, site: SiteInfo, locale: Locale, now: number, occurrence?: Occurrence): CardImage {
  const file = socialImagePath(campaign, locale, occurrence?.year);
  return { url: `${site.url}/${file}`, width: CARD_WIDTH, height: CARD_HEIGHT, alt: campaignCardText(campaign, site, locale, now, occurrence).alt };
}

/** The directory page's card image in `locale`. */
export function siteCardImage(site: SiteInfo, locale: Locale): CardImage {
  return { url: `${site.url}/${siteSocialImagePath(locale)}`, width: CARD_WIDTH, height: CARD_HEIGHT, alt: siteCardText(site, locale).alt };
}

/** The `<meta>` tags of a card, one per line. */
export function cardTags(card: Card): string {
  const tags: [string, string][] = [
    ['og:site_name', card.siteName],
    ['og:title', card.title],
    ['og:type', 'website'],
    ['og:url', card.url],
    ['og:description', cutAtWord(card.description, card.locale)],
    ['og:locale', OG_LOCALES[card.locale]],
    ...card.alternates.map((l): [string, string] => ['og:locale:alternate', OG_LOCALES[l]]),
  ];
  if (card.image) {
    tags.push(['og:image', card.image.url]);
    if (card.image.width && card.image.height) tags.push(['og:image:width', String(card.image.width)], ['og:image:height', String(card.image.height)]);
    tags.push(['og:image:alt', cutAtWord(card.image.alt, card.locale, ALT_LIMIT)]);
  }
  const meta = tags.map(([property, content]) => `<meta property="${property}" content="${escapeHtml(content)}">`);
  meta.push(`<meta name="twitter:card" content="${card.image ? 'summary_large_image' : 'summary'}">`);
  if ([...card.title].length > X_TITLE_LIMIT) meta.push(`<meta name="twitter:title" content="${escapeHtml(cutAtWord(card.title, card.locale, X_TITLE_LIMIT))}">`);
  if (card.image) meta.push(`<meta name="twitter:image:alt" content="${escapeHtml(cutAtWord(card.image.alt, card.locale, ALT_LIMIT))}">`);
  return meta.join('\n');
}
