import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site.js';
import { hold } from '../support/browser.js';

const site = useBuiltSite();

/** Opens a page and records every console warning or error and uncaught exception. */
async function open(options: { timezoneId?: string; javaScriptEnabled?: boolean } = {}): Promise<{ page: Page; problems: string[] }> {
  const context = await site.browser.newContext({ timezoneId: options.timezoneId ?? 'Asia/Kathmandu', javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // Chromium reports a HEAD response as aborted (it has no body) even though the page's fetch resolves.
  page.on('requestfailed', (r) => {
    if (r.method() !== 'HEAD') problems.push(`requestfailed: ${r.url()}`);
  });
  return { page, problems };
}

for (const url of ['/', '/csw67/', '/international-mountain-day/ar/', '/un-2023-water-conference/zh/']) {
  test(`the built page ${url} comes to life in Chromium with no console error and no duplicated content`, async () => {
    const { page, problems } = await open();
    // Hold the page script until the server-rendered heading is marked, to prove the live page keeps the node.
    const release = await hold(page, '**/assets/page-*.js');
    await page.goto(`${site.server.url}${url}`, { waitUntil: 'commit' });
    await page.waitForSelector('h1', { state: 'attached' });
    await page.evaluate(() => ((window as unknown as { serverHeading: Element }).serverHeading = document.querySelector('h1')!));
    release();
    await page.waitForLoadState('load');
    // Only the countdown renders again; the banner and the news keep their server-rendered shadow roots.
    await page.waitForFunction(() => [...document.querySelectorAll('summit-countdown')].every((el) => (el as { hasUpdated?: boolean }).hasUpdated));
    const report = await page.evaluate(() => ({
      sameHeading: document.querySelector('h1') === (window as unknown as { serverHeading: Element }).serverHeading,
      headings: document.querySelectorAll('h1').length,
      shadowBases: [...document.querySelectorAll('summit-countdown, summit-banner, summit-news')].map((el) => el.shadowRoot?.querySelectorAll('[part~="base"]').length ?? 0),
    }));
    assert.equal(report.headings, 1);
    assert.ok(report.sameHeading, 'the live page kept the server-rendered heading');
    assert.ok(report.shadowBases.every((n) => n === 1), `one shadow base per element, got ${report.shadowBases}`);
    assert.deepEqual(problems, []);
    await page.context().close();
  });
}

/** Records each worker the page starts, with the name it gives it, before any page script runs. */
async function recordWorkers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Native = window.Worker;
    const started: { url: string; name?: string }[] = ((window as unknown as { summitWorkers: unknown }).summitWorkers = []);
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        started.push({ url: String(url), name: options?.name });
      }
    };
  });
}

const countdownUpdated = () => [...document.querySelectorAll('summit-countdown')].every((el) => (el as { hasUpdated?: boolean }).hasUpdated);

