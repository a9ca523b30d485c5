/**
 * What every page shares: the plain-string shell (`<head>`; Lit allows no bindings inside `<title>`)
 * around a body prerendered by Lit SSR, with the components' shadow roots as declarative shadow DOM; the
 * language switcher; text marked with its real language.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Localised } from '../../campaign/model.js';
import { LANGUAGE_NAMES, LOCALES, directionOf, type Locale } from '../../campaign/locales.js';
import type { DateStyle, SiteConfig } from '../../campaign/schema.js';
import { defineElements } from '../../components/elements.js';
import { setServerLanguage } from '../../components/shared/language.js';
import { loadLanguage, speakFromNowOn } from '../../i18n/localization.js';
import { escapeHtml } from '../../campaign/text.js';
import { minifyStyleElements } from '../css.js';
import { KIT_CSS, PAGE_CSS } from '../page-styles.js';
import { cardTags, type CardImage } from '../social.js';
import { pageLoader } from './page-loader.js';

defineElements();

export interface SiteInfo {
  url: string;
  name: Localised;
  locales: Locale[];
  /** How news dates are written on every page (`date-style` in `site.yaml`). */
  dateStyle: DateStyle;
}

export interface PageAssets {
  /** Path of the page script from the site root, like `assets/page-3f2a.js`. */
  script: string;
  /**
   * Paths from the site root of the modules the page script starts after the first paint, and of each
   * language's messages for them, fetched together so the countdown goes live without more round trips.
   * Absent in the dev server, which serves sources.
   */
  preload?: { modules: string[]; messages: Partial<Record<string, string>> };
  /** Path of the partner script from the site root. */
  embed: string;
  /** Path of the embed kit's configurator script from the site root. */
  kit: string;
  favicon: string;
  /**
   * Per element (`countdown` …), its pinned copy's path from the site root and the `integrity` of its
   * bytes. Absent in the dev server, which builds no partner scripts.
   */
  pinned?: Partial<Record<string, { file: string; integrity: string }>>;
  /** The pinned copies of earlier builds that this one keeps serving, from the site root. */
  earlierPins?: string[];
}

export interface OutputFile {
  /** Path below `dist/`, like `csw67/fr/index.html`. */
  file: string;
  /** The file's text: a page, or data (campaign.json, sitemap.xml). */
  content: string;
  /** Read back, checked and unchanged, from the output the build replaces (see page-cache.ts): linked from there. */
  unchanged?: true;
}

/** Text with its own language marked when it fell back to another locale. */
export function t(text: Localised | undefined, locale: Locale): TemplateResult | string {
  const value = text?.[locale];
  if (!value) return '';
  if (value.lang === locale) return value.text;
  return html`<span lang=${value.lang} dir=${directionOf(value.lang)}>${value.text}</span>`;
}


/** Links to the same page in every other language, each language named in itself. */
export function languageSwitcher(locales: Locale[], locale: Locale, href: (l: Locale) => string): TemplateResult {
  return html`<nav class="languages" aria-label=${msg('Language')}>
    <ul>
      ${locales.map(
        (l) => html`<li><a href=${href(l)} lang=${l} hreflang=${l} dir=${directionOf(l)} aria-current=${l === locale ? 'page' : nothing}>${LANGUAGE_NAMES[l]}</a></li>`,
      )}
    </ul>
  </nav>`;
}

/**
 * What Lit SSR writes that HTML does not allow: the legacy `shadowroot` attribute next to `shadowrootmode`
 * (the standard one, which Chromium, Firefox and Safari read), and the `<?>` that ends a template ending
 * with an expression (a parse error that browsers read as a comment). Page text is escaped, so neither
 * comes from content.
 */
const LEGACY_SHADOW_ROOT = /<template shadowroot="(?:open|closed)" shadowrootmode=/g;
const TEMPLATE_END_MARKER = /<\?>/g;

/**
 * A run of Lit's hydration markers, `<!--lit-part …-->`, `<!--/lit-part-->`, `<!--lit-node N-->` and the empty
 * `<!---->`, and, when the run ends a line, the spaces after it (group 1, defined even when empty). Nothing on a
 * page hydrates (the countdown renders over its server-rendered shadow root): they are bytes for nothing.
 */
