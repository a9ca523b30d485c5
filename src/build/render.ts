/**
 * Renders pages: a plain-string shell (`<head>`; Lit allows no bindings inside `<title>`) around a
 * body prerendered by Lit SSR, with the components' shadow roots as declarative shadow DOM.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Campaign, Localised, NewsItem, Session } from '../campaign/model.js';
import { plainText, venueLine } from '../campaign/text.js';
import { LANGUAGE_NAMES, LOCALES, directionOf, type Locale } from '../campaign/locales.js';
import { defineElements } from '../components/elements.js';
import { setServerLanguage } from '../components/shared/language.js';
import { timeElement } from '../components/shared/when.js';
import { calendarList } from '../components/calendar/calendar.js';
import type { CalendarEvent } from '../campaign/calendar-links.js';
import { loadLanguage, speak, speakFromNowOn } from '../i18n/localization.js';
import { formatDay } from '../i18n/intl.js';
import { spanDays, spanEndsBy, spanStartedBy } from '../time/span.js';
import { escapeHtml, inlineJson } from './html.js';
import { minifyStyleElements } from './css.js';
import { calendarPath } from './calendar.js';
import { PAGE_CSS, themeTokens } from './page-styles.js';
import type { SiteConfig } from '../campaign/schema.js';

defineElements();

export interface SiteInfo {
  url: string;
  name: Localised;
  locales: Locale[];
}

export interface PageAssets {
  /** Path of the page script from the site root, like `assets/page-3f2a.js`. */
  script: string;
  /** Path of the partner script from the site root. */
  embed: string;
  favicon: string;
}

export interface OutputFile {
  /** Path below `dist/`, like `csw67/fr/index.html`. */
  file: string;
  /** The file's text: a page, or data (campaign.json, sitemap.xml). */
  content: string;
}

/** URL path of a campaign page in a locale, from the site root: `csw67/`, `csw67/fr/`. */
export function campaignPath(campaign: Campaign, locale: Locale): string {
  return locale === campaign.defaultLocale ? `${campaign.slug}/` : `${campaign.slug}/${locale}/`;
}

/** URL path of the directory page in a locale: `` (default), `fr/`. */
export function directoryPath(site: SiteInfo, locale: Locale): string {
  return locale === site.locales[0] ? '' : `${locale}/`;
}

/** Relative prefix from a page path back to the site root: `csw67/fr/` → `../../`. */
function toRoot(pagePath: string): string {
  return '../'.repeat(pagePath.split('/').filter(Boolean).length);
}

/** Text with its own language marked when it fell back to another locale. */
function t(text: Localised | undefined, locale: Locale): TemplateResult | string {
  const value = text?.[locale];
  if (!value) return '';
  if (value.lang === locale) return value.text;
  return html`<span lang=${value.lang} dir=${directionOf(value.lang)}>${value.text}</span>`;
}


/**
 * The countdown, with the absolute date inside. An event that is over for good is rendered in its ended
 * state, so its page does not reserve room for numbers it will never show.
 */
function countdown(campaign: Campaign, locale: Locale, now: number): TemplateResult {
  const { time } = campaign;
  const final = !campaign.recurrence && spanEndsBy(time, now);
  return html`<summit-countdown
    state=${final ? 'ended' : nothing}
    start=${time.start}
    end=${time.end}
    time-zone=${time.timeZone}
    recurrence=${campaign.recurrence ? 'yearly' : nothing}
  ><p class="when">${timeElement(time, locale)}</p></summit-countdown>`;
}

/**
 * A session. The next one (or the one running) is marked `data-next`; the page script moves the mark as
 * time passes, so a page built weeks ago still highlights the right one.
 */
