/**
 * The front page's enhancements in Chromium, on the fixture site built by the real `vite build` and served
 * on loopback: the video facade asks nothing of a video host until a visitor plays; the stories carousel
 * turns, pauses and stops as the WAI-ARIA pattern says (time driven by Playwright's clock, never waited
 * for); the first slot follows the campaign that is live or next.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { homeFixture } from '../support/home-fixture.js';
import { useBuiltSite } from '../support/built-site.js';
import { hold } from '../support/browser.js';

const site = useBuiltSite({ campaigns: homeFixture() });

/** A page that records every request and answers any other origin's locally, so no test needs the network. */
async function openPage(options: { reducedMotion?: 'reduce' | 'no-preference'; clock?: boolean } = {}): Promise<{ page: Page; requests: string[] }> {
  const context = await site.browser.newContext({ reducedMotion: options.reducedMotion ?? 'no-preference' });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.route((url) => url.origin !== site.server.url, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>player</title>' }));
  if (options.clock) await page.clock.install({ time: Date.parse('2026-11-27T00:00:00Z') });
  return { page, requests };
}

const otherOrigins = (requests: string[]) => requests.filter((url) => new URL(url).origin !== site.server.url);

for (const [locale, pagePath, embed] of [
  ['en', '/', 'https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1'],
  ['ar', '/ar/', 'https://player.vimeo.com/video/76979871?autoplay=1'],
] as const) {
  test(`${locale}: the video host is asked for nothing until the visitor plays; then its player takes the poster's place, titled and focused`, async () => {
    const { page, requests } = await openPage();
    await page.goto(`${site.server.url}${pagePath}`);
    // Started: the page's live part and its enhancements, the video facade among them, are in place.
    await page.locator('html[data-started]').waitFor({ state: 'attached' });
    assert.deepEqual(otherOrigins(requests), [], 'no request to another origin before the click');
    const play = page.locator('a.media-play');
    await play.focus();
    const asked = page.waitForRequest(embed);
    await page.keyboard.press('Enter');
    const player = page.locator('.media-frame iframe');
    await player.waitFor();
    assert.equal(await player.getAttribute('src'), embed);
    assert.ok((await player.getAttribute('title'))?.length, 'the player has a title');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'IFRAME', 'focus moves to the player');
    assert.equal(await page.locator('.media-poster').count(), 0, 'the poster is gone');
    await asked;
    assert.deepEqual(otherOrigins(requests), [embed], 'only the chosen player, once asked');
    await page.context().close();
  });
}

test('the page counts as started only once its video player is in place; a player that cannot load leaves the plain link, with one warning', async () => {
  const { page } = await openPage();
  const release = await hold(page, '**/assets/media-*.js');
  const asked = page.waitForRequest(/\/assets\/media-[\w-]+\.js$/);
  await page.goto(`${site.server.url}/`);
  await asked;
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 200)))));
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-started')), false, 'started before the video player was in place');
  release();
  await page.locator('html[data-started]').waitFor({ state: 'attached' });
  await page.context().close();

  const failing = await openPage();
  const warnings: string[] = [];
  failing.page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await failing.page.route('**/assets/media-*.js', (route) => route.fulfill({ status: 404, body: '' }));
  await failing.page.goto(`${site.server.url}/`);
  await failing.page.locator('html[data-started]').waitFor({ state: 'attached' });
  assert.equal(warnings.filter((w) => w.startsWith('summit: part of the page stays as it was built')).length, 1, warnings.join('\n'));
  assert.match((await failing.page.locator('a.media-play').getAttribute('href')) ?? '', /^https:\/\//, 'the plain link stays');
  await failing.page.context().close();
});

test('without a url, a version shows its poster and no play control, and the page loads no player code', async () => {
  const { page, requests } = await openPage();
  await page.goto(`${site.server.url}/fr/`);
  await page.locator('html[data-started]').waitFor({ state: 'attached' });
  assert.equal(await page.locator('.media-play').count(), 0);
  assert.ok(!requests.some((url) => /\/media-[\w-]+\.js$/.test(url)), 'media.js is not loaded');
  await page.context().close();
});

/** The index of the one story shown, or -1 when not exactly one is. */
async function shownStory(page: Page): Promise<number> {
  const hidden = await page.locator('[data-carousel-slide]').evaluateAll((slides) => slides.map((s) => (s as HTMLElement).hidden));
  return hidden.filter((h) => !h).length === 1 ? hidden.indexOf(false) : -1;
}