test('the page has a worker load the browser\'s data for its language on another thread, and starts its live part once it has', async () => {
  const { page, problems } = await open();
  await recordWorkers(page);
  const release = await hold(page, '**/assets/intl-warm-*.js');
  await page.goto(`${site.server.url}/international-mountain-day/ar/`);
  // Painted, the page script running, its worker started and the live modules here: only the worker's answer is missing.
  await page.waitForFunction(() => (window as unknown as { summitWorkers: unknown[] }).summitWorkers.length > 0);
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/assets\/page-live-[\w-]+\.js$/.test(e.name) && (e as PerformanceResourceTiming).responseEnd > 0));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve)))));
  assert.equal(await page.evaluate(countdownUpdated), false, 'the live part waits for the worker');
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-started')), false);
  release();
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
  assert.ok(await page.evaluate(countdownUpdated));
  const workers = await page.evaluate(() => (window as unknown as { summitWorkers: { url: string; name?: string }[] }).summitWorkers);
  assert.equal(workers.length, 1);
  // Beside the page script, by a path relative to it: the site works under any path.
  assert.match(new URL(workers[0].url).pathname, /^\/assets\/intl-warm-[\w-]+\.js$/);
  assert.equal(new URL(workers[0].url).origin, site.server.url);
  assert.equal(workers[0].name, 'ar');
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('the page requests its script and its live code only once the page has loaded, banner included, and then all of it at once', async () => {
  const { page, problems } = await open();
  const release = await hold(page, '**/assets/banner.svg');
  const scripts = /\/assets\/(page|page-live|locales|ar)-[\w-]+\.js$/;
  const early: string[] = [];
  page.on('request', (request) => {
    if (scripts.test(request.url())) early.push(request.url());
  });
  await page.goto(`${site.server.url}/international-mountain-day/ar/`, { waitUntil: 'domcontentloaded' });
  // The page has painted its text; a slow banner keeps the link to itself.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 200)))));
  assert.deepEqual(early, [], 'scripts were requested while the banner was still loading');
  release();
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
  const timing = await page.evaluate(async () => {
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const loaded = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd;
    // The banner's paint, as the browser reported it.
    const painted = await new Promise<number>((resolve) => new PerformanceObserver((list) => resolve(list.getEntries().at(-1)!.startTime)).observe({ type: 'largest-contentful-paint', buffered: true }));
    const modules = resources.filter((e) => /\/assets\/(page|page-live|locales|ar)-[\w-]+\.js$/.test(e.name));
    return { loaded, painted, starts: modules.map((e) => e.startTime), ends: modules.map((e) => e.responseEnd) };
  });
  assert.equal(timing.starts.length, 4, 'the page script, the live code, the messages loader and the Arabic messages');
  assert.ok(Math.min(...timing.starts) >= timing.loaded, `a script was requested at ${Math.min(...timing.starts)} ms, before the page had loaded at ${timing.loaded} ms`);
  assert.ok(Math.min(...timing.starts) >= timing.painted, `a script was requested at ${Math.min(...timing.starts)} ms, before the banner was painted at ${timing.painted} ms`);
  // Side by side, not one import after another: every request starts before the first one ends.
  assert.ok(Math.max(...timing.starts) < Math.min(...timing.ends), `the scripts came one after another: ${JSON.stringify(timing)}`);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('pages run under the policy the site\'s hosting headers give them, with no violation; without the loader\'s hash a page stays as built', async () => {
  const watch = async (page: Page) => {
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { violations: string[] }).violations = []);
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
  };
  for (const url of ['/', '/csw67/', '/international-mountain-day/ar/', '/csw67/zh/embed/']) {
    const { page, problems } = await open();
    await watch(page);
    const response = await page.goto(`${site.server.url}${url}`);
    assert.match(response!.headers()['content-security-policy'] ?? '', /^script-src 'self' 'sha256-/, `${url} is served without the policy`);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'));
    assert.deepEqual(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), [], url);
    assert.deepEqual(problems, [], url);
    await page.context().close();
  }
  // The same page, served with the policy but not the loader's hash: the browser blocks the loader, and the page
  // keeps what the build wrote.
  const { page } = await open();
  await watch(page);
  await page.route('**/csw67/', async (route) => {
    const response = await route.fetch();
    const policy = response.headers()['content-security-policy'].replace(/ 'sha256-[^']+'/, '');
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
  await page.goto(`${site.server.url}/csw67/`);
  await page.waitForFunction(() => (window as unknown as { violations: string[] }).violations.length > 0);
  assert.deepEqual(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), ['script-src-elem inline']);
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-started')), false);
  await page.context().close();
});