function sessionItem(session: Session, locale: Locale, now: number, next: boolean): TemplateResult {
  const over = spanEndsBy(session, now);
  const venue = session.venue ? venueLine(session.venue, locale) : '';
  return html`<li class="card" data-end=${session.end} ?data-next=${next}>
    <h3>${t(session.name, locale)}</h3>
    <p>${timeElement(session, locale)}</p>
    ${venue ? html`<p class="meta">${venue}</p>` : nothing}
    ${session.online && !over ? html`<p><a href=${session.online}>${msg('Join online')}<span class="visually-hidden">: ${plainText(session.name, locale)}</span></a></p>` : nothing}
    ${session.recording && over ? html`<p><a href=${session.recording}>${msg('Watch the recording')}<span class="visually-hidden">: ${plainText(session.name, locale)}</span></a></p>` : nothing}
  </li>`;
}

function newsItem(item: NewsItem, locale: Locale): TemplateResult {
  const headingId = `news-${item.id}`;
  return html`<li class="card">
    <article aria-labelledby=${headingId}>
      ${item.image ? html`<img src=${item.image} alt=${plainText(item.imageAlt, locale)} loading="lazy" decoding="async" width="640" height="360">` : nothing}
      <h3 id=${headingId}>${t(item.title, locale)}</h3>
      <p class="meta"><time datetime=${item.date}>${formatDay(item.date, locale)}</time></p>
      ${item.summary ? html`<p>${t(item.summary, locale)}</p>` : nothing}
      <p><a href=${item.link}>${msg('Read more')}<span class="visually-hidden">: ${plainText(item.title, locale)}</span></a></p>
    </article>
  </li>`;
}

/** The campaign as a calendar entry, for the "add to calendar" links. */
function calendarEvent(campaign: Campaign, locale: Locale, site: SiteInfo): CalendarEvent {
  const venue = campaign.venue && campaign.status !== 'moved-online' ? venueLine(campaign.venue, locale) : undefined;
  return {
    title: plainText(campaign.name, locale),
    details: `${site.url}/${campaignPath(campaign, locale)}`,
    ...(venue && { location: venue }),
    time: campaign.time,
    yearly: Boolean(campaign.recurrence),
  };
}

/** What the status changes, in words, for the banner and the date: nothing for a scheduled event. */
function statusNotice(campaign: Campaign): TemplateResult | typeof nothing {
  const notices = {
    scheduled: undefined,
    postponed: msg('This event has been postponed. New dates will be announced here.'),
    cancelled: msg('This event has been cancelled.'),
    'moved-online': msg('This event has moved online.'),
  };
  const notice = notices[campaign.status];
  return notice ? html`<p class="status"><strong>${notice}</strong></p>` : nothing;
}

/** Links to the same page in every other language, each language named in itself. */
function languageSwitcher(locales: Locale[], locale: Locale, href: (l: Locale) => string): TemplateResult {
  return html`<nav class="languages" aria-label=${msg('Language')}>
    <ul>
      ${locales.map(
        (l) => html`<li><a href=${href(l)} lang=${l} hreflang=${l} dir=${directionOf(l)} aria-current=${l === locale ? 'page' : nothing}>${LANGUAGE_NAMES[l]}</a></li>`,
      )}
    </ul>
  </nav>`;
}

