/**
 * A campaign's page in each of its locales.
 *
 * Every block whose content depends on time is rendered for each occurrence the page may show (the one
 * current at the build and, for a yearly event, the next) and each state it is true in, with `data-year`,
 * `data-when` and `data-session` saying when (see `BlockCondition`). The blocks true at the build are
 * shown and the others `hidden`, so the static page is what was true at the build; Summit's page script
 * reads the schedule carried in `data-schedule` and shows the blocks true now, at load and at every
 * transition (`src/page.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Campaign, NewsItem, Session } from '../../campaign/model.js';
import type { Locale } from '../../campaign/locales.js';
import type { DateStyle } from '../../campaign/schema.js';
import { plainText, venueLine } from '../../campaign/text.js';
import { webcalUrl, type CalendarEvent } from '../../campaign/calendar-links.js';
import { SHARE_SERVICES, shareLinks, type Shared, type ShareService } from '../../campaign/share-links.js';
import { calendarList } from '../../components/calendar/calendar.js';
import { timeElement } from '../../components/shared/when.js';
import { lineOccurrence, localTime, localTimeText } from '../../components/countdown/local-time.js';
import { formatDay } from '../../i18n/intl.js';
import { momentAt, scheduleData, sessionsOf, showsAt, type BlockCondition, type Moment, type Occurrence, type State } from '../../time/lifecycle.js';
import { inlineJson } from '../html.js';
import { calendarPath, campaignJsonPath, campaignPath, directoryPath, editionPath, embedKitPath, toRoot } from '../paths.js';
import { themeTokens } from '../page-styles.js';
import { eventJsonLd, initiativeJsonLd } from '../json-ld.js';
import { downloadsSection } from './downloads.js';
import { cardImage } from '../social.js';
import { COLUMN_SIZES, picture } from '../pictures.js';
import { feedLinks } from '../feeds.js';
import { languageSwitcher, shell, ssr, t, type OutputFile, type PageAssets, type SiteInfo } from './page.js';

const AHEAD: State[] = ['upcoming', 'live'];

/** The networks' own names, the same in every language. */
const SERVICE_NAMES = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn', whatsapp: 'WhatsApp', telegram: 'Telegram' } as const;

/**
 * The attributes of a block that shows under `condition`, and whether it shows at the build. Without a
 * moment (an initiative, which has no time) a block always shows.
 */
export function block(moment: Moment | undefined, condition: BlockCondition) {
  return {
    year: condition.year ?? nothing,
    when: condition.when?.join(' ') ?? nothing,
    session: condition.session ?? nothing,
    hidden: moment ? !showsAt(moment, condition) : false,
  };
}

/** The occurrences a page is rendered for: the current one at the build and, for a yearly event, the next. */
export function pageOccurrences(moment: Moment): Occurrence[] {
  return moment.next ? [moment.occurrence, moment.next] : [moment.occurrence];
}

/** The schedule the page script decides blocks from, as an attribute value. */
export function scheduleAttribute(campaign: Campaign): string {
  return JSON.stringify(scheduleData(campaign));
}

/**
 * A session. The one running or next to start is marked `data-next`; the page script moves the mark as
 * time passes.
 */
export function sessionItem(session: Session, index: number, year: number, locale: Locale, moment: Moment): TemplateResult {
  const venue = session.venue ? venueLine(session.venue, locale) : '';
  const join = block(moment, { year, session: index, when: AHEAD });
  const recording = block(moment, { year, session: index, when: ['ended'] });
  const next = moment.occurrence.year === year && moment.nextSession === index;
  return html`<li class="card" data-year=${year} data-session=${index} ?data-next=${next}>
    <h3>${t(session.name, locale)}</h3>
    <p>${timeElement(session, locale)}</p>
    ${venue ? html`<p class="meta">${venue}</p>` : nothing}
    ${session.online ? html`<p data-year=${join.year} data-session=${join.session} data-when=${join.when} ?hidden=${join.hidden}><a href=${session.online}>${msg('Join online')}<span class="visually-hidden">: ${plainText(session.name, locale)}</span></a></p>` : nothing}
    ${session.recording ? html`<p data-year=${recording.year} data-session=${recording.session} data-when=${recording.when} ?hidden=${recording.hidden}><a href=${session.recording}>${msg('Watch the recording')}<span class="visually-hidden">: ${plainText(session.name, locale)}</span></a></p>` : nothing}
  </li>`;
}

