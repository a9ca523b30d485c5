/**
 * News feeds from campaign files: Atom parsed by a strict XML parser and JSON Feed by JSON.parse, each
 * checked against its format's required elements; hostile text reads as written; dates come from the news.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadCampaigns } from '../../src/generator/load.js';
import { formatError } from '../../src/generator/errors.js';
import { campaignFeeds, feedLinks, siteFeeds } from '../../src/generator/feeds.js';
import { siteInfo } from '../../src/generator/pages/page.js';
import { SITE_YAML, tempDir, writeTree } from '../support/build.js';
import { htmlText, readAtom, readJsonFeed } from '../support/feeds.js';

const NOW = Date.parse('2026-11-27T00:00:00Z');
const HOSTILE = `Water </title><script>alert(1)</script> ]]> "Day" & <b>more</b> l'eau`;

async function load(files: Record<string, string>) {
  const root = await tempDir('feeds');
  await writeTree(root, { 'site.yaml': `${SITE_YAML}news:\n  - id: shared\n    date: 2026-05-01\n    title: Shared news\n    link: https://example.org/shared\n`, ...files });
  const loaded = await loadCampaigns(root, NOW, (f) => path.relative(root, f));
  assert.deepEqual(loaded.errors.map(formatError), []);
  return { campaigns: loaded.campaigns, site: siteInfo(loaded.site!) };
}

const WATER = `name: { en: Water Morning, fr: Matinée de l’eau }
description: A morning on water.
locales: [en, fr]
time-zone: Europe/Rome
start: 2027-05-04
organiser:
  name: FAO
news:
  - shared
  - date: 2026-03-02
    title: { en: ${JSON.stringify(HOSTILE)}, fr: Annonce }
    summary: { en: First word. }
    link: https://example.org/a?x=1&y=2
  - id: older
    date: 2025-01-10
    title: Older
    link: https://example.org/older
`;
const SOIL = `name: Soil Day
description: Soil.
locales: [en]
time-zone: Europe/Rome
start: 2027-12-05
organiser:
  name: FAO
news:
  - shared
`;

test('a campaign’s Atom feed has what RFC 4287 requires, newest first, its language, and hostile text read as written', async () => {
  const { campaigns, site } = await load({ 'water/campaign.yaml': WATER });
  const files = Object.fromEntries(campaignFeeds(campaigns[0], site, 'en').map((f) => [f.file, f.content]));
  assert.deepEqual(Object.keys(files), ['water/feed.atom', 'water/feed.json']);
  const atom = readAtom(files['water/feed.atom'], 'water/feed.atom');
  assert.equal(atom.lang, 'en');
  assert.equal(atom.id, 'https://events.example.org/water/');
  assert.equal(atom.title, 'Water Morning');
  assert.equal(atom.updated, '2026-05-01T00:00:00.000Z', 'the newest news date, not the build’s');
  assert.deepEqual(atom.authors, ['FAO']);
  assert.ok(atom.links.some((l) => l.rel === 'self' && l.href === 'https://events.example.org/water/feed.atom'));
  assert.deepEqual(atom.entries.map((e) => e.updated.slice(0, 10)), ['2026-05-01', '2026-03-02', '2025-01-10']);
  const hostile = atom.entries[1];
  assert.equal(hostile.titleType, 'html');
  assert.equal(htmlText(hostile.title), HOSTILE, 'the title a reader shows is the text as written');
  assert.doesNotMatch(hostile.title, /<script/);
  assert.equal(hostile.links[0].href, 'https://example.org/a?x=1&y=2');
  assert.equal(hostile.id, 'https://events.example.org/water/#news-water-news-1');
  assert.equal(htmlText(atom.entries[2].content), 'Older', 'an item without a summary says its title');
});

test('a campaign’s JSON Feed has what version 1 requires, with plain-text titles, in each of its languages', async () => {
  const { campaigns, site } = await load({ 'water/campaign.yaml': WATER });
  const en = readJsonFeed(campaignFeeds(campaigns[0], site, 'en')[1].content, 'water/feed.json');
  assert.equal(en.title, 'Water Morning');
  assert.equal(en.feed_url, 'https://events.example.org/water/feed.json');
  assert.equal(en.items[1].title, HOSTILE);
  assert.equal(htmlText(en.items[1].content_html!), 'First word.');
  const fr = campaignFeeds(campaigns[0], site, 'fr');
  assert.deepEqual(fr.map((f) => f.file), ['water/fr/feed.atom', 'water/fr/feed.json']);
  const frJson = readJsonFeed(fr[1].content, 'water/fr/feed.json');
  assert.equal(frJson.title, 'Matinée de l’eau');
  assert.equal(frJson.items[1].title, 'Annonce');
  assert.equal(frJson.items[1].id, 'https://events.example.org/water/fr/#news-water-news-1');
  assert.equal(readAtom(fr[0].content, 'water/fr/feed.atom').lang, 'fr');
});

test('the site’s feed holds every campaign’s news once, a shared item under the first campaign that lists it', async () => {
  const { campaigns, site } = await load({ 'water/campaign.yaml': WATER, 'soil/campaign.yaml': SOIL });
  const [atomFile, jsonFile] = siteFeeds(campaigns, site, 'fr');
  assert.deepEqual([atomFile.file, jsonFile.file], ['fr/feed.atom', 'fr/feed.json']);
  const atom = readAtom(atomFile.content, 'fr/feed.atom');
  assert.equal(atom.title, 'Example events');
  assert.deepEqual(atom.entries.map((e) => e.id), [
    'https://events.example.org/soil/#news-shared',
    'https://events.example.org/water/fr/#news-water-news-1',
    'https://events.example.org/water/fr/#news-older',
  ], 'each campaign in French where it has French, else in its own language');
  assert.equal(readJsonFeed(jsonFile.content, 'fr/feed.json').items.length, 3);
  assert.deepEqual(siteFeeds(campaigns, site, 'en').map((f) => f.file), ['feed.atom', 'feed.json']);
});

test('a campaign without news has no feed and no feed link; links are typed and absolute', async () => {
  const { campaigns, site } = await load({ 'soil/campaign.yaml': SOIL.replace('news:\n  - shared\n', '') });
  assert.deepEqual(campaignFeeds(campaigns[0], site, 'en'), []);
  assert.deepEqual(siteFeeds(campaigns, site, 'en'), []);
  assert.equal(feedLinks(site, 'soil/', 'Soil', false), '');
  assert.equal(feedLinks(site, 'soil/fr/', 'Soil & "mud"', true), [
    '<link rel="alternate" type="application/atom+xml" title="Soil &amp; &quot;mud&quot; (Atom)" href="https://events.example.org/soil/fr/feed.atom">',
    '<link rel="alternate" type="application/feed+json" title="Soil &amp; &quot;mud&quot; (JSON Feed)" href="https://events.example.org/soil/fr/feed.json">',
  ].join('\n'));
});