function campaignBody(campaign: Campaign, site: SiteInfo, locale: Locale, root: string, now: number): TemplateResult {
  const { links } = campaign;
  // A postponed or cancelled event has no countdown and no live links: its old date is shown struck through.
  const halted = campaign.status === 'postponed' || campaign.status === 'cancelled';
  const online = campaign.status === 'moved-online';
  const started = spanStartedBy(campaign.time, now);
  const over = spanEndsBy(campaign.time, now);
  const nextSession = campaign.sessions.findIndex((session) => !spanEndsBy(session, now));
  const pastEditions = campaign.editions.filter((e) => e.theme && Date.UTC(e.year + 1, 0, 1) <= Date.parse(campaign.time.start.slice(0, 10)));
  const venue = campaign.venue ? venueLine(campaign.venue, locale) : '';
  return html`<a class="skip" href="#main">${msg('Skip to content')}</a>
    <header class="site wrap">
      <a class="site-name" href=${`${root}${directoryPath(site, locale)}`}>${t(site.name, locale)}</a>
      ${languageSwitcher(campaign.locales, locale, (l) => `${root}${campaignPath(campaign, l)}`)}
    </header>
    <main id="main" class="wrap">
      <summit-banner>
        ${campaign.banner.image ? html`<img slot="image" class="banner-image" src=${`${root}${campaign.slug}/${campaign.banner.image}`} alt=${plainText(campaign.banner.alt, locale)} width="1200" height="400" fetchpriority="high">` : nothing}
        <h1>${t(campaign.name, locale)}</h1>
        ${campaign.theme
          ? html`<p><span class="theme-label">${campaign.recurrence ? msg(str`Theme ${campaign.time.start.slice(0, 4)}`) : msg('Theme')}</span><br>${t(campaign.theme, locale)}</p>`
          : campaign.recurrence
            ? html`<p class="tba">${msg(str`The theme for ${campaign.time.start.slice(0, 4)} has not been announced yet.`)}</p>`
            : nothing}
        ${statusNotice(campaign)}
        <p>${halted ? html`<s>${timeElement(campaign.time, locale)}</s>` : timeElement(campaign.time, locale)}</p>
      </summit-banner>
      <div class="facts">
        <section aria-labelledby="when-heading">
          <h2 id="when-heading">${halted ? msg('When it was planned') : over ? msg('When it took place') : started ? msg('Happening now') : msg('When')}</h2>
          ${halted ? html`${statusNotice(campaign)}<p class="when"><s>${timeElement(campaign.time, locale)}</s></p>` : countdown(campaign, locale, now)}
          ${campaign.status !== 'cancelled' && !over ? html`<summit-calendar>${calendarList(calendarEvent(campaign, locale, site), `${root}${calendarPath(campaign)}`)}</summit-calendar>` : nothing}
        </section>
        <section aria-labelledby="about-heading">
          <h2 id="about-heading">${msg('About')}</h2>
          <p>${t(campaign.description, locale)}</p>
          <dl>
            ${online ? html`<dt>${msg('Where')}</dt><dd>${msg('Online')}</dd>` : venue ? html`<dt>${msg('Where')}</dt><dd>${venue}</dd>` : nothing}
            <dt>${msg('Organiser')}</dt>
            <dd>${campaign.organiser.url ? html`<a href=${campaign.organiser.url}>${t(campaign.organiser.name, locale)}</a>` : t(campaign.organiser.name, locale)}</dd>
          </dl>
          <ul class="links">
            ${links.website ? html`<li><a class="button" href=${links.website}>${msg('Official website')}</a></li>` : nothing}
            ${links.webcast && !halted && !over && (started || online) ? html`<li><a class="button" href=${links.webcast}>${msg('Watch live')}</a></li>` : nothing}
            ${links.recording && over ? html`<li><a class="button" href=${links.recording}>${msg('Watch the recording')}</a></li>` : nothing}
          </ul>
        </section>
      </div>
      ${campaign.sessions.length
        ? html`<section aria-labelledby="sessions-heading">
            <h2 id="sessions-heading">${msg('Sessions')}</h2>
            <ul class="sessions">${campaign.sessions.map((s, i) => sessionItem(s, locale, now, i === nextSession))}</ul>
          </section>`
        : nothing}
      ${campaign.news.length
        ? html`<summit-news aria-labelledby="news-heading">
            <h2 id="news-heading">${msg('News')}</h2>
            <ul class="news-list">${campaign.news.map((n) => newsItem(n, locale))}</ul>
          </summit-news>`
        : nothing}
      ${pastEditions.length
        ? html`<section aria-labelledby="past-heading">
            <h2 id="past-heading">${msg('Themes of past years')}</h2>
            <ul class="past">${pastEditions.map((e) => html`<li><strong>${e.year}</strong>: ${t(e.theme, locale)}</li>`)}</ul>
          </section>`
        : nothing}
    </main>
    <footer>
      <div class="wrap">
        <p><a href=${`${root}${campaign.slug}/embed/`}>${msg('Show this event on your own site')}</a></p>
        <p>${msg('Data for partners and embeds:')} <a href=${`${root}${campaign.slug}/campaign.json`} type="application/json">campaign.json</a></p>
      </div>
    </footer>`;
}

