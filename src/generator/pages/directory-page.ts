/**
 * The directory of all campaigns, per locale, in three groups: happening now, upcoming (soonest first) and
 * past (latest first). Each card carries its campaign's schedule (`data-schedule`), so the page script
 * moves it to the right group, and shows the right date and theme, as events start, end and roll over.
 * Initiatives have no dates: they are listed last, by name, in a group of their own that never changes.
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { Campaign } from '../../campaign/model.js';
import type { Locale } from '../../campaign/locales.js';
import { plainText } from '../../campaign/text.js';
import { timeElement } from '../../components/shared/when.js';
import { byStart, momentAt, type Moment, type State } from '../../time/lifecycle.js';
import { inlineJson } from '../html.js';
import { siteJsonLd } from '../json-ld.js';
import { campaignPath, directoryPath, siteCalendarPath, toRoot } from '../paths.js';
import { webcalUrl } from '../../campaign/calendar-links.js';
import { feedLinks } from '../feeds.js';
import { speak } from '../../i18n/localization.js';
import { block, pageOccurrences, scheduleAttribute } from './campaign-page.js';
import { languageSwitcher, shell, ssr, t, type OutputFile, type PageAssets, type SiteInfo } from './page.js';

/** The groups, in page order. */
const GROUPS: State[] = ['live', 'upcoming', 'ended'];

export async function renderDirectory(campaigns: Campaign[], site: SiteInfo, assets: PageAssets, now: number): Promise<OutputFile[]> {
  const entries = campaigns.flatMap((campaign) => {
    const moment = momentAt(campaign, now);
    return moment ? [{ campaign, moment }] : [];
  });
  const alternates = [
    ...site.locales.map((l) => ({ hreflang: l, href: `${site.url}/${directoryPath(site, l)}` })),
    { hreflang: 'x-default', href: `${site.url}/` },
  ];
  const initiatives = campaigns.filter((campaign) => campaign.kind === 'initiative');
  const headings: Record<State, () => string> = { live: () => msg('Happening now'), upcoming: () => msg('Upcoming'), ended: () => msg('Past events') };
  const pages: OutputFile[] = [];
  for (const locale of site.locales) {
    const pagePath = directoryPath(site, locale);
    const root = toRoot(pagePath);
    const card = ({ campaign: c, moment }: { campaign: Campaign; moment: Moment }) => {
      const shown: Locale = c.locales.includes(locale) ? locale : c.defaultLocale;
      return html`<li class="card" data-schedule=${scheduleAttribute(c)}>
        <h3><a href=${`${root}${campaignPath(c, shown)}`}>${t(c.name, shown)}</a></h3>
        ${pageOccurrences(moment).map((o) => {
          const live = block(moment, { year: o.year, when: ['live'] });
          const date = block(moment, { year: o.year });
          const theme = c.recurrence ? c.editions.find((e) => e.year === o.year)?.theme : c.theme;
          return html`<p class="now" data-year=${live.year} data-when=${live.when} ?hidden=${live.hidden}><strong>${msg('Happening now')}</strong></p>
            <p data-year=${date.year} ?hidden=${date.hidden}>${timeElement(o.span, locale)}</p>
            ${theme ? html`<p class="meta" data-year=${date.year} ?hidden=${date.hidden}>${t(theme, shown)}</p>` : nothing}`;
        })}
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
          <div class="site-calendar">
            <p class="calendar-title">${msg('Every event in your calendar')}</p>
            <ul class="calendar-links">
              <li><a href=${`${root}${siteCalendarPath(site, locale)}`} download>${msg('Calendar file (.ics)')}</a></li>
              <li><a href=${webcalUrl(`${site.url}/${siteCalendarPath(site, locale)}`)}>${msg('Subscribe (stays up to date)')}</a></li>
            </ul>
          </div>
          ${GROUPS.map((state) => {
            const group = entries.filter((e) => e.moment.state === state).sort((a, b) => byStart(a.moment, b.moment));
            return html`<section aria-labelledby=${`${state}-heading`} data-group=${state} ?hidden=${group.length === 0}>
              <h2 id=${`${state}-heading`}>${headings[state]()}</h2>
              <ul class="campaigns">${group.map(card)}</ul>
            </section>`;
          })}
          ${initiatives.length ? initiativesGroup(initiatives, locale, root) : nothing}
        </main>`,
      locale,
    );
    const title = plainText(site.name, locale);
    const description = speak(locale, () => msg('Every event and campaign, with its dates in your own time zone, its news, and a countdown to the next.'));
    pages.push({
      file: `${pagePath}index.html`,
      content: shell({ locale, title, description, card: { siteName: title, title }, root, canonical: `${site.url}/${pagePath}`, alternates, head: `<script type="application/ld+json">${inlineJson(siteJsonLd(site, locale))}</script>\n${feedLinks(site, pagePath, title, campaigns.some((c) => c.news.length > 0))}`, body, assets }),
    });
  }
  return pages;
}

/** The initiatives, by name in the page's language; without `data-group`, the page script leaves it alone. */
function initiativesGroup(initiatives: Campaign[], locale: Locale, root: string) {
  const named = initiatives.map((c) => ({ c, shown: c.locales.includes(locale) ? locale : c.defaultLocale }));
  named.sort((a, b) => plainText(a.c.name, a.shown).localeCompare(plainText(b.c.name, b.shown), locale));
  return html`<section aria-labelledby="initiatives-heading">
    <h2 id="initiatives-heading">${msg('Initiatives')}</h2>
    <ul class="campaigns">${named.map(({ c, shown }) => html`<li class="card"><h3><a href=${`${root}${campaignPath(c, shown)}`}>${t(c.name, shown)}</a></h3></li>`)}</ul>
  </section>`;
}
