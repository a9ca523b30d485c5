/**
 * The front page as the team's home, built by the real `vite build` from fixture sites: the live or next
 * event first, stories, "Our work", the featured video, the latest news in the site's date style, then
 * the campaign groups; and a positioned error for each kind of bad home config.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'parse5';
import { runBuild, tempDir } from '../support/build.js';
import { attr, elements, textOf, type Node } from '../support/built-pages.js';
import { reported, writeEntries } from '../support/hostile.js';
import { formatDay } from '../../src/i18n/intl.js';
import { HOME_SITE, homeFixture } from '../support/home-fixture.js';

let dist: string;

before(async () => {
  const campaigns = await tempDir('home');
  await writeEntries(campaigns, homeFixture());
  dist = path.join(await tempDir('home-dist'), 'dist');
  const run = await runBuild(dist, { campaigns });
  assert.equal(run.code, 0, run.stderr);
});

const page = async (file: string) => parse(await readFile(path.join(dist, file), 'utf8')) as unknown as Node;
const byClass = (root: Node, name: string, className: string) => elements(root, name).filter((e) => attr(e, 'class')?.split(' ').includes(className));
const one = (root: Node, name: string, className: string) => {
  const found = byClass(root, name, className);
  assert.equal(found.length, 1, `one ${name}.${className}`);
  return found[0];
};
const clean = (node: Node) => textOf(node).replace(/\s+/g, ' ').trim();

test('every locale has the blocks in order: next event, calendar, stories, our work, video, latest news, then the groups', async () => {
  for (const file of ['index.html', 'ar/index.html']) {
    const main = elements(await page(file), 'main')[0];
    const order = elements(main, 'section').map((s) => attr(s, 'class') ?? attr(s, 'data-group'));
    assert.deepEqual(order, ['spotlight', 'stories', 'work', 'featured-video', 'latest-news', 'live', 'upcoming', 'ended'], file);
    assert.equal(byClass(main, 'div', 'site-calendar').length, 1, `${file} keeps the site calendar links`);
  }
});

test('the first slot shows the campaign next to start, as a card the page script can follow', async () => {
  const spotlight = one(await page('index.html'), 'section', 'spotlight');
  assert.equal(attr(spotlight, 'hidden'), undefined);
  assert.match(clean(elements(spotlight, 'h3')[0]), /Water Dialogue/);
  const [live, upcoming] = elements(spotlight, 'span').filter((s) => attr(s, 'data-spotlight-state'));
  assert.equal(attr(live, 'hidden'), '', 'not "happening now" before it starts');
  assert.equal(attr(upcoming, 'hidden'), undefined);
});

test('stories link their campaign page in the same language, or their own link; a quote keeps its attribution', async () => {
  for (const [file, campaignHref] of [['index.html', 'water-dialogue/'], ['ar/index.html', '../water-dialogue/ar/']]) {
    const stories = one(await page(file), 'section', 'stories');
    const links = elements(stories, 'h3').map((h) => attr(elements(h, 'a')[0], 'href'));
    assert.deepEqual(links, [campaignHref, 'https://example.org/story'], file);
    const image = elements(stories, 'img')[0];
    assert.deepEqual(elements(stories, 'img').map((img) => [attr(img, 'loading'), attr(img, 'fetchpriority')]), [[undefined, 'high'], ['lazy', undefined]], 'the first story, near the top and a phone\'s largest paint, is asked for at once and first');
    assert.equal(attr(image, 'width'), '640', 'the real size read from the file');
    assert.equal(attr(image, 'height'), '360');
    assert.match(attr(image, 'src')!, /site\/stories\/water\.svg$/);
  }
  const quote = one(await page('index.html'), 'figure', 'story-quote');
  assert.equal(clean(elements(quote, 'figcaption')[0]), 'A. Speaker');
});

test('the rotating stories are a WAI-ARIA carousel: rotation control first, slides labelled, not announced while turning', async () => {
  const stories = one(await page('ar/index.html'), 'section', 'stories');
  assert.equal(attr(stories, 'aria-roledescription'), 'عرض دوّار');
  const buttons = elements(stories, 'button');
  assert.ok(attr(buttons[0], 'data-carousel-rotation') !== undefined, 'the rotation control comes first');
  assert.equal(attr(buttons[0], 'aria-label'), 'إيقاف العرض التلقائي');
  const slides = elements(stories, 'div').filter((d) => attr(d, 'data-carousel-slide') !== undefined);
  assert.deepEqual(slides.map((s) => [attr(s, 'role'), attr(s, 'aria-label')]), [['group', '1 من 2'], ['group', '2 من 2']]);
  assert.ok(slides.every((s) => attr(s, 'hidden') === undefined), 'without script every story is visible');
  assert.equal(attr(one(stories, 'div', 'carousel-controls'), 'hidden'), '', 'controls appear only with the script');
  assert.equal(attr(one(stories, 'div', 'story-list'), 'aria-live'), 'off');
});

test('one story with rotation on is shown as it is, with no carousel controls that have nothing to turn', async () => {
  const campaigns = await tempDir('home-one-story');
  const site = HOME_SITE.replace(/\n {4}- title: Elsewhere\n(?: {6}.*\n)+/, '\n');
  assert.notEqual(site, HOME_SITE);
  await writeEntries(campaigns, { ...homeFixture(), 'site.yaml': site });
  const out = path.join(await tempDir('home-one-story-dist'), 'dist');
  const run = await runBuild(out, { campaigns });
  assert.equal(run.code, 0, run.stderr);
  const stories = one(parse(await readFile(path.join(out, 'index.html'), 'utf8')) as unknown as Node, 'section', 'stories');
  assert.equal(attr(stories, 'data-carousel'), undefined);
  assert.equal(byClass(stories, 'div', 'carousel-controls').length, 0);
  assert.deepEqual(elements(stories, 'h3').map(clean), ['Water first']);
});

test('work tiles show their kind in the page language, and link a campaign by slug', async () => {
  const work = one(await page('fr/index.html'), 'section', 'work');
  assert.deepEqual(byClass(work, 'p', 'work-kind').map(clean), ['Cours', 'Célébration']);
  assert.deepEqual(elements(work, 'h3').map(clean), ['Un cours', 'A day']);
  assert.equal(attr(elements(elements(work, 'h3')[1], 'a')[0], 'href'), '../water-dialogue/fr/');
});

test('each locale features its own video version, else the default, and names the others in their own language', async () => {
  const en = one(await page('index.html'), 'section', 'featured-video');
  const play = byClass(en, 'a', 'media-play')[0];
  assert.equal(attr(play, 'href'), 'https://www.youtube.com/watch?v=abcdefghijk', 'without script, a plain link to the video page');
  assert.equal(attr(play, 'data-media-embed'), 'https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1');
  assert.match(clean(play), /^Play the video: Climbing together$/);
  const versions = elements(byClass(en, 'ul', 'media-versions')[0], 'li');
  assert.deepEqual(versions.map((li) => [attr(li, 'lang'), clean(li), elements(li, 'a').length]), [['fr', 'Français', 0], ['ar', 'العربية', 1], ['es', 'Español', 0]]);

  const ar = one(await page('ar/index.html'), 'section', 'featured-video');
  assert.equal(attr(byClass(ar, 'a', 'media-play')[0], 'data-media-embed'), 'https://player.vimeo.com/video/76979871?autoplay=1');
  assert.equal(attr(elements(ar, 'figcaption')[0], 'lang'), 'ar');

  const fr = one(await page('fr/index.html'), 'section', 'featured-video');
  assert.equal(byClass(fr, 'a', 'media-play').length, 0, 'a version without a url has no play control');
  assert.equal(elements(fr, 'img').length, 1, 'only its poster');
  assert.equal(attr(elements(fr, 'figcaption')[0], 'lang'), 'fr');

  const zh = one(await page('zh/index.html'), 'section', 'featured-video');
  assert.equal(attr(byClass(zh, 'a', 'media-play')[0], 'href'), 'https://www.youtube.com/watch?v=abcdefghijk', 'no zh version: the default (first) one');
});

test('latest news: every campaign and the site, each item once, newest first, as many as configured, in the numeric date style', async () => {
  for (const [file, lang] of [['index.html', 'en'], ['ar/index.html', 'ar']] as const) {
    const news = one(await page(file), 'section', 'latest-news');
    const items = byClass(news, 'li', 'latest-item');
    assert.deepEqual(items.map((li) => clean(elements(li, 'h3')[0])), ['Site only', 'Shared news', 'Older news'], file);
    assert.deepEqual(items.map((li) => clean(elements(li, 'time')[0])), ['02.04.2027', '28.03.2027', '01.03.2027'], `${file}: dd.MM.yyyy with ${lang} digits`);
    const more = byClass(items[1], 'a', 'read-more')[0];
    assert.equal(clean(more), `${lang === 'en' ? 'Read more' : 'اقرأ المزيد'}: Shared news`, 'named by its item for screen readers');
    assert.equal(clean(byClass(more, 'span', 'visually-hidden')[0]), ': Shared news');
  }
  const campaignPage = (await readFile(path.join(dist, 'water-dialogue/index.html'), 'utf8')).replace(/<!--[^>]*-->/g, '');
  assert.match(campaignPage, /<time datetime="2027-03-28">28\.03\.2027<\/time>/, 'campaign pages use the site date style too');
});

test('site images are published from campaigns/site/ to site/, and nothing else from there', async () => {
  const files = await Promise.all(['site/stories/water.svg', 'site/video/poster.svg'].map((f) => readFile(path.join(dist, f), 'utf8')));
  assert.ok(files.every((f) => f.startsWith('<svg')));
  await assert.rejects(readFile(path.join(dist, 'site/unused.svg')), 'an unreferenced file is not published');
});

test('dates: long is the locale long form, numeric is dd.MM.yyyy with the locale digits', () => {
  assert.equal(formatDay('2023-03-28', 'en'), '28 March 2023');
  assert.equal(formatDay('2023-03-28', 'en', 'numeric'), '28.03.2023');
  assert.equal(formatDay('2023-03-28', 'ar', 'numeric'), '28.03.2023');
  assert.match(formatDay('2023-03-28', 'ar'), /^28 مارس 2023$/);
  assert.equal(formatDay('2023-03-08', 'zh', 'numeric'), '08.03.2023');
});

/** Builds the fixture with `site.yaml` changed by `edit`, and returns the config errors, as printed. */
async function errorsOf(edit: (site: string) => string): Promise<{ errors: string[]; site: string }> {
  const campaigns = await tempDir('home-bad');
  const site = edit(HOME_SITE);
  await writeEntries(campaigns, { ...homeFixture(), 'site.yaml': site });
  const run = await runBuild(path.join(await tempDir('home-bad-dist'), 'dist'), { campaigns });
  assert.equal(run.code, 1, run.stdout);
  assert.doesNotMatch(run.stderr, /^\s+at /m, 'no stack trace');
  return { errors: reported(run, campaigns).errors.sort(), site };
}