/** Renders a page body in a language: the page's own strings and every element's. */
async function ssr(body: () => TemplateResult, locale: Locale): Promise<string> {
  await loadLanguage(locale);
  setServerLanguage(locale);
  speakFromNowOn(locale);
  return collectResult(render(body()));
}

interface Shell {
  locale: Locale;
  title: string;
  description: string;
  root: string;
  canonical: string;
  alternates: { hreflang: string; href: string }[];
  head: string;
  body: string;
  assets: PageAssets;
  /** Load the partner script first, so the page shows the elements exactly as partners get them. */
  partnerScript?: boolean;
}

function shell(page: Shell): string {
  const { locale, root } = page;
  const body = minifyStyleElements(page.body);
  return `<!doctype html>
<html lang="${locale}" dir="${directionOf(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<meta name="description" content="${escapeHtml(page.description)}">
<link rel="canonical" href="${escapeHtml(page.canonical)}">
${page.alternates.map((a) => `<link rel="alternate" hreflang="${a.hreflang}" href="${escapeHtml(a.href)}">`).join('\n')}
<link rel="icon" href="${root}${page.assets.favicon}">
<style>${PAGE_CSS}</style>
${page.head}
${page.partnerScript ? `<script type="module" src="${root}${page.assets.embed}"></script>\n` : ''}<script type="module" src="${root}${page.assets.script}"></script>
</head>
<body>
${body}
</body>
</html>
`;
}

/** JSON-LD for a schema.org Event, from the model. */
function eventJsonLd(campaign: Campaign, locale: Locale, url: string): object {
  const { time } = campaign;
  const date = (value: string) => (time.allDay ? value.slice(0, 10) : value);
  const days = time.allDay ? spanDays(time) : undefined;
  const online = campaign.status === 'moved-online';
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: plainText(campaign.name, locale),
    description: plainText(campaign.description, locale),
    startDate: days ? days.first : date(time.start),
    endDate: days ? days.last : date(time.end),
    eventStatus: `https://schema.org/${{ scheduled: 'EventScheduled', postponed: 'EventPostponed', cancelled: 'EventCancelled', 'moved-online': 'EventMovedOnline' }[campaign.status]}`,
    eventAttendanceMode: `https://schema.org/${online ? 'OnlineEventAttendanceMode' : campaign.venue ? 'OfflineEventAttendanceMode' : 'MixedEventAttendanceMode'}`,
    ...(campaign.venue && !online
      ? { location: { '@type': 'Place', name: plainText(campaign.venue.name, locale), address: [plainText(campaign.venue.city, locale), plainText(campaign.venue.country, locale)].filter(Boolean).join(', ') } }
      : { location: { '@type': 'VirtualLocation', url: campaign.links.webcast ?? campaign.links.website ?? url } }),
    organizer: { '@type': 'Organization', name: plainText(campaign.organiser.name, locale), ...(campaign.organiser.url && { url: campaign.organiser.url }) },
    inLanguage: locale,
    url,
  };
}