const LIT_MARKERS = /(?:<!--(?:\/?lit-part[^>]*|lit-node \d+|)-->)+(?:([ \t]*)(?=\n)|)/g;

const isBlank = (code: number) => code === 0x20 || code === 0x09;

/**
 * `html` without Lit's markers, and without the spaces before and after a run of them that ends a line. The
 * scan starts only at `<!--`: one pattern that could also start at every space took a tenth of the rendering
 * of a 1001-page build.
 */
export function withoutLitMarkers(html: string): string {
  let out = '';
  let from = 0;
  for (const match of html.matchAll(LIT_MARKERS)) {
    let to = match.index;
    if (match[1] !== undefined) while (to > from && isBlank(html.charCodeAt(to - 1))) to--;
    out += html.slice(from, to);
    from = match.index + match[0].length;
  }
  return from === 0 ? html : out + html.slice(from);
}

/** Renders a page body in a language: the page's own strings and every element's. */
export async function ssr(body: () => TemplateResult, locale: Locale): Promise<string> {
  await loadLanguage(locale);
  setServerLanguage(locale);
  speakFromNowOn(locale);
  const html = await collectResult(render(body()));
  return withoutLitMarkers(html.replace(LEGACY_SHADOW_ROOT, '<template shadowrootmode=').replace(TEMPLATE_END_MARKER, ''));
}

export interface Shell {
  locale: Locale;
  title: string;
  description: string;
  root: string;
  canonical: string;
  alternates: { hreflang: string; href: string }[];
  head: string;
  body: string;
  assets: PageAssets;
  /** What a link to the page shows when shared (the rest of the card comes from the fields above). */
  card: { siteName: string; title: string; image?: CardImage };
  /** Load the partner script first, so the page shows the elements exactly as partners get them. */
  partnerScript?: boolean;
  /** Load the embed kit's configurator. */
  kitScript?: boolean;
}

/**
 * The modules the page script imports once the banner has painted, and the page's messages, as URLs relative
 * to the page: the loader asks for them with the page script, in one round trip. They are not `modulepreload`
 * links in the HTML: those would share a slow link with the banner image while the page's largest paint
 * waits for it.
 */
function livePreloads(assets: PageAssets, locale: Locale, root: string): string[] {
  if (!assets.preload) return [];
  const messages = assets.preload.messages[locale];
  return [...assets.preload.modules, ...(messages ? [messages] : [])].map((file) => `${root}${file}`);
}

export function shell(page: Shell): string {
  const { locale, root } = page;
  const body = minifyStyleElements(page.body);
  const others = page.alternates.map((a) => a.hreflang).filter((l): l is Locale => l !== 'x-default' && l !== locale);
  const card = cardTags({ ...page.card, description: page.description, url: page.canonical, locale, alternates: others });
  return `<!doctype html>
<html lang="${locale}" dir="${directionOf(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<meta name="description" content="${escapeHtml(page.description)}">
<link rel="canonical" href="${escapeHtml(page.canonical)}">
${page.alternates.map((a) => `<link rel="alternate" hreflang="${a.hreflang}" href="${escapeHtml(a.href)}">`).join('\n')}
${card}
<link rel="icon" href="${root}${page.assets.favicon}">
<style>${PAGE_CSS}${page.kitScript ? KIT_CSS : ''}</style>
${page.head}
${page.partnerScript ? `<script type="module" src="${root}${page.assets.embed}"></script>\n` : ''}${pageLoader(`${root}${page.assets.script}`, livePreloads(page.assets, locale, root))}
${page.kitScript ? `<script type="module" src="${root}${page.assets.kit}"></script>\n` : ''}
</head>
<body>
${body}
</body>
</html>
`;
}

/** Site info resolved for rendering: the site name in every locale, English first (the default). */
export function siteInfo(config: SiteConfig): SiteInfo {
  const locales: Locale[] = [...LOCALES];
  const given: Partial<Record<Locale, string>> = typeof config.name === 'string' ? { en: config.name } : config.name;
  const fallback = given.en ?? Object.values(given)[0] ?? '';
  return {
    url: config.url.replace(/\/+$/, ''),
    name: Object.fromEntries(locales.map((l) => [l, given[l] ? { text: given[l]!, lang: l } : { text: fallback, lang: 'en' as Locale }])),
    locales,
    dateStyle: config['date-style'],
  };
}
