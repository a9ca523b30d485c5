/**
 * The usage examples in `test/examples/`, run as their readers would: the React 19 app type-checked and bundled
 * against the packed npm package, the plain HTML page with the countdown's partner script, each opened in
 * Chromium as of an instant given with `?now=`. The Summit site they load from is a local server, reached
 * through the browser's request routing.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { serveStatic, type StaticServer } from '../support/static-server.js';
import { installPackage, typeCheck } from '../support/package.js';

/** The Summit site the examples name. */
const SUMMIT = 'https://events.mountain-partnership.example';
/** What the React example passes as the countdown's `data`. */
const MOUNTAIN_DAY = {
  status: 'scheduled',
  time: { start: '2023-12-11', end: '2023-12-12', timeZone: 'local', allDay: true },
  recurrence: { frequency: 'yearly' },
  recapDays: 7,
  sessions: [],
  editions: [],
};
/** 9 days, 12 hours and 30 seconds before International Mountain Day 2030 starts in Santiago. */
const BEFORE_THE_DAY = '2030-12-01T11:59:30-03:00';
/** Two seconds before it ends there. */
const AS_IT_ENDS = '2030-12-11T23:59:58-03:00';

let scratch: string;
let browser: Browser;
const servers: StaticServer[] = [];
let reactApp: StaticServer;
let htmlPage: StaticServer;
let summitSite: StaticServer;

before(async () => {
  scratch = await installPackage('examples', ['react', 'react-dom', 'scheduler', '@types/react', '@types/react-dom', 'csstype']);
  const react = path.join(scratch, 'react');
  await mkdir(react);
  for (const file of ['index.html', 'tsconfig.json']) await copyFile(path.join('test/examples/react', file), path.join(react, file));
  await cp('test/examples/react/src', path.join(react, 'src'), { recursive: true });
  await build({ root: react, configFile: false, logLevel: 'silent', build: { outDir: path.join(react, 'dist') } });

  // The Summit site: the countdown's partner script, built from the package file as the site's build makes
  // embed/v1/countdown.js, and the campaign the React example's news reads.
  const site = path.join(scratch, 'summit-site');
  await build({
    root: scratch,
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: site,
      lib: { entry: path.join(scratch, 'node_modules/summit/lib/embed/countdown.js'), formats: ['es'], fileName: () => 'embed/v1/countdown.js' },
      rolldownOptions: { output: { chunkFileNames: 'embed/v1/chunks/[name]-[hash].js' } },
    },
  });
  await mkdir(path.join(site, 'international-mountain-day'));
  await copyFile('test/fixtures/news/campaign.json', path.join(site, 'international-mountain-day/campaign.json'));

  const html = path.join(scratch, 'html');
  await mkdir(html);
  await copyFile('test/examples/html/index.html', path.join(html, 'index.html'));

  reactApp = await serveStatic(path.join(react, 'dist'));
  htmlPage = await serveStatic(html);
  summitSite = await serveStatic(site);
  servers.push(reactApp, htmlPage, summitSite);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
});

/**
 * A visitor in Santiago, whose requests to the Summit site reach the local one, unless `unreachable`
 * matches them: those fail as a network error does.
 */