/** Every page of one campaign: one per locale. */
export async function renderCampaign(campaign: Campaign, site: SiteInfo, assets: PageAssets, now: number): Promise<OutputFile[]> {
  const pages: OutputFile[] = [];
  const absolute = (l: Locale) => `${site.url}/${campaignPath(campaign, l)}`;
  const alternates = [
    ...campaign.locales.map((l) => ({ hreflang: l, href: absolute(l) })),
    { hreflang: 'x-default', href: absolute(campaign.defaultLocale) },
  ];
  for (const locale of campaign.locales) {
    const pagePath = campaignPath(campaign, locale);
    const root = toRoot(pagePath);
    const url = absolute(locale);
    const title = `${plainText(campaign.name, locale)} · ${plainText(site.name, locale)}`;
    const description = plainText(campaign.description, locale);
    const image = campaign.banner.image ? `${site.url}/${campaign.slug}/${campaign.banner.image}` : undefined;
    const head = [
      `<meta property="og:type" content="website">`,
      `<meta property="og:title" content="${escapeHtml(plainText(campaign.name, locale))}">`,
      `<meta property="og:description" content="${escapeHtml(description)}">`,
      `<meta property="og:url" content="${escapeHtml(url)}">`,
      `<meta property="og:locale" content="${locale}">`,
      image ? `<meta property="og:image" content="${escapeHtml(image)}">` : '',
      `<style>${themeTokens(campaign.colors, campaign.banner)}</style>`,
      `<script type="application/ld+json">${inlineJson(eventJsonLd(campaign, locale, url))}</script>`,
    ].filter(Boolean).join('\n');
    const body = await ssr(() => campaignBody(campaign, site, locale, root, now), locale);
    pages.push({
      file: `${pagePath}index.html`,
      content: shell({ locale, title, description, root, canonical: url, alternates, head, body, assets }),
    });
  }
  return pages;
}

/**
 * The partner snippet for one element in one language, with a link to the campaign page inside: what
 * visitors read if the script or the data cannot load.
 */
function snippet(tag: string, campaign: Campaign, site: SiteInfo, locale: Locale): string {
  const link = `<a href="${escapeHtml(`${site.url}/${campaignPath(campaign, locale)}`)}">${escapeHtml(plainText(campaign.name, locale))}</a>`;
  return `<script type="module" src="${site.url}/embed/summit.js"></script>\n<${tag} campaign="${site.url}/${campaign.slug}/campaign.json" lang="${locale}">\n  ${link}\n</${tag}>`;
}

/**
 * An element as a partner page has it: plain markup that the partner script renders in the browser. It is
 * put in after server rendering, because the partner script does not hydrate: it would render a second
 * copy next to a server-rendered shadow root.
 */
function previewMarkup(tag: string, locale: Locale, href: string, name: string): string {
  return `<${tag} campaign="../campaign.json" lang="${locale}"><a href="${escapeHtml(href)}">${escapeHtml(name)}</a></${tag}>`;
}

/**
 * The embed kit of a campaign (`<slug>/embed/`), in its default language: a live preview of each element
 * as partners get it (the partner script, reading campaign.json), and its snippet in every language,
 * with a copy button.
 */