/** `line:column` of the first `value` in `text` that follows `before`. */
function where(text: string, value: string, before = ''): string {
  const offset = text.indexOf(before + value) + before.length;
  const lines = text.slice(0, offset).split('\n');
  return `${lines.length}:${lines[lines.length - 1].length + 1}`;
}

test('a story or tile naming a campaign that does not exist, and a missing poster: positioned errors, all at once, with a suggestion', async () => {
  const tile = 'image: work/tile.svg\n    campaign: ';
  const { errors, site } = await errorsOf((s) => s.replace(`${tile}water-dialogue`, `${tile}water-dialog`).replace('poster: video/poster.svg', 'poster: video/missing.svg'));
  assert.deepEqual(errors, [
    `<root>/site.yaml:${where(site, 'video/missing.svg')} video.poster: expected a file at <root>/site/video/missing.svg, got none; check the name, or add the image`,
    `<root>/site.yaml:${where(site, 'water-dialog', tile)} work[1].campaign: expected the folder name of a campaign in campaigns/, got "water-dialog"; did you mean "water-dialogue"?`,
  ].sort());
});

test('a video link that is not a YouTube, Vimeo or video file link is refused, as are script links', async () => {
  const { errors, site } = await errorsOf((s) => s.replace('https://vimeo.com/76979871', 'javascript:alert(1)').replace('https://www.youtube.com/watch?v=abcdefghijk', 'https://example.org/watch'));
  // The campaigns' own errors that follow from an invalid site.yaml (its news unread) are another test's.
  const siteErrors = errors.filter((e) => e.startsWith('<root>/site.yaml'));
  const message = 'expected an https link to a YouTube or Vimeo video page, or to an .mp4 or .webm file';
  assert.deepEqual(siteErrors, [
    `<root>/site.yaml:${where(site, 'javascript:')} video.versions.ar.url: ${message}, got "javascript:alert(1)"`,
    `<root>/site.yaml:${where(site, 'https://example.org/watch')} video.versions.en.url: ${message}, got "https://example.org/watch"`,
  ].sort());
});
