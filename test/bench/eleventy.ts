/**
 * The Eleventy project the bench builds against Summit: one page per campaign and locale, with the text
 * Summit's campaign page shows (name, theme, dates, venue, description, news), rendered by a Nunjucks
 * template in a layout with inline CSS, as a hand-written Eleventy site of the same content would be.
 */
import path from 'node:path';
import { loadCampaigns } from '../../src/generator/load.js';
import { directionOf } from '../../src/campaign/locales.js';
import { plainText, venueLine } from '../../src/campaign/text.js';
import { writeTree } from '../support/build.js';

/** Eleventy's command line, run by the bench's `node` like Summit's `vite build`. */
export const ELEVENTY_CLI = path.resolve('node_modules/@11ty/eleventy/cmd.cjs');

const CONFIG = `const formats = new Map();

export default function (eleventyConfig) {
  eleventyConfig.addFilter('longDate', (date, lang) => {
    if (!formats.has(lang)) formats.set(lang, new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }));
    return formats.get(lang).format(new Date(date));
  });
}
`;

/** The last day of an all-day span, whose `end` is the day after it. */
const lastDay = (end: string) => new Date(Date.parse(end) - 86_400_000).toISOString().slice(0, 10);

const LAYOUT = `<!doctype html>
<html lang="{{ page_.lang }}" dir="{{ page_.dir }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ page_.name }}</title>
<meta name="description" content="{{ page_.description }}">
<style>
  body { margin: 0; font: 1rem/1.5 system-ui, sans-serif; color: #221a2b; background: #fff; }
  header { padding: 2rem 1rem; background: #5b2a86; color: #fff; }
  main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
  article { border-block-start: 1px solid #ddd; padding-block: 1rem; }
  a { color: #5b2a86; }
</style>
</head>
<body>
{{ content | safe }}
</body>
</html>
`;

const PAGE = `---
pagination:
  data: pages
  size: 1
  alias: page_
permalink: "{{ page_.url }}"
layout: layout.njk
---
<header>
  <h1>{{ page_.name }}</h1>
  <p>{{ page_.theme }}</p>
  <p>{{ page_.start | longDate(page_.lang) }} – {{ page_.end | longDate(page_.lang) }}, {{ page_.venue }}</p>
</header>
<main>
  <p>{{ page_.description }}</p>
  <h2>News</h2>
  {% for item in page_.news %}
  <article>
    <h3><a href="{{ item.link }}">{{ item.title }}</a></h3>
    <p><time datetime="{{ item.date }}">{{ item.date | longDate(page_.lang) }}</time></p>
    <p>{{ item.summary }}</p>
  </article>
  {% endfor %}
</main>
`;

/**
 * Writes into `dir` an Eleventy project with a page for each campaign in `campaignsDir` and each of its
 * locales, at the URL Summit gives it; returns how many pages it builds.
 */
export async function writeEleventyProject(campaignsDir: string, dir: string, now: number): Promise<number> {
  const { campaigns, errors } = await loadCampaigns(campaignsDir, now);
  if (errors.length > 0) throw new Error(`the bench's campaigns do not load: ${errors[0].message}`);
  const pages = campaigns.flatMap((campaign) =>
    campaign.locales.map((lang) => ({
      url: lang === campaign.defaultLocale ? `/${campaign.slug}/` : `/${campaign.slug}/${lang}/`,
      lang,
      dir: directionOf(lang),
      name: plainText(campaign.name, lang),
      description: plainText(campaign.description, lang),
      theme: plainText(campaign.theme, lang),
      // The bench's generated campaigns are all dated events.
      start: campaign.time!.start,
      end: campaign.time!.allDay ? lastDay(campaign.time!.end) : campaign.time!.end,
      venue: campaign.venue ? venueLine(campaign.venue, lang) : '',
      news: campaign.news.map((item) => ({ date: item.date, link: item.link, title: plainText(item.title, lang), summary: plainText(item.summary, lang) })),
    })),
  );
  await writeTree(dir, {
    'eleventy.config.mjs': CONFIG,
    '_data/pages.json': JSON.stringify(pages),
    '_includes/layout.njk': LAYOUT,
    'index.njk': PAGE,
  });
  return pages.length;
}