async function carouselPage(options: { reducedMotion?: 'reduce' | 'no-preference' } = {}): Promise<Page> {
  const { page } = await openPage({ ...options, clock: true });
  await page.goto(`${site.server.url}/`);
  await page.locator('[data-carousel-controls]:not([hidden])').waitFor();
  // The pointer rests outside the carousel, as when a visitor reads the top of the page.
  await page.mouse.move(1, 1);
  return page;
}

const interval = (page: Page) => page.locator('[data-carousel]').getAttribute('data-interval').then(Number);
const rotation = (page: Page) => page.locator('[data-carousel-rotation]');

test('the carousel turns by itself, silently, until the rotation control stops it; it starts again from the same control', async () => {
  const page = await carouselPage();
  const every = await interval(page);
  assert.equal(await shownStory(page), 0);
  assert.equal(await page.locator('[data-carousel-slides]').getAttribute('aria-live'), 'off');
  await page.clock.runFor(every);
  assert.equal(await shownStory(page), 1, 'the next story after one interval');
  await page.clock.runFor(every);
  assert.equal(await shownStory(page), 0, 'and round again');

  await rotation(page).focus();
  await page.keyboard.press('Enter');
  assert.equal(await rotation(page).getAttribute('aria-label'), 'Start the automatic slide show');
  assert.equal(await page.locator('[data-carousel-slides]').getAttribute('aria-live'), 'polite', 'a still carousel announces the story a visitor picks');
  await page.clock.runFor(every * 3);
  assert.equal(await shownStory(page), 0, 'stopped');

  await page.keyboard.press('Space');
  assert.equal(await rotation(page).getAttribute('aria-label'), 'Stop the automatic slide show');
  await page.clock.runFor(every);
  assert.equal(await shownStory(page), 1, 'turning again');
  await page.context().close();
});

test('the carousel holds while the pointer is over it and while the keyboard is in it; its buttons are reachable and work', async () => {
  const page = await carouselPage();
  const every = await interval(page);
  await page.locator('[data-carousel-slide]').first().hover();
  await page.clock.runFor(every * 2);
  assert.equal(await shownStory(page), 0, 'held under the pointer');
  await page.mouse.move(1, 1);
  await page.clock.runFor(every);
  assert.equal(await shownStory(page), 1, 'turning once the pointer leaves');

  await rotation(page).focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.hasAttribute('data-carousel-previous')), true, 'previous follows the rotation control');
  await page.keyboard.press('Enter');
  assert.equal(await shownStory(page), 0);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await shownStory(page), 1, 'next');
  await page.clock.runFor(every * 3);
  assert.equal(await shownStory(page), 1, 'held while the keyboard is in the carousel');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await shownStory(page), 0, 'the picker shows the story it names');
  assert.equal(await page.locator('[data-carousel-pick]').first().getAttribute('aria-current'), 'true');
  await page.context().close();
});

test('a visitor who prefers reduced motion gets a still carousel, which they can start', async () => {
  const page = await carouselPage({ reducedMotion: 'reduce' });
  const every = await interval(page);
  assert.equal(await rotation(page).getAttribute('aria-label'), 'Start the automatic slide show');
  await page.clock.runFor(every * 3);
  assert.equal(await shownStory(page), 0);
  await rotation(page).focus();
  await page.keyboard.press('Enter');
  await page.clock.runFor(every);
  assert.equal(await shownStory(page), 1);
  await page.context().close();
});

/** Where the stories' visible parts and the block after them are, and which stories show. */
const storiesLayout = (page: Page) => page.evaluate(() => {
  const box = (el: Element | null) => {
    const r = el!.getBoundingClientRect();
    return [r.x, r.y, r.width, r.height].map(Math.round).join(',');
  };
  const stories = [...document.querySelectorAll('[data-carousel-slide]')];
  return {
    shown: stories.map((s) => getComputedStyle(s).display !== 'none'),
    first: box(stories[0]!.querySelector('img')),
    title: box(stories[0]!.querySelector('h3')),
    controls: box(document.querySelector('[data-carousel-controls]')),
    after: box(document.querySelector('#work-heading')),
  };
});

