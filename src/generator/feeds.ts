/**
 * News feeds, written with the `feed` package: Atom and JSON Feed for each campaign in each of its locales,
 * and for the whole site in each of its locales. Entries are the campaigns' news, newest first, in the
 * feed's language (falling back field by field, as on the pages). Every date comes from the news, never from
 * the build, so the same campaigns give the same bytes; a campaign without news has no feed.
 *
 * Text is plain text: it is escaped before the package writes it as `type="html"` (Atom) or
 * `content_html` (JSON Feed), so a title like `<b>` reads as written and can never close a CDATA section.
 */
import { Feed } from 'feed';
import type { Campaign, NewsItem } from '../campaign/model.js';
import type { Locale } from '../campaign/locales.js';
import { escapeHtml, plainText } from '../campaign/text.js';
import { campaignPath, directoryPath } from './paths.js';
import type { OutputFile, SiteInfo } from './pages/page.js';

/** The feeds of a page, beside it: `csw67/fr/feed.atom` and `csw67/fr/feed.json`; `feed.atom` for the directory. */
export function feedPaths(pagePath: string): { atom: string; json: string } {
  return { atom: `${pagePath}feed.atom`, json: `${pagePath}feed.json` };
}

/** One news item of one campaign, as a feed entry in a locale. */
interface Entry {
  campaign: Campaign;
  item: NewsItem;
  locale: Locale;
}

/** `yyyy-MM-dd` as a Date at midnight UTC: the news date, the same on every build machine. */
function day(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** Newest first; the same day by campaign, then by item, so the order never depends on the input's. */
function newestFirst(a: Entry, b: Entry): number {
  return b.item.date.localeCompare(a.item.date) || a.campaign.slug.localeCompare(b.campaign.slug) || a.item.id.localeCompare(b.item.id);
}

interface FeedSpec {
  /** The page the feed belongs to, absolute: its id and its `alternate` link. */
  page: string;
  /** The feed files, below the site root. */
  paths: { atom: string; json: string };
  title: string;
  author: string;
  locale: Locale;
  entries: Entry[];
}

function feedFiles(site: SiteInfo, spec: FeedSpec): OutputFile[] {
  const entries = [...spec.entries].sort(newestFirst);
  // Atom's entry title is written as `type="html"`, JSON Feed's title is plain text: one feed for each.
  const feed = (title: (text: string) => string): Feed => {
    const made = new Feed({
      id: spec.page,
      link: spec.page,
      title: spec.title,
      // Required by Atom; the newest news date rather than the build's, so the feed changes only with its news.
      updated: day(entries[0].item.date),
      generator: 'Summit',
      language: spec.locale,
      author: { name: spec.author },
      feedLinks: { atom: `${site.url}/${spec.paths.atom}`, json: `${site.url}/${spec.paths.json}` },
    });
    for (const { campaign, item, locale } of entries) {
      const text = plainText(item.title, locale);
      made.addItem({
        // The entry's anchor on its campaign page in this language: stable across builds, unique per language.
        id: `${site.url}/${campaignPath(campaign, locale)}#news-${item.id}`,
        title: title(text),
        link: item.link,
        date: day(item.date),
        published: day(item.date),
        // JSON Feed needs content; an item without a summary says its title.
        content: escapeHtml(plainText(item.summary, locale) || text),
      });
    }
    return made;
  };
  // The package writes no xml:lang; the feed's language is its whole text's.
  const atom = feed(escapeHtml).atom1().replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${spec.locale}">`);
  return [
    { file: spec.paths.atom, content: `${atom}\n` },
    { file: spec.paths.json, content: `${feed((text) => text).json1()}\n` },
  ];
}

/** A campaign's feeds in one of its locales, or none when it has no news. */
export function campaignFeeds(campaign: Campaign, site: SiteInfo, locale: Locale): OutputFile[] {
  if (!campaign.news.length) return [];
  const pagePath = campaignPath(campaign, locale);
  return feedFiles(site, {
    page: `${site.url}/${pagePath}`,
    paths: feedPaths(pagePath),
    title: plainText(campaign.name, locale),
    author: plainText(campaign.organiser.name, locale),
    locale,
    entries: campaign.news.map((item) => ({ campaign, item, locale })),
  });
}

/**
 * The site's feeds in a locale: every campaign's news, each campaign in that locale where it publishes it.
 * A news item shared by several campaigns is one entry, under the first campaign that lists it.
 */
export function siteFeeds(campaigns: Campaign[], site: SiteInfo, locale: Locale): OutputFile[] {
  const seen = new Set<string>();
  const entries: Entry[] = [];
  for (const campaign of [...campaigns].sort((a, b) => a.slug.localeCompare(b.slug))) {
    for (const item of campaign.news) {
      // A shared item is the same id and link in every campaign; two campaigns' own items may share an id.
      const key = `${item.id}\n${item.link}`;
      if (seen.has(key)) continue;
      seen.add(key);
      entries.push({ campaign, item, locale: campaign.locales.includes(locale) ? locale : campaign.defaultLocale });
    }
  }
  if (!entries.length) return [];
  const pagePath = directoryPath(site, locale);
  const name = plainText(site.name, locale);
  return feedFiles(site, { page: `${site.url}/${pagePath}`, paths: feedPaths(pagePath), title: name, author: name, locale, entries });
}

/** The `<link>`s that let browsers and feed readers find a page's feeds; nothing when it has none. */
export function feedLinks(site: SiteInfo, pagePath: string, title: string, present: boolean): string {
  if (!present) return '';
  const { atom, json } = feedPaths(pagePath);
  const name = escapeHtml(title);
  return [
    `<link rel="alternate" type="application/atom+xml" title="${name} (Atom)" href="${escapeHtml(`${site.url}/${atom}`)}">`,
    `<link rel="alternate" type="application/feed+json" title="${name} (JSON Feed)" href="${escapeHtml(`${site.url}/${json}`)}">`,
  ].join('\n');
}