/** A news item, its image and heading resolved from a page `root` levels below the site, dated in the site's style. */
export function newsItem(item: NewsItem, locale: Locale, root: string, slug: string, dateStyle: DateStyle): TemplateResult {
  const headingId = `news-${item.id}`;
  return html`<li class="card">
    <article aria-labelledby=${headingId}>
      ${item.image ? picture({ image: item.image, width: item.imageWidth, height: item.imageHeight }, { root, slug, alt: plainText(item.imageAlt, locale), sizes: COLUMN_SIZES }) : nothing}
      <h3 id=${headingId}>${t(item.title, locale)}</h3>
      <p class="meta"><time datetime=${item.date}>${formatDay(item.date, locale, dateStyle)}</time></p>
      ${item.summary ? html`<p>${t(item.summary, locale)}</p>` : nothing}
      <p><a href=${item.link}>${msg('Read more')}<span class="visually-hidden">: ${plainText(item.title, locale)}</span></a></p>
    </article>
  </li>`;
}

/** An occurrence as a calendar entry, for the "add to calendar" links. */
function calendarEvent(campaign: Campaign, occurrence: Occurrence, locale: Locale, site: SiteInfo): CalendarEvent {
  const venue = campaign.venue && campaign.status !== 'moved-online' ? venueLine(campaign.venue, locale) : undefined;
  return {
    title: plainText(campaign.name, locale),
    details: `${site.url}/${campaignPath(campaign, locale)}`,
    ...(venue && { location: venue }),
    time: occurrence.span,
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

/** The theme of an occurrence: a one-off event's, a yearly edition's, or word that it is not announced yet. */
function themeLine(campaign: Campaign, year: number, locale: Locale): TemplateResult | typeof nothing {
  const theme = campaign.recurrence ? campaign.editions.find((e) => e.year === year)?.theme : campaign.theme;
  if (theme) return html`<span class="theme-label">${campaign.recurrence ? msg(str`Theme ${year}`) : msg('Theme')}</span><br>${t(theme, locale)}`;
  return campaign.recurrence ? html`<span class="tba">${msg(str`The theme for ${year} has not been announced yet.`)}</span>` : nothing;
}

/**
 * Share links (plain links: nothing is loaded from a network until a visitor follows one), and a "Share…"
 * button that `src/share.ts` shows where the browser has its own share sheet.
 */
function shareSection(shared: Shared): TemplateResult {
  const links = shareLinks(shared);
  const text = (service: ShareService) => (service === 'email' ? msg('E-mail') : SERVICE_NAMES[service]);
  const label = (service: ShareService) => (service === 'email' ? msg('Share by e-mail') : msg(str`Share on ${SERVICE_NAMES[service]}`));
  return html`<section class="share" aria-labelledby="share-heading">
    <h2 id="share-heading">${msg('Share this page')}</h2>
    <ul class="share-links">
      ${SHARE_SERVICES.map((service) => html`<li><a href=${links[service]} aria-label=${label(service)}>${text(service)}</a></li>`)}
    </ul>
    <button type="button" class="button" data-share data-share-title=${shared.title} data-share-url=${shared.url} hidden>${msg('Share…')}</button>
  </section>`;
}

/**
 * The hero's one primary action for each state, as blocks the page script switches: add to calendar
 * before (a menu of files and services), the webcast while live (the calendar stays when there is none),
 * the recording after. An event that moved online also links its webcast before it starts.
 */
function primaryActions(campaign: Campaign, occurrences: Occurrence[], site: SiteInfo, locale: Locale, root: string, moment: Moment): TemplateResult {
  const { links } = campaign;
  const halted = campaign.status === 'postponed' || campaign.status === 'cancelled';
  const webcast = links.webcast && !halted ? block(moment, { when: campaign.status === 'moved-online' ? AHEAD : ['live'] }) : undefined;
  const recording = links.recording ? block(moment, { when: ['ended'] }) : undefined;
  const calendarStates: State[] = webcast ? ['upcoming'] : AHEAD;
  return html`<div class="hero-actions">
    ${campaign.status === 'cancelled'
      ? nothing
      : occurrences.map((o) => {
          const b = block(moment, { year: o.year, when: calendarStates });
          return html`<summit-calendar data-year=${b.year} data-when=${b.when} ?hidden=${b.hidden}>${calendarList(calendarEvent(campaign, o, locale, site), { ics: `${root}${calendarPath(campaign, locale)}`, webcal: webcalUrl(`${site.url}/${calendarPath(campaign, locale)}`) }, { menu: true })}</summit-calendar>`;
        })}
    ${webcast ? html`<p data-when=${webcast.when} ?hidden=${webcast.hidden}><a class="button primary" href=${links.webcast}>${msg('Watch live')}</a></p>` : nothing}
    ${recording ? html`<p data-when=${recording.when} ?hidden=${recording.hidden}><a class="button primary" href=${links.recording}>${msg('Watch the recording')}</a></p>` : nothing}
  </div>`;
}

/** `moment` is undefined for an initiative: no dates, so no date lines, countdown, calendar or live links. */
function campaignBody(campaign: Campaign, site: SiteInfo, locale: Locale, root: string, moment: Moment | undefined): TemplateResult {
  const { links } = campaign;
  // A postponed or cancelled event has no countdown and no live links: its old date is shown struck through.
  const halted = moment !== undefined && (campaign.status === 'postponed' || campaign.status === 'cancelled');
  const online = campaign.status === 'moved-online';
  const occurrences = moment ? pageOccurrences(moment) : [];
  const when = (condition: BlockCondition) => block(moment, condition);
  const venue = campaign.venue ? venueLine(campaign.venue, locale) : '';
  const banners = moment
    ? occurrences.map((o) => ({ year: o.year, banner: { ...campaign.banner, ...campaign.editions.find((e) => e.year === o.year)?.banner } }))
    : [{ year: 0, banner: campaign.banner }];
  const oneBanner = banners.every((b) => b.banner.image === banners[0].banner.image);
  // The final state of a one-off event: its countdown is a compact box from the start.
  const final = !campaign.recurrence && moment?.state === 'ended';
  return html`<a class="skip" href="#main">${msg('Skip to content')}</a>
    <header class="site wrap">
      <a class="site-name" href=${`${root}${directoryPath(site, locale)}`}>${t(site.name, locale)}</a>
      ${languageSwitcher(campaign.locales, locale, (l) => `${root}${campaignPath(campaign, l)}`)}
    </header>
    <main id="main" class="wrap" data-schedule=${scheduleAttribute(campaign)}>
      <div class="hero">
        <summit-banner>
          ${banners.map(({ year, banner }, i) => {
            if (!banner.image || (oneBanner && i > 0)) return nothing;
            const b = oneBanner ? when({}) : when({ year });
            return picture({ image: banner.image, width: banner.width, height: banner.height }, { root, slug: campaign.slug, alt: plainText(banner.alt, locale), sizes: COLUMN_SIZES, priority: true, slot: 'image', className: 'banner-image', year: b.year, hidden: b.hidden });
          })}
          <h1>${t(campaign.name, locale)}</h1>
          ${occurrences.map((o) => {
            const theme = themeLine(campaign, o.year, locale);
            const b = when({ year: o.year });
            return theme === nothing ? nothing : html`<p class="hero-theme" data-year=${b.year} ?hidden=${b.hidden}>${theme}</p>`;
          })}
          ${statusNotice(campaign)}
          ${halted && moment
            ? html`<p class="hero-date"><s>${timeElement(moment.occurrence.span, locale)}</s></p>`
            : occurrences.map((o) => {
                const ahead = when({ year: o.year, when: AHEAD });
                const live = when({ year: o.year, when: ['live'] });
                const over = when({ year: o.year, when: ['ended'] });
                return html`<p class="now" data-year=${live.year} data-when=${live.when} ?hidden=${live.hidden}><strong>${msg('Happening now')}</strong></p>
                  <p class="hero-date" data-year=${ahead.year} data-when=${ahead.when} ?hidden=${ahead.hidden}>${timeElement(o.span, locale)}</p>
                  <p class="hero-date" data-year=${over.year} data-when=${over.when} ?hidden=${over.hidden}><span class="theme-label">${msg('When it took place')}</span><br>${timeElement(o.span, locale)}</p>`;
              })}
        </summit-banner>
        ${campaign.status === 'cancelled' || !moment
          ? nothing
          : html`<div class="hero-bar">
              ${primaryActions(campaign, occurrences, site, locale, root, moment)}
              ${halted
                ? nothing
                : html`<summit-countdown .data=${scheduleData(campaign)} .reserve=${localTimeText(localTime(lineOccurrence(moment), locale, 'UTC'))} state=${final ? 'ended' : nothing}></summit-countdown>`}
            </div>`}
      </div>
      <div class="facts">
        <section aria-labelledby="about-heading">
          <h2 id="about-heading">${msg('About')}</h2>
          <p>${t(campaign.description, locale)}</p>
        </section>
        <section aria-labelledby="details-heading">
          <h2 id="details-heading" class="visually-hidden">${msg('Details')}</h2>
          <dl>
            ${online ? html`<dt>${msg('Where')}</dt><dd>${msg('Online')}</dd>` : venue ? html`<dt>${msg('Where')}</dt><dd>${venue}</dd>` : nothing}
            <dt>${msg('Organiser')}</dt>
            <dd>${campaign.organiser.url ? html`<a href=${campaign.organiser.url}>${t(campaign.organiser.name, locale)}</a>` : t(campaign.organiser.name, locale)}</dd>
          </dl>
          ${links.website ? html`<p><a class="button secondary" href=${links.website}>${msg('Official website')}</a></p>` : nothing}
        </section>
      </div>
      ${downloadsSection(campaign, locale, root, moment)}
      ${occurrences.map((o) => {
        const sessions = sessionsOf(campaign, o.year);
        if (!sessions.length) return nothing;
        const b = when({ year: o.year });
        return html`<section aria-labelledby=${`sessions-heading-${o.year}`} data-year=${b.year} ?hidden=${b.hidden}>
          <h2 id=${`sessions-heading-${o.year}`}>${msg('Sessions')}</h2>
          <ul class="sessions">${sessions.map((s, i) => sessionItem(s, i, o.year, locale, moment!))}</ul>
        </section>`;
      })}
      ${campaign.news.length
        ? html`<section aria-labelledby="news-heading">
            <summit-news>
              <h2 id="news-heading">${msg('News')}</h2>
              <ul class="news-list">${campaign.news.map((n) => newsItem(n, locale, root, campaign.slug, site.dateStyle))}</ul>
            </summit-news>
          </section>`
        : nothing}
      ${occurrences.map((o) => {
        // Newest first. The next occurrence's block links the current year too: it shows only once that
        // year is over, and the rebuild due then (rebuild.json) writes its page.
        const past = campaign.editions.filter((e) => e.year < o.year).reverse();
        if (!past.length) return nothing;
        const b = when({ year: o.year });
        return html`<section aria-labelledby=${`past-heading-${o.year}`} data-year=${b.year} ?hidden=${b.hidden}>
          <h2 id=${`past-heading-${o.year}`}>${msg('Past years')}</h2>
          <ul class="past">${past.map((e) => html`<li><a href=${`${root}${editionPath(campaign, e.year, locale)}`}><strong>${e.year}</strong>${e.theme ? html`: ${t(e.theme, locale)}` : nothing}</a></li>`)}</ul>
        </section>`;
      })}
      ${shareSection({ url: `${site.url}/${campaignPath(campaign, locale)}`, title: plainText(campaign.name, locale) })}
    </main>
    <footer>
      <div class="wrap">
        <p><a href=${`${root}${embedKitPath(campaign, locale)}`}>${campaign.kind === 'initiative' ? msg('Show this initiative on your own site') : msg('Show this event on your own site')}</a></p>
        <p>${msg('Data for partners and embeds:')} <a href=${`${root}${campaignJsonPath(campaign)}`} type="application/json">campaign.json</a></p>
      </div>
    </footer>`;
}

/** Every page of one campaign, one per locale, as of the build's `now`. */
export async function renderCampaign(campaign: Campaign, site: SiteInfo, assets: PageAssets, now: number): Promise<OutputFile[]> {
  const moment = momentAt(campaign, now);
  if (!moment && campaign.time) throw new Error(`${campaign.slug}: its time is not valid in this runtime`);
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
    const name = plainText(campaign.name, locale);
    const title = `${name} · ${plainText(site.name, locale)}`;
    const description = plainText(campaign.description, locale);
    const card = { siteName: plainText(site.name, locale), title: name, image: cardImage(campaign, site, locale, now) };
    const head = [
      `<style>${themeTokens(campaign.colors, campaign.banner)}</style>`,
      `<script type="application/ld+json">${inlineJson(moment ? eventJsonLd(campaign, moment.occurrence, locale, url, site.url) : initiativeJsonLd(campaign, locale, url, site.url))}</script>`,
      feedLinks(site, pagePath, plainText(campaign.name, locale), campaign.news.length > 0),
    ].filter(Boolean).join('\n');
    const body = await ssr(() => campaignBody(campaign, site, locale, root, moment), locale);
    pages.push({
      file: `${pagePath}index.html`,
      content: shell({ locale, title, description, root, canonical: url, alternates, head, body, assets, card }),
    });
  }
  return pages;
}
