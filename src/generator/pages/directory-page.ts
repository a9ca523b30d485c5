/**
 * The front page, per locale: the team's home. In page order: the campaign live now or next to start
 * (`data-spotlight`, which the page script keeps following the groups below), the site calendar,
 * featured stories, "Our work" tiles, a featured video, the latest news of every campaign, then every
 * campaign in three groups: happening now, upcoming (soonest first) and past (latest first). Each card
 * carries its campaign's schedule (`data-schedule`), so the page script moves it to the right group, and
 * shows the right date and theme, as events start, end and roll over. Initiatives have no dates: they
 * are listed last, by name, in a group of their own that never changes.
 *
 * The stories (as a carousel, when `rotation` is on) and the video player are enhancements: without
 * JavaScript every story shows in a grid and the play control is a plain link to the video's page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Campaign, NewsItem } from '../../campaign/model.js';
import { directionOf, type Locale } from '../../campaign/locales.js';
import { plainText } from '../../campaign/text.js';
import type { Home, HomeImage, HomeTarget, Story, Video, WorkTile } from '../../campaign/home.js';
import { timeElement } from '../../components/shared/when.js';
import { formatDay } from '../../i18n/intl.js';
import { byStart, momentAt, type Moment, type State } from '../../time/lifecycle.js';
import { siteCardImage } from '../social.js';
import { inlineJson } from '../html.js';
import { siteJsonLd } from '../json-ld.js';
import { HOME_CSS } from '../page-styles.js';
import { campaignPath, directoryPath, siteCalendarPath, toRoot } from '../paths.js';
import { webcalUrl } from '../../campaign/calendar-links.js';
import { feedLinks } from '../feeds.js';
import { speak } from '../../i18n/localization.js';
import { block, pageOccurrences, scheduleAttribute } from './campaign-page.js';
import { languageSwitcher, shell, ssr, t, type OutputFile, type PageAssets, type SiteInfo } from './page.js';

/** The groups, in page order. */
const GROUPS: State[] = ['live', 'upcoming', 'ended'];

/** Time each story shows while the carousel turns by itself, in milliseconds; read by `src/stories.ts`. */
export const STORY_INTERVAL = 7000;

interface Entry {
  campaign: Campaign;
  moment: Moment;
}

/** What a page in `locale` needs to render the front page's blocks. */
interface Context {
  locale: Locale;
  root: string;
  campaigns: Campaign[];
}

/** The campaign's locale closest to the page's: the page's own when the campaign has it, else its default. */
function shownLocale(campaign: Campaign, locale: Locale): Locale {
  return campaign.locales.includes(locale) ? locale : campaign.defaultLocale;
}

/** The address a story or tile leads to, from the page: its https link, or its campaign's page. */
function targetHref(target: HomeTarget, { locale, root, campaigns }: Context): string | undefined {
  if (target.link) return target.link;
  const campaign = campaigns.find((c) => c.slug === target.campaign);
  return campaign ? `${root}${campaignPath(campaign, shownLocale(campaign, locale))}` : undefined;
}

/**
 * A front-page image, loaded lazily unless it is `first`: the first story's, near the top of the page and
 * the largest paint on a phone, which is asked for at once and first.
 */
function image(picture: HomeImage, className: string, { locale, root }: Context, first = false): TemplateResult {
  return html`<img class=${className} src=${`${root}${picture.src}`} alt=${plainText(picture.alt, locale)} width=${picture.width ?? nothing} height=${picture.height ?? nothing} loading=${first ? nothing : 'lazy'} decoding="async" fetchpriority=${first ? 'high' : nothing}>`;
}

/** A title, linked when the item leads somewhere. */
function linkedTitle(title: Story['title'], target: HomeTarget, context: Context): TemplateResult | string {
  const href = targetHref(target, context);
  return href ? html`<a href=${href}>${t(title, context.locale)}</a>` : t(title, context.locale);
}