async function visitor(unreachable?: RegExp): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ timezoneId: 'America/Santiago' });
  await context.route(`${SUMMIT}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (unreachable?.test(url.pathname)) return route.abort('internetdisconnected');
    return route.fulfill({ response: await route.fetch({ url: `${summitSite.url}${url.pathname}` }) });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

/** The countdown's numbers, days to seconds, as shown. */
function numbers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('summit-countdown')!.shadowRoot!;
    return ['days', 'hours', 'minutes', 'seconds'].map((part) => root.querySelector(`[part~="${part}"]`)!.textContent!.trim());
  });
}

/** The numbers run from `now`: 9 days, 12 hours, 0 minutes and the seconds counting down from 30. */
async function assertCountingFrom30Seconds(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('summit-countdown')?.shadowRoot?.querySelector('[part~="seconds"]')?.textContent?.trim());
  const [days, hours, minutes, seconds] = await numbers(page);
  assert.deepEqual([days, hours, minutes], ['9', '12', '00']);
  assert.ok(Number(seconds) <= 30 && Number(seconds) > 20, `expected the seconds to count down from 30, got ${seconds}`);
  await page.waitForFunction((shown) => document.querySelector('summit-countdown')!.shadowRoot!.querySelector('[part~="seconds"]')!.textContent!.trim() !== shown, seconds);
}

test('the React example type-checks strictly, and a wrong property, value, listener or tag does not', async () => {
  const react = path.join(scratch, 'react');
  // One compilation of the example with a file of mistakes: every error is one of them, on its line.
  await writeFile(
    path.join(react, 'wrong.tsx'),
    `export const wrong = [
  <summit-countdown data={{ start: 'tomorrow' }} />,
  <summit-news limit="3" />,
  <summit-countdown onsummit-countdown-end={(event: KeyboardEvent) => event.key} />,
  <summit-countdwn />,
  <summit-countdown timezone="Europe/Rome" />,
];
`,
  );
  await writeFile(path.join(react, 'tsconfig.wrong.json'), JSON.stringify({ extends: './tsconfig.json', include: ['src', 'wrong.tsx'] }));
  const { output } = await typeCheck('tsconfig.wrong.json', react);
  const errors = [...output.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+)/gm)].map(([, file, line, code]) => `${file}:${line} ${code}`);
  assert.deepEqual(errors, ['wrong.tsx:2 TS2353', 'wrong.tsx:3 TS2322', 'wrong.tsx:4 TS2322', 'wrong.tsx:5 TS2339', 'wrong.tsx:6 TS2322'], output);
});

test('the React example counts down from the schedule it passes as `data`, in its language, and shows the campaign news', async () => {
  const { context, page, errors } = await visitor();
  try {
    await page.goto(`${reactApp.url}/?now=${encodeURIComponent(BEFORE_THE_DAY)}`);
    await assertCountingFrom30Seconds(page);
    const countdown = await page.evaluate(() => {
      const element = document.querySelector('summit-countdown')!;
      return {
        data: element.data,
        dataAttribute: element.hasAttribute('data'),
        lang: element.getAttribute('lang'),
        // Intl puts no-break spaces between numbers and units.
        label: element.shadowRoot!.querySelector('[role="timer"]')!.getAttribute('aria-label')!.replace(/\s/g, ' '),
      };
    });
    assert.deepEqual(countdown.data, MOUNTAIN_DAY);
    assert.equal(countdown.dataAttribute, false, 'React set `data` as an attribute, not as the property');
    assert.equal(countdown.lang, 'fr');
    assert.equal(countdown.label, 'Commence dans 9 jours, 12 heures et 1 minute');

    await page.waitForFunction(() => document.querySelector('summit-news')!.shadowRoot!.querySelector('[part~="list"]'));
    const titles = await page.evaluate(() => [...document.querySelector('summit-news')!.shadowRoot!.querySelectorAll('[part~="item"] .title')].map((title) => title.textContent!.trim()));
    assert.deepEqual(titles, ['Article le plus récent', '<img src=x onerror=alert(1)>', 'Article plus ancien']);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the React example’s handler hears summit-countdown-end when the Day ends', async () => {
  const { context, page, errors } = await visitor();
  try {
    await page.goto(`${reactApp.url}/?now=${encodeURIComponent(AS_IT_ENDS)}`);
    await page.waitForFunction(() => document.querySelector('summit-countdown')?.getAttribute('state') === 'live');
    await page.locator('p[role="status"]').waitFor({ timeout: 5000 });
    assert.equal(await page.locator('p[role="status"]').textContent(), 'La Journée est terminée : rendez-vous l’an prochain.');
    assert.equal(await page.locator('summit-countdown').getAttribute('state'), 'ended');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the React example’s news keeps its link when campaign.json cannot be loaded', async () => {
  const { context, page } = await visitor(/campaign\.json$/);
  try {
    const failed = page.waitForEvent('requestfailed', (request) => request.url().endsWith('/campaign.json'));
    await page.goto(`${reactApp.url}/?now=${encodeURIComponent(BEFORE_THE_DAY)}`);
    await failed;
    await assertCountingFrom30Seconds(page);
    const link = page.locator('summit-news > a');
    assert.ok(await link.isVisible(), 'the news link is hidden');
    assert.equal(await link.getAttribute('href'), `${SUMMIT}/international-mountain-day/fr/`);
    assert.equal(await page.evaluate(() => document.querySelector('summit-news')!.shadowRoot!.querySelector('[part~="list"]')), null);
  } finally {
    await context.close();
  }
});

test('the HTML example counts down from its attributes with the partner script', async () => {
  const { context, page, errors } = await visitor();
  try {
    await page.goto(`${htmlPage.url}/?now=${encodeURIComponent(BEFORE_THE_DAY)}`);
    await assertCountingFrom30Seconds(page);
    assert.equal(await page.locator('summit-countdown').getAttribute('state'), 'upcoming');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the HTML example keeps its link when the partner script cannot be loaded', async () => {
  const { context, page, errors } = await visitor(/\.js$/);
  try {
    const failed = page.waitForEvent('requestfailed', (request) => request.url() === `${SUMMIT}/embed/v1/countdown.js`);
    await page.goto(`${htmlPage.url}/?now=${encodeURIComponent(BEFORE_THE_DAY)}`);
    await failed;
    const link = page.locator('summit-countdown > a');
    assert.ok(await link.isVisible(), 'the countdown link is hidden');
    assert.equal(await link.getAttribute('href'), `${SUMMIT}/international-mountain-day/fr/`);
    assert.equal(await page.evaluate(() => customElements.get('summit-countdown')), undefined);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
