/**
 * A page built once, before its events, stays right as they happen: opened in Chromium "as of" an
 * instant (`?now=`), it shows the same headings, links and states as the site built at that instant.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { runBuild, tempDir } from '../support/build.js';
import { serveStatic, type StaticServer } from '../support/static-server.js';
import { launchChromium } from '../support/browser.js';

/** The early build: 1 March 2023, before CSW67, the Water Conference and International Mountain Day 2023. */
const EARLY = '2023-03-01T00:00:00Z';

/** Instants before, during, just after and days after each event, and once a yearly Day has rolled over. */
const MOMENTS: { page: string; at: string; what: string }[] = [
  { page: 'csw67/', at: '2023-03-05T12:00:00Z', what: 'the day before CSW67' },
  { page: 'csw67/', at: '2023-03-08T15:00:00Z', what: 'during CSW67' },
  { page: 'csw67/', at: '2023-03-18T06:00:00Z', what: 'just after CSW67' },
  { page: 'csw67/', at: '2023-03-25T12:00:00Z', what: 'a week after CSW67' },
  { page: 'un-2023-water-conference/fr/', at: '2023-03-23T15:00:00Z', what: 'during the Water Conference, in French' },
  { page: 'international-mountain-day/', at: '2023-12-10T09:00:00Z', what: 'the day before International Mountain Day (before it begins anywhere)' },
  { page: 'international-mountain-day/ar/', at: '2023-12-11T12:00:00Z', what: 'on International Mountain Day, in Arabic' },
  { page: 'international-mountain-day/', at: '2023-12-12T13:00:00Z', what: 'just after the Day' },
  { page: 'international-mountain-day/', at: '2023-12-13T14:00:00Z', what: 'two days after, during its online session' },
  { page: 'international-mountain-day/zh/', at: '2023-12-25T12:00:00Z', what: 'after the recap week, rolled over to 2024' },
  { page: '', at: '2023-03-08T15:00:00Z', what: 'the directory during CSW67' },
  { page: '', at: '2023-12-25T12:00:00Z', what: 'the directory at the end of 2023' },
];

interface Seen {
  headings: string[];
  links: string[];
  countdown: string | null;
}

let browser: Browser;
const servers = new Map<string, StaticServer>();

const dists = new Map<string, string>();

/** The site built at an instant, served. */
async function builtAt(instant: string): Promise<StaticServer> {
  let server = servers.get(instant);
  if (!server) {
    const dist = path.join(await tempDir('at'), 'dist');
    const run = await runBuild(dist, { env: { SOURCE_DATE_EPOCH: String(Date.parse(instant) / 1000) } });
    assert.equal(run.code, 0, run.stderr);
    dists.set(instant, dist);
    server = await serveStatic(dist);
    servers.set(instant, server);
  }
  return server;
}

/** What a visitor sees: visible headings, visible links (by path), and the countdown's state. */
async function look(server: StaticServer, pagePath: string, options: { javaScript: boolean; now?: string }): Promise<Seen> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript, timezoneId: 'UTC' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const query = options.now ? `?now=${encodeURIComponent(options.now)}` : '';
  await page.goto(`${server.url}/${pagePath}${query}`);
  if (options.javaScript) {
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-started') && (document.querySelector('summit-countdown')?.hasAttribute('state') ?? true));
  }
  const seen = await page.evaluate(() => {
    const visible = (el: Element) => el.checkVisibility();
    const text = (el: Element) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
    return {
      // The headings, and the hero's lines that say where the event stands. Which story a carousel shows
      // is the visitor's doing, not the time's: its slides are left out.
      headings: [...document.querySelectorAll('h1, h2, h3, .hero .now, .hero-date')].filter((el) => visible(el) && !el.closest('[data-carousel-slide]')).map(text),
      links: [...document.querySelectorAll('a')].filter((el) => visible(el) && !el.closest('[data-carousel-slide]')).map((a) => `${text(a)} → ${new URL(a.href).pathname}${new URL(a.href).host === location.host ? '' : ` @${new URL(a.href).host}`}`),
      countdown: document.querySelector('summit-countdown')?.getAttribute('state') ?? null,
    };
  });
  assert.deepEqual(errors, []);
  await context.close();
  return seen;
}

before(async () => {
  browser = await launchChromium();
  await builtAt(EARLY);
});

after(async () => {
  await browser?.close();
  for (const server of servers.values()) await server.close();
});

for (const { page, at, what } of MOMENTS) {
  test(`${what}: the early page as of ${at} shows what a build at that instant shows`, async () => {
    const early = await builtAt(EARLY);
    const rebuilt = await builtAt(at);
    const live = await look(early, page, { javaScript: true, now: at });
    const truth = await look(rebuilt, page, { javaScript: false });
    assert.deepEqual(live.headings, truth.headings, 'visible headings');
    assert.deepEqual(live.links, truth.links, 'visible links');
    const rebuiltLive = await look(rebuilt, page, { javaScript: true, now: at });
    assert.equal(live.countdown, rebuiltLive.countdown, 'countdown state');
    assert.deepEqual(rebuiltLive.headings, truth.headings, 'the rebuilt page does not change when its script takes over');
  });
}

test('the early page is not the rebuilt one: the preview really changed it', async () => {
  const early = await builtAt(EARLY);
  const before = await look(early, 'international-mountain-day/', { javaScript: false });
  const during = await look(early, 'international-mountain-day/', { javaScript: true, now: '2023-12-11T12:00:00Z' });
  assert.notDeepEqual(before.headings, during.headings);
  assert.ok(during.headings.includes('Happening now'), during.headings.join(' | '));
  assert.equal(during.countdown, 'live');
});

test('Summit\'s own page corrects a device clock two days fast with its server\'s Date, as partner pages do', async () => {
  await builtAt(EARLY);
  const serverNow = Date.parse('2023-12-09T12:00:00Z');
  const server = await serveStatic(dists.get(EARLY)!, { now: () => serverNow });
  try {
    const context = await browser.newContext({ timezoneId: 'UTC' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(serverNow + 2 * 86_400_000)); // the device thinks it is the Day
    await page.goto(`${server.url}/international-mountain-day/`);
    await page.waitForFunction(() => document.querySelector('summit-countdown')?.getAttribute('state') === 'upcoming');
    const days = await page.locator('summit-countdown').evaluate((el) => el.shadowRoot!.querySelector('[part~="days"]')!.textContent!.trim());
    assert.equal(days, '1', 'a day and a half before the Day, by the server\'s clock');
    const hero = await page.locator('.hero-date:visible').innerText();
    assert.equal(hero.trim(), '11 December 2023, in every time zone', 'the hero shows the Day ahead, not as happening or past');
    await context.close();
  } finally {
    await server.close();
  }
});