/** A campaign card's content: its name, and for each occurrence the page may show its state, date and theme. */
function cardContent({ campaign: c, moment }: Entry, { locale, root }: Context): TemplateResult {
  const shown = shownLocale(c, locale);
  return html`<h3><a href=${`${root}${campaignPath(c, shown)}`}>${t(c.name, shown)}</a></h3>
    ${pageOccurrences(moment).map((o) => {
      const live = block(moment, { year: o.year, when: ['live'] });
      const date = block(moment, { year: o.year });
      const theme = c.recurrence ? c.editions.find((e) => e.year === o.year)?.theme : c.theme;
      return html`<p class="now" data-year=${live.year} data-when=${live.when} ?hidden=${live.hidden}><strong>${msg('Happening now')}</strong></p>
        <p data-year=${date.year} ?hidden=${date.hidden}>${timeElement(o.span, locale)}</p>
        ${theme ? html`<p class="meta" data-year=${date.year} ?hidden=${date.hidden}>${t(theme, shown)}</p>` : nothing}`;
    })}`;
}

/**
 * The first slot: the campaign live at the build, else the next to start, as a larger copy of its card.
 * The page script replaces it with a copy of whichever card the groups put first as time passes. It is
 * no landmark: its heading says the same as a group's ("Happening now"), and landmarks need unique names.
 */
function spotlight(entries: Entry[], context: Context): TemplateResult {
  const ordered = [...entries].sort((a, b) => byStart(a.moment, b.moment));
  const chosen = ordered.find((e) => e.moment.state === 'live') ?? ordered.find((e) => e.moment.state === 'upcoming');
  const state = chosen?.moment.state;
  return html`<section class="spotlight" data-spotlight ?hidden=${!chosen}>
    <h2><span data-spotlight-state="live" ?hidden=${state !== 'live'}>${msg('Happening now')}</span><span data-spotlight-state="upcoming" ?hidden=${state === 'live'}>${msg('Coming next')}</span></h2>
    <div class="spotlight-card">${chosen ? cardContent(chosen, context) : nothing}</div>
  </section>`;
}

function storyContent(story: Story, index: number, context: Context): TemplateResult {
  const { locale } = context;
  return html`${image(story.image, 'story-image', context, index === 0)}
    <div class="story-text">
      <h3 id=${`story-${index}`}>${linkedTitle(story.title, story, context)}</h3>
      <p>${t(story.summary, locale)}</p>
      ${story.quote
        ? html`<figure class="story-quote">
            <blockquote><p>${t(story.quote, locale)}</p></blockquote>
            ${story.quoteBy ? html`<figcaption>${t(story.quoteBy, locale)}</figcaption>` : nothing}
          </figure>`
        : nothing}
    </div>`;
}

/**
 * Featured stories: a grid, or with `rotation` and more than one story the WAI-ARIA carousel pattern that
 * `src/stories.ts` brings to life (rotation control first, then previous, next and a picker, then the
 * slides). The controls stay hidden until the script shows them, so without it every story is in the grid;
 * with scripting on, the page's styles lay the carousel out as the script will until it runs (HOME_CSS).
 */
