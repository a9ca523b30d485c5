/**
 * What a shared link shows: every built page's Open Graph and X card tags against the ogp.me and X rules
 * (required properties, absolute https URLs, lengths, the image read from `dist/`, decoded and sized), on
 * the shipped campaigns (SVG banners) and on fixtures (one with a PNG banner).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { Locale } from '../../src/campaign/locales.js';
import { cutAtWord, OG_LOCALES } from '../../src/generator/social.js';
import { attr, elements, textOf, useBuiltPages, type BuiltPage, type BuiltPages } from '../support/built-pages.js';
import { FINDABLE_CAMPAIGNS } from '../support/findable-campaigns.js';
import { shippedSlugs } from '../support/build.js';

/** Every `<meta>` of a page's head as [property or name, content]. */
function metaOf(page: BuiltPage): [string, string][] {
  const head = elements(page.document, 'head')[0];
  return elements(head, 'meta').flatMap((m) => {
    const key = attr(m, 'property') ?? attr(m, 'name');
    return key ? [[key, attr(m, 'content') ?? ''] as [string, string]] : [];
  });
}

const https = (value: string | undefined) => Boolean(value && /^https:\/\/[^/]+\//.test(value) && URL.canParse(value));
const length = (value: string) => [...value].length;

/**
 * ogp.me: `og:title`, `og:type`, `og:url` and `og:image` are required. Summit gives every page a drawn
 * PNG `og:image`, and `og:site_name`,
 * `og:description`, `og:locale` with every alternate always. X: `twitter:card` is required; a title takes
 * 70 characters, a description 200, image alt text 420; a large image is 300×157 to 4096×4096 and under
 * 5 MB, PNG, JPEG, WebP or GIF.
 */
async function cardProblems(page: BuiltPage, built: BuiltPages): Promise<string[]> {
  const meta = metaOf(page);
  const one = (key: string) => meta.filter(([k]) => k === key).map(([, v]) => v);
  const problems: string[] = [];
  for (const key of ['og:site_name', 'og:title', 'og:type', 'og:url', 'og:description', 'og:locale', 'twitter:card']) {
    if (one(key).length !== 1 || !one(key)[0].trim()) problems.push(`${key}: expected one, not empty; got ${JSON.stringify(one(key))}`);
  }
  const [title] = one('og:title');
  const [description] = one('og:description');
  const locale = attr(elements(page.document, 'html')[0], 'lang') as Locale;
  const links = elements(elements(page.document, 'head')[0], 'link');
  const canonical = links.find((l) => attr(l, 'rel') === 'canonical');
  if (one('og:type')[0] !== 'website') problems.push(`og:type: expected website, got ${one('og:type')[0]}`);
  if (!https(one('og:url')[0]) || one('og:url')[0] !== attr(canonical!, 'href')) problems.push(`og:url: expected the canonical https URL, got ${one('og:url')[0]}`);
  const xTitle = one('twitter:title')[0] ?? title;
  if (length(xTitle) > 70) problems.push(`twitter:title (or og:title): expected at most 70 characters for X, got ${length(xTitle)}`);
  if (length(description) > 200) problems.push(`og:description: expected at most 200 characters, got ${length(description)}`);
  const full = (attr(elements(page.document, 'meta').find((m) => attr(m, 'name') === 'description')!, 'content') ?? '').replace(/\s+/g, ' ').trim();
  if (description !== full) {
    const kept = description.replace(/…$/, '');
    const next = full.slice(kept.length, kept.length + 1);
    if (!description.endsWith('…') || !full.startsWith(kept)) problems.push(`og:description: expected the page's description, or its start and an ellipsis, got ${JSON.stringify(description)}`);
    else if (locale !== 'zh' && /\p{L}/u.test(next) && /\p{L}$/u.test(kept)) problems.push(`og:description: cut inside a word before ${JSON.stringify(next)}`);
  }
  if (one('og:locale')[0] !== OG_LOCALES[locale] || !/^[a-z]{2}_[A-Z]{2}$/.test(one('og:locale')[0])) problems.push(`og:locale: expected ${OG_LOCALES[locale]}, got ${one('og:locale')[0]}`);
  const others = links.filter((l) => attr(l, 'rel') === 'alternate' && attr(l, 'hreflang') && !['x-default', locale].includes(attr(l, 'hreflang')!));
  const expectedAlternates = others.map((l) => OG_LOCALES[attr(l, 'hreflang') as Locale]).sort();
  if (JSON.stringify(one('og:locale:alternate').sort()) !== JSON.stringify(expectedAlternates)) problems.push(`og:locale:alternate: expected ${expectedAlternates}, got ${one('og:locale:alternate')}`);

  const images = one('og:image');
  const card = one('twitter:card')[0];
  if (images.length === 0) {
    if (card !== 'summary') problems.push(`twitter:card: expected summary without an image, got ${card}`);
    for (const key of ['og:image:width', 'og:image:height', 'og:image:alt', 'twitter:image:alt']) if (one(key).length) problems.push(`${key}: expected none without an image`);
    return problems;
  }
  if (card !== 'summary_large_image') problems.push(`twitter:card: expected summary_large_image with an image, got ${card}`);
  const [image] = images;
  if (images.length !== 1 || !https(image)) return [...problems, `og:image: expected one absolute https URL, got ${JSON.stringify(images)}`];
  const site = new URL(one('og:url')[0]).origin;
  const file = path.join(built.dist, decodeURIComponent(new URL(image).pathname));
  if (!image.startsWith(site) || !(await stat(file).then((s) => s.isFile(), () => false))) return [...problems, `og:image: expected a file of this site, got ${image}`];
  const bytes = await readFile(file);
  const size = imageSize(bytes);
  if (!['png', 'jpg', 'webp', 'gif'].includes(size.type ?? '')) problems.push(`og:image: expected PNG, JPEG, WebP or GIF, got ${size.type}`);
  if (bytes.length >= 5 * 1024 * 1024) problems.push(`og:image: expected under 5 MB, got ${bytes.length} bytes`);
  if (one('og:image:width')[0] !== String(size.width) || one('og:image:height')[0] !== String(size.height)) problems.push(`og:image:width/height: expected ${size.width}×${size.height}, got ${one('og:image:width')}×${one('og:image:height')}`);
  if (size.width < 300 || size.height < 157 || size.width > 4096 || size.height > 4096) problems.push(`og:image: expected 300×157 to 4096×4096 for a large card, got ${size.width}×${size.height}`);
  for (const key of ['og:image:alt', 'twitter:image:alt']) {
    if (one(key).length !== 1 || !one(key)[0].trim() || length(one(key)[0]) > 420) problems.push(`${key}: expected one alt text of 1–420 characters, got ${JSON.stringify(one(key))}`);
  }
  return problems;
}

async function checkEveryPage(built: BuiltPages): Promise<void> {
  assert.ok(built.pages.length > 0);
  for (const page of built.pages) {
    const problems = await cardProblems(page, built);
    assert.deepEqual(problems, [], `${page.file}:\n${problems.join('\n')}`);
  }
}

/** What is wrong with a campaign page's share links: six services, absolute https or mailto, the page's URL encoded in each, each named. */
function shareProblems(page: BuiltPage): string[] {
  const canonical = attr(elements(page.document, 'link').find((l) => attr(l, 'rel') === 'canonical')!, 'href')!;
  const name = attr(elements(page.document, 'meta').find((m) => attr(m, 'property') === 'og:title')!, 'content')!;
  const section = elements(page.document, 'section').find((s) => attr(s, 'class') === 'share');
  if (!section) return ['no share section'];
  const problems: string[] = [];
  const links = elements(section, 'a');
  const hosts = links.map((a) => new URL(attr(a, 'href')!).host || 'mailto');
  if (JSON.stringify(hosts) !== JSON.stringify(['mailto', 'x.com', 'www.facebook.com', 'www.linkedin.com', 'wa.me', 't.me'])) problems.push(`expected e-mail, X, Facebook, LinkedIn, WhatsApp and Telegram, got ${hosts}`);
  for (const a of links) {
    const href = attr(a, 'href')!;
    const url = new URL(href);
    if (url.protocol !== 'https:' && url.protocol !== 'mailto:') problems.push(`${href}: expected https or mailto`);
    if (href.includes(canonical) || !href.includes(encodeURIComponent(canonical))) problems.push(`${href}: expected the page URL ${canonical} encoded`);
    const values = [...url.searchParams.values()].join('\n');
    if (!values.includes(canonical)) problems.push(`${href}: the page URL does not come back out of the query`);
    if (['mailto', 'x.com', 'wa.me', 't.me'].includes(url.host || 'mailto') && !values.includes(name)) problems.push(`${href}: expected the page's name ${JSON.stringify(name)}`);
    const text = textOf(a).trim();
    const label = attr(a, 'aria-label') ?? '';
    if (!text || !label.toLowerCase().includes(text.toLowerCase())) problems.push(`${href}: expected an accessible name that contains the visible text ${JSON.stringify(text)}, got ${JSON.stringify(label)}`);
  }
  const button = elements(section, 'button')[0];
  if (!button || attr(button, 'hidden') === undefined || attr(button, 'data-share-url') !== canonical || attr(button, 'data-share-title') !== name) {
    problems.push('expected a hidden Share… button with the page URL and name, for the page script to show where the browser can share');
  }
  return problems;
}

describe('the shipped campaigns', () => {
  const built = useBuiltPages();

  test('every campaign page has share links: e-mail and five networks, plain links with the page URL and name encoded, each named', async () => {
    let pages = 0;
    for (const page of built.pages) {
      // Embed kits and past editions' pages are not the event to share.
      if (!(await built.campaignOf(page)) || page.file.includes('/embed/') || /\/\d{4}\/index\.html$/.test(page.file)) continue;
      pages++;
      const problems = shareProblems(page);
      assert.deepEqual(problems, [], `${page.file}:\n${problems.join('\n')}`);
    }
    const campaigns = await Promise.all((await shippedSlugs()).map(async (slug) => JSON.parse(await readFile(path.join(built.dist, slug, 'campaign.json'), 'utf8')) as { locales: string[] }));
    assert.equal(pages, campaigns.reduce((count, campaign) => count + campaign.locales.length, 0), 'one page per shipped campaign and language');
  });

  test('every page (directory, campaign and embed kit, in every language) has a card by the ogp.me and X rules', async () => {
    await checkEveryPage(built);
    const sitemap = await readFile(path.join(built.dist, 'sitemap.xml'), 'utf8');
    assert.equal(built.pages.length, sitemap.match(/<loc>/g)?.length, 'every page the sitemap lists, and no other');
  });

  test('every page shows its drawn card image, an SVG banner or not: a large card', () => {
    for (const page of built.pages) {
      const image = metaOf(page).find(([key]) => key === 'og:image')?.[1] ?? '';
      assert.match(image, /^https:\/\/[^/]+\/(?:[a-z0-9-]+\/)?social\/(?:\d{4}\/)?[a-z]{2}\.png$/, page.file);
      assert.deepEqual(metaOf(page).find(([key]) => key === 'twitter:card'), ['twitter:card', 'summary_large_image'], page.file);
    }
  });
});

describe('fixture campaigns', () => {
  const built = useBuiltPages(FINDABLE_CAMPAIGNS);
  const page = (file: string) => built.pages.find((p) => p.file === file)!;

  test('every page has a card by the ogp.me and X rules', () => checkEveryPage(built));

  test('the card image is the page’s own drawing, its text as alt text, on the campaign page and its embed kit', () => {
    for (const file of ['water-dialogue/fr/index.html', 'water-dialogue/fr/embed/index.html']) {
      const meta = Object.fromEntries(metaOf(page(file)).filter(([key]) => key.startsWith('og:image') || key.startsWith('twitter:')));
      assert.deepEqual(meta, {
        'og:image': 'https://events.example.org/water-dialogue/social/fr.png',
        'og:image:width': '1200',
        'og:image:height': '630',
        'og:image:alt': meta['og:image:alt'],
        'twitter:card': 'summary_large_image',
        'twitter:image:alt': meta['og:image:alt'],
      }, file);
      assert.equal(meta['og:image:alt'], "Dialogue sur l'eau · 22 mars 2027 à 10:00 – 24 mars 2027 à 17:00 heure d’été de l’Est nord-américain (UTC−4)", 'the name and dates drawn');
    }
  });

  test('locales: the page’s own in ll_TT form and each other language it is published in', () => {
    const meta = metaOf(page('water-dialogue/ar/index.html'));
    assert.deepEqual(meta.filter(([key]) => key.startsWith('og:locale')).map(([, value]) => value), ['ar_AR', 'en_US', 'fr_FR']);
  });
});

test('a long description is cut at a word boundary, within 200 characters, with an ellipsis; a short one is kept whole', () => {
  const long = 'The Commission on the Status of Women is the principal global intergovernmental body exclusively dedicated to the promotion of gender equality and the empowerment of women, and it meets every year.';
  assert.equal(cutAtWord(long, 'en', 100), 'The Commission on the Status of Women is the principal global intergovernmental body exclusively…');
  assert.equal(cutAtWord('A short\ndescription.', 'en'), 'A short description.');
  const chinese = '国际山岳日每年12月11日举行，旨在提高人们对山区重要性的认识。'.repeat(10);
  const cut = cutAtWord(chinese, 'zh', 50);
  assert.ok(cut.length <= 50 && cut.endsWith('…') && chinese.startsWith(cut.slice(0, -1)), cut);
  assert.equal(cutAtWord('x'.repeat(300), 'en', 10), `${'x'.repeat(9)}…`, 'a word longer than the limit is cut rather than dropped');
});
