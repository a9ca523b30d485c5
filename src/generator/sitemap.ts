/**
 * `sitemap.xml` and `robots.txt`: every page with its language alternates, so search engines find each
 * campaign, its past editions, and its embed kit for partners, in each language. No dates, so the same
 * campaigns built at the same `now` give the same bytes.
 */
import { Readable } from 'node:stream';
import { SitemapStream, streamToPromise, type SitemapItemLoose } from 'sitemap';
import type { Campaign } from '../campaign/model.js';
import { campaignPath, directoryPath, editionPath, embedKitPath } from './paths.js';
import { pastEditions } from './pages/edition-page.js';
import type { SiteInfo } from './pages/page.js';

/** `now`: the build's, which decides the past editions that have pages. */
export async function sitemapXml(site: SiteInfo, campaigns: Campaign[], now: number): Promise<string> {
  const entries: SitemapItemLoose[] = [];
  const group = (paths: { lang: string; path: string }[], fallback: string) => {
    const links = [...paths.map(({ lang, path }) => ({ lang, url: `${site.url}/${path}` })), { lang: 'x-default', url: `${site.url}/${fallback}` }];
    for (const { path } of paths) entries.push({ url: `${site.url}/${path}`, links });
  };
  group(site.locales.map((l) => ({ lang: l, path: directoryPath(site, l) })), '');
  for (const campaign of campaigns) {
    group(campaign.locales.map((l) => ({ lang: l, path: campaignPath(campaign, l) })), campaignPath(campaign, campaign.defaultLocale));
    for (const { edition } of pastEditions(campaign, now)) {
      group(campaign.locales.map((l) => ({ lang: l, path: editionPath(campaign, edition.year, l) })), editionPath(campaign, edition.year, campaign.defaultLocale));
    }
    group(campaign.locales.map((l) => ({ lang: l, path: embedKitPath(campaign, l) })), embedKitPath(campaign, campaign.defaultLocale));
  }
  const stream = new SitemapStream({ hostname: `${site.url}/`, xmlns: { xhtml: true, news: false, image: false, video: false } });
  return (await streamToPromise(Readable.from(entries).pipe(stream))).toString();
}

export function robotsTxt(site: SiteInfo): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${site.url}/sitemap.xml\n`;
}
