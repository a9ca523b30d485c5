/**
 * A page per past edition of a yearly campaign, in each of its locales: what that year was (its theme,
 * banner and date, its sessions with their recordings, the news listed under it), still there once the
 * campaign page has moved on to the next year.
 *
 * An edition is past when its occurrence and every session of its year have ended at the build's `now`,
 * so nothing on its page changes any more: the page carries no schedule and its blocks are final.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Banner, Campaign, Edition, Session } from '../../campaign/model.js';
import type { Locale } from '../../campaign/locales.js';
import { plainText } from '../../campaign/text.js';
import { timeElement } from '../../components/shared/when.js';
import { occurrenceIn, sessionsOf, stateAt, type Moment } from '../../time/lifecycle.js';
import { spanInstants } from '../../time/span.js';
import { inlineJson } from '../html.js';
import { campaignPath, directoryPath, editionPath, toRoot } from '../paths.js';
import { themeTokens } from '../page-styles.js';
import { eventJsonLd } from '../json-ld.js';
import { cardImage } from '../social.js';
import { newsItem, sessionItem } from './campaign-page.js';
import { languageSwitcher, shell, ssr, t, type OutputFile, type PageAssets, type SiteInfo } from './page.js';

export interface PastEdition {
  edition: Edition;
  /** The lifecycle of the edition's year at the build: ended, with every session ended. */
  moment: Moment<Session>;
}

/** The editions of a yearly campaign that are over at `now`: their occurrence and all their sessions ended. Oldest first. */
export function pastEditions(campaign: Campaign, now: number): PastEdition[] {
  const { time, recurrence } = campaign;
  if (!time || !recurrence) return [];
  return campaign.editions.flatMap((edition) => {
    const occurrence = occurrenceIn({ time, recurrence }, edition.year);
    const sessions = sessionsOf(campaign, edition.year).map((session) => ({ session, ...spanInstants(session) }));
    const over = [occurrence, ...sessions].every((interval) => stateAt(interval, now) === 'ended');
    if (!over) return [];
    const moment = { status: campaign.status, occurrence, state: 'ended' as const, sessions: sessions.map((s) => ({ ...s, state: 'ended' as const })), nextSession: -1 };
    return [{ edition, moment }];
  });
}

/** The banner of a year: the edition's own, over the campaign's. */
function editionBanner(campaign: Campaign, edition: Edition | undefined): Banner {
  return { ...campaign.banner, ...edition?.banner };
}

function editionBody(campaign: Campaign, site: SiteInfo, locale: Locale, root: string, { edition, moment }: PastEdition): TemplateResult {
  const { year } = edition;
  const banner = editionBanner(campaign, edition);
  const sessions = sessionsOf(campaign, year);
  const news = campaign.news.filter((item) => item.edition === year);
  const name = plainText(campaign.name, locale);
  return html`<a class="skip" href="#main">${msg('Skip to content')}</a>
    <header class="site wrap">
      <a class="site-name" href=${`${root}${directoryPath(site, locale)}`}>${t(site.name, locale)}</a>
      ${languageSwitcher(campaign.locales, locale, (l) => `${root}${editionPath(campaign, year, l)}`)}
    </header>
    <main id="main" class="wrap">
      <summit-banner>
        ${banner.image
          ? html`<img slot="image" class="banner-image" src=${`${root}${campaign.slug}/${banner.image}`} alt=${plainText(banner.alt, locale)} width=${banner.width ?? nothing} height=${banner.height ?? nothing} fetchpriority="high">`
          : nothing}
        <h1>${t(campaign.name, locale)} ${year}</h1>
        ${edition.theme ? html`<p class="hero-theme"><span class="theme-label">${msg(str`Theme ${year}`)}</span><br>${t(edition.theme, locale)}</p>` : nothing}
        <p class="hero-date"><span class="theme-label">${msg('When it took place')}</span><br>${timeElement(moment.occurrence.span, locale)}</p>
        <ul class="links banner-links">
          <li><a class="button" href=${`${root}${campaignPath(campaign, locale)}`}>${msg(str`Back to ${name}`)}</a></li>
        </ul>
      </summit-banner>
      ${sessions.length
        ? html`<section aria-labelledby="sessions-heading">
            <h2 id="sessions-heading">${msg('Sessions')}</h2>
            <ul class="sessions">${sessions.map((s, i) => sessionItem(s, i, year, locale, moment))}</ul>
          </section>`
        : nothing}
      ${news.length
        ? html`<section aria-labelledby="news-heading">
            <summit-news>
              <h2 id="news-heading">${msg('News')}</h2>
              <ul class="news-list">${news.map((n) => newsItem(n, locale, root, campaign.slug, site.dateStyle))}</ul>
            </summit-news>
          </section>`
        : nothing}
    </main>`;
}

/** The page of every past edition of a campaign (`pastEditions`), in each of its locales. */
export async function renderEditions(campaign: Campaign, site: SiteInfo, assets: PageAssets, now: number): Promise<OutputFile[]> {
  const pages: OutputFile[] = [];
  for (const past of pastEditions(campaign, now)) {
    const { year } = past.edition;
    const absolute = (l: Locale) => `${site.url}/${editionPath(campaign, year, l)}`;
    const alternates = [
      ...campaign.locales.map((l) => ({ hreflang: l, href: absolute(l) })),
      { hreflang: 'x-default', href: absolute(campaign.defaultLocale) },
    ];
    const banner = editionBanner(campaign, past.edition);
    for (const locale of campaign.locales) {
      const pagePath = editionPath(campaign, year, locale);
      const root = toRoot(pagePath);
      const url = absolute(locale);
      const name = `${plainText(campaign.name, locale)} ${year}`;
      const image = cardImage(campaign, site, locale, now, past.moment.occurrence);
      const head = [
        `<style>${themeTokens(campaign.colors, banner)}</style>`,
        `<script type="application/ld+json">${inlineJson(eventJsonLd(campaign, past.moment.occurrence, locale, url, site.url))}</script>`,
      ].join('\n');
      const body = await ssr(() => editionBody(campaign, site, locale, root, past), locale);
      pages.push({
        file: `${pagePath}index.html`,
        content: shell({
          locale,
          title: `${name} · ${plainText(site.name, locale)}`,
          description: plainText(past.edition.theme ?? campaign.description, locale),
          root,
          canonical: url,
          alternates,
          head,
          body,
          assets,
          card: { siteName: plainText(site.name, locale), title: name, image },
        }),
      });
    }
  }
  return pages;
}