for (const [width, height] of [[1280, 900], [360, 740]] as const) {
  test(`${width} px: with scripting on, the carousel waits for its script laid out as it will be, so nothing moves when the script runs`, async () => {
    const { page } = await openPage();
    await page.setViewportSize({ width, height });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { shifts: string[] }).shifts = seen;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; sources: { node?: Node }[] }[]) seen.push(`${entry.value}: ${entry.sources.map((s) => (s.node as Element | undefined)?.className).join(' ')}`);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const release = await hold(page, '**/assets/stories-*.js');
    const asked = page.waitForRequest(/\/assets\/stories-[\w-]+\.js$/);
    await page.goto(`${site.server.url}/`);
    await asked;
    const waiting = await storiesLayout(page);
    assert.deepEqual(waiting.shown, [true, false], 'one story while the script is on its way');
    assert.equal(await page.locator('[data-carousel-controls]').evaluate((c) => getComputedStyle(c).visibility), 'hidden', 'the controls keep their room, unseen');
    release();
    await page.locator('[data-carousel].is-carousel').waitFor();
    await page.locator('html[data-started]').waitFor({ state: 'attached' });
    const running = await storiesLayout(page);
    assert.deepEqual(running, waiting, 'the stories, their controls and what follows stay where they were');
    assert.equal(await page.locator('[data-carousel-controls]').evaluate((c) => getComputedStyle(c).visibility), 'visible');
    assert.deepEqual(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts), [], 'no layout shift');
    await page.context().close();
  });
}

test('a carousel whose script cannot load, or never comes, gives back the grid of every story', async () => {
  const failing = await openPage();
  await failing.page.route('**/assets/stories-*.js', (route) => route.fulfill({ status: 404, body: '' }));
  await failing.page.goto(`${site.server.url}/`);
  await failing.page.locator('html[data-started]').waitFor({ state: 'attached' });
  assert.deepEqual((await storiesLayout(failing.page)).shown, [true, true], 'every story, at once');
  assert.equal(await failing.page.locator('[data-carousel-controls]').isVisible(), false, 'no controls that do nothing');
  await failing.page.context().close();

  // Reduced motion stops the page's animations, but not this one, which moves nothing.
  const { page } = await openPage({ reducedMotion: 'reduce' });
  await hold(page, '**/assets/stories-*.js');
  const asked = page.waitForRequest(/\/assets\/stories-[\w-]+\.js$/);
  await page.goto(`${site.server.url}/`);
  await asked;
  assert.deepEqual((await storiesLayout(page)).shown, [true, false]);
  // The styles' own timer (15 s), run to its end rather than waited for.
  const timers = await page.evaluate(() => document.getAnimations().filter((a) => (a as CSSAnimation).animationName === 'summit-carousel-give-back').map((a) => (a.finish(), a.effect?.getTiming().delay)));
  assert.deepEqual(timers, [15000]);
  assert.deepEqual((await storiesLayout(page)).shown, [true, true], 'every story once the time is up');
  assert.equal(await page.locator('[data-carousel-controls]').isVisible(), false);
  await page.context().close();
});

test('the first slot follows the campaign that is live, then the next; hidden when there is neither', async () => {
  for (const [now, heading, name] of [
    ['2026-11-27T00:00:00Z', 'Coming next', 'Water Dialogue'],
    ['2027-03-22T15:00:00Z', 'Happening now', 'Water Dialogue'],
  ]) {
    const { page } = await openPage();
    await page.goto(`${site.server.url}/?now=${now}`);
    const spotlight = page.locator('[data-spotlight]');
    await spotlight.locator(`h2 span:not([hidden]):text-is("${heading}")`).waitFor();
    assert.equal(await spotlight.locator('h3').innerText(), name, now);
    await page.context().close();
  }
  const { page } = await openPage();
  await page.goto(`${site.server.url}/?now=2027-06-01T00:00:00Z`);
  await page.locator('[data-spotlight][hidden]').waitFor({ state: 'attached' });
  await page.context().close();
});

test('the site date style reaches the visitor: every news date on the front page and a campaign page reads dd.MM.yyyy, in the locale\'s digits', async () => {
  for (const pagePath of ['/', '/ar/', '/zh/', '/water-dialogue/']) {
    const { page } = await openPage();
    await page.goto(`${site.server.url}${pagePath}`);
    const dates = await page.$$eval('.latest-list time[datetime], .news-list time[datetime]', (times) =>
      times.filter((t) => t.checkVisibility()).map((t) => ({ iso: t.getAttribute('datetime')!, shown: (t as HTMLElement).innerText.trim() })),
    );
    assert.ok(dates.length > 0, `${pagePath} shows dated news`);
    for (const { iso, shown } of dates) {
      // Arabic-Indic digits read as the same numbers: the style is day.month.year whatever the digits.
      const digits = shown.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
      const [year, month, day] = iso.slice(0, 10).split('-');
      assert.equal(digits, `${day}.${month}.${year}`, `${pagePath}: ${iso} shown as ${shown}`);
    }
    await page.context().close();
  }
});