function stories(home: NonNullable<Home['stories']>, context: Context): TemplateResult {
  const heading = html`<h2 id="stories-heading">${msg('Featured stories')}</h2>`;
  if (!home.rotation || home.items.length < 2) {
    return html`<section class="stories" aria-labelledby="stories-heading">
      ${heading}
      <ul class="story-list">${home.items.map((s, i) => html`<li class="story">${storyContent(s, i, context)}</li>`)}</ul>
    </section>`;
  }
  const count = home.items.length;
  return html`<section class="stories" aria-labelledby="stories-heading" aria-roledescription=${msg('carousel')} data-carousel data-interval=${STORY_INTERVAL} data-label-stop=${msg('Stop the automatic slide show')} data-label-start=${msg('Start the automatic slide show')}>
    ${heading}
    <div class="carousel-controls" data-carousel-controls hidden>
      <button type="button" class="carousel-button" data-carousel-rotation aria-label=${msg('Stop the automatic slide show')}><span class="carousel-icon" aria-hidden="true"></span></button>
      <button type="button" class="carousel-button" data-carousel-previous aria-controls="story-slides" aria-label=${msg('Previous story')}><span aria-hidden="true">‹</span></button>
      <button type="button" class="carousel-button" data-carousel-next aria-controls="story-slides" aria-label=${msg('Next story')}><span aria-hidden="true">›</span></button>
      <div class="carousel-picker" role="group" aria-label=${msg('Choose a story')}>
        ${home.items.map((_, i) => html`<button type="button" class="carousel-pick" data-carousel-pick=${i} aria-controls="story-slides" aria-labelledby=${`story-${i}`}></button>`)}
      </div>
    </div>
    <div class="story-list" id="story-slides" data-carousel-slides aria-live="off">
      ${home.items.map((s, i) => html`<div class="story" role="group" aria-roledescription=${msg('slide')} aria-label=${msg(str`${i + 1} of ${count}`)} data-carousel-slide>${storyContent(s, i, context)}</div>`)}
    </div>
  </section>`;
}

function workTiles(tiles: WorkTile[], context: Context): TemplateResult {
  const kinds: Record<WorkTile['kind'], () => string> = {
    advocacy: () => msg('Advocacy'),
    course: () => msg('Course'),
    observance: () => msg('Observance'),
    initiative: () => msg('Initiative'),
    event: () => msg('Event'),
  };
  return html`<section class="work" aria-labelledby="work-heading">
    <h2 id="work-heading">${msg('Our work')}</h2>
    <ul class="work-tiles">
      ${tiles.map((tile) => html`<li class="work-tile">
        ${image(tile.image, 'work-image', context)}
        <h3>${linkedTitle(tile.title, tile, context)}</h3>
        <p class="work-kind">${kinds[tile.kind]()}</p>
        <p class="work-summary">${t(tile.summary, context.locale)}</p>
      </li>`)}
    </ul>
  </section>`;
}

/** A language named in itself ("español", "العربية"), first letter capitalised as that language writes it. */
function autonym(locale: Locale): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/**
 * The featured video: the version in the page's language, else the default, as a local poster with a play
 * link. Nothing is fetched from a video host until a visitor plays it: `src/media.ts` then swaps the poster
 * for the player; without script the link leads to the video's page. The other versions are listed by
 * their languages' own names.
 */
function featuredVideo(video: Video, context: Context): TemplateResult {
  const { locale } = context;
  const featured = video.versions.find((v) => v.locale === locale) ?? video.versions[0];
  const others = video.versions.filter((v) => v !== featured);
  const title = plainText(video.title, locale);
  return html`<section class="featured-video" aria-labelledby="video-heading">
    <h2 id="video-heading">${t(video.title, locale)}</h2>
    <figure class="media">
      <div class="media-frame">
        ${image(video.poster, 'media-poster', context)}
        ${featured.url && featured.source
          ? html`<a class="media-play" href=${featured.url} data-media-embed=${featured.source.embed} data-media-player=${featured.source.player} data-media-title=${featured.title ?? title}><span class="media-play-icon" aria-hidden="true"></span><span>${msg('Play the video')}<span class="visually-hidden">: ${title}</span></span></a>`
          : nothing}
      </div>
      ${featured.title ? html`<figcaption lang=${featured.locale} dir=${directionOf(featured.locale)}>${featured.title}</figcaption>` : nothing}
    </figure>
    ${others.length
      ? html`<p class="media-versions-title">${msg('Other languages')}</p>
          <ul class="media-versions">
            ${others.map((v) => html`<li lang=${v.locale} dir=${directionOf(v.locale)}>${v.url ? html`<a href=${v.url} hreflang=${v.locale}>${autonym(v.locale)}</a>` : autonym(v.locale)}</li>`)}
          </ul>`
      : nothing}
  </section>`;
}