test('a page goes live in a browser that reports no largest paint, and when its banner cannot load', async () => {
  for (const fault of ['no largest-paint reports', 'banner 404'] as const) {
    const { page } = await open();
    if (fault === 'banner 404') await page.route('**/assets/banner.svg', (route) => route.fulfill({ status: 404, body: '' }));
    else await page.addInitScript(() => Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', { get: () => ['paint', 'resource'] }));
    await page.goto(`${site.server.url}/international-mountain-day/ar/`);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-started'), null, { timeout: 10_000 });
    assert.ok(await page.evaluate(countdownUpdated), fault);
    await page.context().close();
  }
});

test('a page whose worker cannot load still goes live', async () => {
  const { page } = await open();
  await page.route('**/assets/intl-warm-*.js', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto(`${site.server.url}/csw67/fr/`);
  await page.waitForFunction(countdownUpdated);
  assert.equal(await page.locator('summit-countdown').getAttribute('data-fallback'), null);
  await page.context().close();
});

test('the countdown on the built page counts down in the visitor’s own zone for International Mountain Day', async () => {
  const { page, problems } = await open({ timezoneId: 'Pacific/Kiritimati' });
  // 23:59:30 on 10 December in Kiritimati (UTC+14), as a preview (which the server's clock does not
  // correct), on a device clock held still so the numbers can be read.
  await page.clock.setFixedTime(new Date('2026-12-10T09:59:30Z'));
  await page.goto(`${site.server.url}/international-mountain-day/?now=2026-12-10T09:59:30Z`);
  const countdown = page.locator('summit-countdown');
  await page.waitForFunction(() => document.querySelector('summit-countdown')?.getAttribute('state') === 'upcoming');
  const parts = await countdown.evaluate((el) => ['days', 'hours', 'minutes', 'seconds'].map((p) => el.shadowRoot!.querySelector(`[part~="${p}"]`)!.textContent!.trim()));
  assert.deepEqual(parts, ['0', '00', '00', '30']);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('with JavaScript off the page still shows the title, the date and the news', async () => {
  const { page } = await open({ javaScriptEnabled: false });
  await page.goto(`${site.server.url}/csw67/`);
  const text = await page.locator('main').innerText();
  assert.match(text, /CSW67/);
  assert.match(text, /6\s*–\s*17 March 2023/);
  assert.match(text, /Read more/);
  await page.context().close();
});

test('the embed kit configures one element, language and options, previews it as partners get it, and copies its snippet', async () => {
  const { page, problems } = await open();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
  await page.goto(`${site.server.url}/international-mountain-day/embed/`);
  await page.waitForFunction(() => document.querySelector('[data-preview] summit-countdown')?.getAttribute('state') === 'upcoming');
  assert.equal(await page.locator('[data-option="limit"]').isVisible(), false, 'a countdown has no item limit');
  await page.check('input[value="summit-news"]');
  await page.selectOption('select[name="lang"]', 'ar');
  await page.fill('input[name="limit"]', '2');
  await page.selectOption('select[name="heading-level"]', '3');
  await page.waitForFunction(() => document.querySelector('[data-preview] summit-news')?.shadowRoot?.querySelectorAll('[part~="item"]').length === 2);
  const preview = await page.evaluate(() => {
    const news = document.querySelector('[data-preview] summit-news')!;
    const base = news.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    return { count: document.querySelectorAll('[data-preview] > *').length, direction: getComputedStyle(base).direction, level: news.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level') };
  });
  assert.deepEqual(preview, { count: 1, direction: 'rtl', level: '3' });
  await page.locator('button[data-copy]').click();
  await page.waitForFunction(() => document.querySelector('button[data-copy]')!.textContent !== 'Copy');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(
    copied,
    '<script type="module" src="https://events.mountain-partnership.example/embed/v1/news.js"></script>\n' +
      '<summit-news campaign="https://events.mountain-partnership.example/international-mountain-day/campaign.json" lang="ar" dir="rtl" limit="2" heading-level="3">\n' +
      '  <a href="https://events.mountain-partnership.example/international-mountain-day/ar/">اليوم الدولي للجبال</a>\n' +
      '</summit-news>',
  );
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('the embed kit loads the element’s own script by default, the all-in-one or this build’s pinned countdown with its integrity on request, carries a chosen digit colour to the snippet and the preview, and says in words when a colour is refused or too faint', async () => {
  const { page, problems } = await open();
  await page.goto(`${site.server.url}/international-mountain-day/embed/`);
  const previewReady = () => page.waitForFunction(() => document.querySelector('[data-preview] summit-countdown')?.getAttribute('state') === 'upcoming');
  await previewReady();
  const code = () => page.locator('[data-snippet]').innerText();
  const note = () => page.locator('#accent-note').innerText();
  const data = 'https://events.mountain-partnership.example/international-mountain-day/campaign.json';
  assert.equal((await code()).split('\n')[0], '<script type="module" src="https://events.mountain-partnership.example/embed/v1/countdown.js"></script>', 'the element’s own script, following v1, by default');
  await page.check('input[name="script"][value="all"]');
  assert.equal((await code()).split('\n')[0], '<script type="module" src="https://events.mountain-partnership.example/embed/v1/summit.js"></script>', 'the all-in-one, for several elements on a page');

  await page.check('input[name="script"][value="pinned"]');
  await page.fill('input[name="accent"]', '#8A1C7C');
  await previewReady();
  const pinned = (await code()).split('\n');
  assert.match(pinned[0], /^<script type="module" src="https:\/\/events\.mountain-partnership\.example\/embed\/v1\/countdown\.[0-9a-f]{16}\.js" integrity="sha384-[A-Za-z0-9+/]{64}" crossorigin="anonymous"><\/script>$/);
  assert.equal(pinned[1], `<summit-countdown campaign="${data}" lang="en" accent="#8a1c7c">`);
  const preview = await page.evaluate(() => {
    const countdown = document.querySelector('[data-preview] summit-countdown')!;
    return { accent: countdown.getAttribute('accent'), digits: getComputedStyle(countdown.shadowRoot!.querySelector('[part~="days"]')!).color };
  });
  assert.deepEqual(preview, { accent: '#8a1c7c', digits: 'rgb(138, 28, 124)' }, 'the preview wears the chosen colour');
  assert.match(await note(), /^Empty: the campaign’s colour/);

  await page.fill('input[name="accent"]', 'red; background:url(x)');
  assert.match(await note(), /^Not a hex colour: .* The snippet leaves it out\.$/);
  assert.equal(await page.getAttribute('input[name="accent"]', 'aria-invalid'), 'true');
  assert.equal((await code()).split('\n')[1], `<summit-countdown campaign="${data}" lang="en">`);
  assert.equal(await page.locator('[data-preview] summit-countdown').getAttribute('accent'), null);

  await page.fill('input[name="accent"]', '#ffdd00');
  assert.match(await note(), /^Low contrast: large digits need at least 3:1 against the countdown’s background, and this colour has 1\.\d\d:1\.$/);
  assert.equal(await page.getAttribute('input[name="accent"]', 'aria-invalid'), 'false');
  assert.equal((await code()).split('\n')[1], `<summit-countdown campaign="${data}" lang="en" accent="#ffdd00">`, 'a faint colour is the partner’s choice, warned about, not refused');

  await page.check('input[value="summit-news"]');
  assert.equal(await page.locator('[data-option="accent"]').isVisible(), false, 'the news takes no digit colour');
  assert.match((await code()).split('\n')[0], /\/embed\/v1\/news\.[0-9a-f]{16}\.js" integrity="sha384-/, 'the news element’s own pinned copy');
  assert.doesNotMatch(await code(), /accent=/);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('the embed kit\'s copy button has its room before the page script shows it, so nothing below the snippet moves', async () => {
  const { page, problems } = await open();
  const release = await hold(page, '**/assets/page-*.js');
  await page.goto(`${site.server.url}/international-mountain-day/embed/`, { waitUntil: 'commit' });
  const copy = page.locator('button[data-copy]');
  await copy.waitFor({ state: 'attached' });
  await page.waitForFunction(() => document.readyState === 'complete');
  const snippet = () => page.locator('section[aria-labelledby="snippet-heading"]').evaluate((s) => Math.round(s.getBoundingClientRect().height));
  const before = await snippet();
  assert.equal(await copy.isVisible(), false, 'no button that does nothing yet');
  release();
  await copy.waitFor({ state: 'visible' });
  assert.equal(await snippet(), before);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('without JavaScript the embed kit shows the countdown\'s snippet, ready to copy by hand', async () => {
  const { page } = await open({ javaScriptEnabled: false });
  await page.goto(`${site.server.url}/international-mountain-day/embed/`);
  const code = await page.locator('[data-snippet]').innerText();
  assert.equal(code.split('\n')[0], '<script type="module" src="https://events.mountain-partnership.example/embed/v1/countdown.js"></script>');
  assert.match(code, /<summit-countdown campaign="https:\/\/events\.mountain-partnership\.example\/international-mountain-day\/campaign\.json" lang="en">/);
  await page.context().close();
});

test('the share links fit a 320 px phone in Arabic, right to left, and the Share… button shows only where the browser can share', async () => {
  const { page, problems } = await open();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`${site.server.url}/csw67/ar/`);
  await page.waitForLoadState('load');
  const layout = await page.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('.share-links a')].map((a) => a.getBoundingClientRect());
    return {
      pageWidth: document.documentElement.scrollWidth,
      links: links.map((r) => ({ left: r.left, right: r.right, top: r.top, height: r.height })),
      canShare: typeof navigator.share === 'function',
      buttonHidden: document.querySelector<HTMLButtonElement>('button[data-share]')!.hidden,
    };
  });
  assert.equal(layout.pageWidth, 320, 'nothing overflows the phone');
  assert.equal(layout.links.length, 6);
  assert.ok(layout.links.every((r) => r.left >= 0 && r.right <= 320 && r.height >= 24), JSON.stringify(layout.links));
  assert.ok(layout.links[0].right > layout.links[1].right && layout.links[0].top === layout.links[1].top, 'the first link is at the right, in the reading order of Arabic');
  assert.equal(layout.buttonHidden, !layout.canShare);
  assert.deepEqual(problems, []);
  await page.context().close();
});

for (const timezoneId of ['UTC', 'America/New_York']) {
  test(`a phone in ${timezoneId}: the countdown's local-time line has its room before the page script runs, so nothing below it moves`, async () => {
    for (const url of ['/csw67/es/', '/un-2023-water-conference/ru/', '/un-2023-water-conference/ar/']) {
      for (const width of [320, 360]) {
        const { page, problems } = await open({ timezoneId });
        await page.setViewportSize({ width, height: 740 });
        const release = await hold(page, '**/assets/page-*.js');
        await page.goto(`${site.server.url}${url}`, { waitUntil: 'load' });
        const below = () => page.evaluate(() => {
          const countdown = document.querySelector('summit-countdown')!;
          return { countdown: Math.round(countdown.getBoundingClientRect().height), facts: Math.round(document.querySelector('.facts')!.getBoundingClientRect().top) };
        });
        const built = await below();
        release();
        await page.waitForFunction(countdownUpdated);
        const line = page.locator('summit-countdown [part="local-time"]');
        assert.match(await line.innerText(), /\d/, `${url} at ${width} px: the visitor's line is written`);
        assert.deepEqual(await below(), built, `${url} at ${width} px`);
        assert.deepEqual(problems, []);
        await page.context().close();
      }
    }
  });
}