export async function renderEmbedKit(campaign: Campaign, site: SiteInfo, assets: PageAssets): Promise<OutputFile> {
  const locale = campaign.defaultLocale;
  const pagePath = `${campaign.slug}/embed/`;
  const root = toRoot(pagePath);
  const name = plainText(campaign.name, locale);
  const body = await ssr(
    () => html`<a class="skip" href="#main">${msg('Skip to content')}</a>
      <header class="site wrap">
        <a class="site-name" href=${`${root}${campaignPath(campaign, locale)}`}>${t(campaign.name, locale)}</a>
      </header>
      <main id="main" class="wrap">
        <h1>${msg(str`${name} on your own site`)}</h1>
        <p>${msg('Copy one snippet into the HTML of your page. The element shows its text in the language you choose, and keeps the link you put inside it if the data cannot be loaded.')}</p>
        ${[
          { tag: 'summit-banner', title: msg('Banner') },
          { tag: 'summit-countdown', title: msg('Countdown') },
          { tag: 'summit-calendar', title: msg('Add to your calendar') },
          { tag: 'summit-news', title: msg('News') },
        ].map(
          ({ tag, title }) => html`<section aria-labelledby=${`${tag}-heading`} class="kit">
            <h2 id=${`${tag}-heading`}>${title}</h2>
            <div class="preview" data-preview=${tag}></div>
            <ul class="snippets">
              ${campaign.locales.map(
                (l) => html`<li>
                  <h3 id=${`${tag}-${l}`} lang=${l} dir=${directionOf(l)}>${LANGUAGE_NAMES[l]}</h3>
                  <pre><code>${snippet(tag, campaign, site, l)}</code></pre>
                  <button type="button" class="copy" data-copy hidden aria-describedby=${`${tag}-${l}`}>${msg('Copy')}</button>
                </li>`,
              )}
            </ul>
          </section>`,
        )}
      </main>`,
    locale,
  );
  const url = `${site.url}/${pagePath}`;
  const withPreviews = body.replace(
    /<div class="preview" data-preview="([a-z-]+)"><\/div>/g,
    (_, tag: string) => `<div class="preview">${previewMarkup(tag, locale, `${root}${campaignPath(campaign, locale)}`, name)}</div>`,
  );
  return {
    file: `${pagePath}index.html`,
    content: shell({ locale, title: `${speak(locale, () => msg(str`${name} on your own site`))} · ${plainText(site.name, locale)}`, description: plainText(campaign.description, locale), root, canonical: url, alternates: [], head: `<style>${themeTokens(campaign.colors, campaign.banner)}</style>`, body: withPreviews, assets, partnerScript: true }),
  };
}

/** The directory of all campaigns, per locale: live and upcoming first (soonest first), then past ones (latest first). */
export async function renderDirectory(campaigns: Campaign[], site: SiteInfo, assets: PageAssets, now: number): Promise<OutputFile[]> {
  const upcoming = campaigns.filter((c) => !spanEndsBy(c.time, now)).sort((a, b) => a.time.start.localeCompare(b.time.start));
  const past = campaigns.filter((c) => spanEndsBy(c.time, now)).sort((a, b) => b.time.start.localeCompare(a.time.start));
  const alternates = [
    ...site.locales.map((l) => ({ hreflang: l, href: `${site.url}/${directoryPath(site, l)}` })),
    { hreflang: 'x-default', href: `${site.url}/` },
  ];
  const pages: OutputFile[] = [];
  for (const locale of site.locales) {
    const pagePath = directoryPath(site, locale);
    const root = toRoot(pagePath);
    const card = (c: Campaign) => {
      const shown = c.locales.includes(locale) ? locale : c.defaultLocale;
      return html`<li class="card">
        <h3><a href=${`${root}${campaignPath(c, shown)}`}>${t(c.name, shown)}</a></h3>
        <p>${timeElement(c.time, locale)}</p>
        ${c.theme ? html`<p class="meta">${t(c.theme, shown)}</p>` : nothing}
      </li>`;
    };
    const body = await ssr(
      () => html`<a class="skip" href="#main">${msg('Skip to content')}</a>
        <header class="site wrap">
          <span class="site-name">${t(site.name, locale)}</span>
          ${languageSwitcher(site.locales, locale, (l) => `${root}${directoryPath(site, l)}`)}
        </header>
        <main id="main" class="wrap">
          <h1>${t(site.name, locale)}</h1>
          ${upcoming.length ? html`<section aria-labelledby="upcoming-heading"><h2 id="upcoming-heading">${msg('Upcoming and live')}</h2><ul class="campaigns">${upcoming.map(card)}</ul></section>` : nothing}
          ${past.length ? html`<section aria-labelledby="past-heading"><h2 id="past-heading">${msg('Past events')}</h2><ul class="campaigns">${past.map(card)}</ul></section>` : nothing}
        </main>`,
      locale,
    );
    const title = plainText(site.name, locale);
    pages.push({
      file: `${pagePath}index.html`,
      content: shell({ locale, title, description: title, root, canonical: `${site.url}/${pagePath}`, alternates, head: '', body, assets }),
    });
  }
  return pages;
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
  };
}