/**
 * The newest news across the site: every campaign's items and the site's own, each once (by id), newest
 * first (ties by id, so every build orders them alike), at most `count`.
 */
export function latestNews(campaigns: Campaign[], siteNews: NewsItem[], count: number): { item: NewsItem; campaign?: Campaign }[] {
  const seen = new Set<string>();
  const all = [...campaigns.flatMap((campaign) => campaign.news.map((item) => ({ item, campaign }))), ...siteNews.map((item) => ({ item }))];
  return all
    .filter(({ item }) => !seen.has(item.id) && Boolean(seen.add(item.id)))
    .sort((a, b) => b.item.date.localeCompare(a.item.date) || a.item.id.localeCompare(b.item.id))
    .slice(0, count);
}

function newsList(items: ReturnType<typeof latestNews>, home: Home, { locale }: Context): TemplateResult {
  return html`<section class="latest-news" aria-labelledby="latest-heading">
    <h2 id="latest-heading">${msg('Latest news')}</h2>
    <ul class="latest-list">
      ${items.map(({ item, campaign }) => {
        const shown = campaign ? shownLocale(campaign, locale) : locale;
        const headingId = `latest-${item.id}`;
        return html`<li class="latest-item">
          <article aria-labelledby=${headingId}>
            <p class="meta"><time datetime=${item.date}>${formatDay(item.date, locale, home.dateStyle)}</time></p>
            <h3 id=${headingId}>${t(item.title, shown)}</h3>
            ${item.summary ? html`<p>${t(item.summary, shown)}</p>` : nothing}
            <p><a class="read-more" href=${item.link}>${msg('Read more')}<span class="visually-hidden">: ${plainText(item.title, shown)}</span></a></p>
          </article>
        </li>`;
      })}
    </ul>
  </section>`;
}

export async function renderDirectory(campaigns: Campaign[], site: SiteInfo, home: Home, assets: PageAssets, now: number): Promise<OutputFile[]> {
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
  const news = latestNews(campaigns, home.news, home.latestNews);
  const pages: OutputFile[] = [];
  for (const locale of site.locales) {
    const pagePath = directoryPath(site, locale);
    const root = toRoot(pagePath);
    const context: Context = { locale, root, campaigns };
    const card = (entry: Entry) => html`<li class="card" data-schedule=${scheduleAttribute(entry.campaign)}>${cardContent(entry, context)}</li>`;
    const body = await ssr(
      () => html`<a class="skip" href="#main">${msg('Skip to content')}</a>
        <header class="site wrap">
          <span class="site-name">${t(site.name, locale)}</span>
          ${languageSwitcher(site.locales, locale, (l) => `${root}${directoryPath(site, l)}`)}
        </header>
        <main id="main" class="wrap">
          <h1>${t(site.name, locale)}</h1>
          ${spotlight(entries, context)}
          <div class="site-calendar">
            <p class="calendar-title">${msg('Every event in your calendar')}</p>
            <ul class="calendar-links">
              <li><a href=${`${root}${siteCalendarPath(site, locale)}`} download>${msg('Calendar file (.ics)')}</a></li>
              <li><a href=${webcalUrl(`${site.url}/${siteCalendarPath(site, locale)}`)}>${msg('Subscribe (stays up to date)')}</a></li>
            </ul>
          </div>
          ${home.stories ? stories(home.stories, context) : nothing}
          ${home.work.length ? workTiles(home.work, context) : nothing}
          ${home.video ? featuredVideo(home.video, context) : nothing}
          ${news.length ? newsList(news, home, context) : nothing}
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
      content: shell({ locale, title, description, card: { siteName: title, title, image: siteCardImage(site, locale) }, root, canonical: `${site.url}/${pagePath}`, alternates, head: `<style>${HOME_CSS}</style>\n<script type="application/ld+json">${inlineJson(siteJsonLd(site, locale))}</script>\n${feedLinks(site, pagePath, title, campaigns.some((c) => c.news.length > 0))}`, body, assets }),
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
