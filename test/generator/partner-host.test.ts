/**
 * The partner script on a page Summit does not control: another origin, a strict Content Security Policy
 * with Trusted Types, the script included twice, widgets in three languages, hostile host CSS, and data
 * that cannot be loaded.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site.js';
import { COUNTDOWN_SURFACE, snippet, type ScriptChoice, type SnippetSource } from '../../src/campaign/snippet.js';

const site = useBuiltSite();

/** The Trusted Types policy Lit creates its templates with; partners allow it by this name. */
const POLICY = 'lit-html';

/** Host CSS that reaches everything it can: inherited properties, the elements themselves, every div and link. */
const HOSTILE_CSS = `* { direction: ltr !important; box-sizing: content-box; } div, p { margin: 3rem; display: flex; } a { color: red; font-size: 2rem; }
summit-countdown, summit-banner, summit-news, summit-calendar { font: 700 2rem serif; color: lime; }`;

let host: http.Server;
let hostUrl: string;
let hostPage = '';
/** The host's `trusted-types` directive. */
let hostTrustedTypes = POLICY;

before(async () => {
  host = http.createServer((req, res) => {
    if (req.url === '/hostile.css') {
      res.writeHead(200, { 'Content-Type': 'text/css' }).end(HOSTILE_CSS);
      return;
    }
    const summit = new URL(site.server.url).origin;
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `default-src 'none'; script-src ${summit}; style-src 'self'; img-src ${summit}; connect-src ${summit}; require-trusted-types-for 'script'; trusted-types ${hostTrustedTypes}`,
    });
    res.end(hostPage);
  });
  await new Promise<void>((resolve) => host.listen(0, 'localhost', resolve));
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
});

after(async () => {
  await new Promise((resolve) => host?.close(resolve));
});

/** The script three times, as two pasted snippets have it, and once more from an older snippet's URL. */
const PASTED_TWICE = ['embed/v1/summit.js', 'embed/v1/summit.js', 'embed/summit.js'];

/**
 * A partner page: the given scripts of Summit's site (or `head`, script markup as a snippet has it), the
 * given body, and host CSS that targets everything it can.
 */
function partnerPage(body: string, scripts: string[], head?: string): string {
  const script = (file: string) => `<script type="module" src="${site.server.url}/${file}"></script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ski club</title>${head ?? scripts.map(script).join('')}
<link rel="stylesheet" href="/hostile.css"></head><body>${body}</body></html>`;
}

/**
 * Waits until `predicate` holds in the page. Playwright's own waitForFunction compiles its predicate inside
 * the page, which the host's Trusted Types policy rightly forbids; evaluate is not subject to it.
 */
async function until(page: Page, predicate: () => unknown): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await page.evaluate(predicate)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`never true: ${predicate}`);
}

/**
 * Opens a partner page with `body`. `scripts`: Summit's scripts it includes, or `head`: script markup as a
 * snippet has it; `trustedTypes`: the policies its CSP allows; `search`: the host page's query (a `?now=`
 * preview); `init`: a script that runs in the page before any other; `prepare` runs before it loads, to
 * route its requests.
 */
async function open(
  body: string,
  { scripts = PASTED_TWICE, head, trustedTypes = POLICY, search = '', init, prepare }: { scripts?: string[]; head?: string; trustedTypes?: string; search?: string; init?: () => void; prepare?: (page: Page) => Promise<void> } = {},
): Promise<{ page: Page; problems: string[]; warnings: string[]; requests: string[] }> {
  hostPage = partnerPage(body, scripts, head);
  hostTrustedTypes = trustedTypes;
  const context = await site.browser.newContext({ timezoneId: 'Europe/Rome' });
  const page = await context.newPage();
  await prepare?.(page);
  const problems: string[] = [];
  const warnings: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    // Chromium itself logs a failed request; that is the network, not a script of the page.
    if (m.text().startsWith('Failed to load resource')) return;
    if (m.type() === 'warning' && m.text().startsWith('summit:')) warnings.push(m.text());
    else if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  if (init) await page.addInitScript(init);
  await page.goto(hostUrl + search);
  return { page, problems, warnings, requests };
}

test('widgets in three languages render under a strict CSP with Trusted Types, the script loaded twice, one request per data URL', async () => {
  const data = `${site.server.url}/international-mountain-day/campaign.json`;
  const { page, problems, warnings, requests } = await open(`
    <summit-banner campaign="${data}" lang="en"><a href="https://example.org/">International Mountain Day</a></summit-banner>
    <summit-countdown campaign="${data}" lang="ar"><a href="https://example.org/">اليوم الدولي للجبال</a></summit-countdown>
    <summit-news campaign="${data}" lang="zh" limit="2"><a href="https://example.org/">新闻</a></summit-news>
    <summit-calendar campaign="${data}" lang="ar"><a href="https://example.org/">تقويم</a></summit-calendar>`);
  await until(page, () => ['summit-banner', 'summit-countdown', 'summit-news', 'summit-calendar'].every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]')));
  await until(page, () => document.querySelector('summit-countdown')?.hasAttribute('state'));
  await until(page, () => document.querySelector('summit-news')!.shadowRoot!.querySelector('[part~="list"]'));
  const report = await page.evaluate(() => {
    const base = (tag: string) => document.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    return {
      banner: base('summit-banner').innerText,
      accent: getComputedStyle(base('summit-banner')).getPropertyValue('--_campaign-accent').trim(),
      countdownDirection: getComputedStyle(base('summit-countdown')).direction,
      newsDirection: getComputedStyle(base('summit-news')).direction,
      newsItems: document.querySelector('summit-news')!.shadowRoot!.querySelectorAll('[part~="item"]').length,
    };
  });
  assert.match(report.banner, /International Mountain Day/);
  assert.equal(report.accent, '#2b6a3b', 'the campaign colour reaches the banner without an inline style attribute');
  assert.equal(report.countdownDirection, 'rtl', 'Arabic is right to left on a left-to-right page');
  assert.equal(report.newsDirection, 'ltr');
  assert.equal(report.newsItems, 2);
  assert.deepEqual(warnings, []);
  assert.equal(requests.filter((r) => r.endsWith('/campaign.json')).length, 1, 'one request for the campaign file');
  assert.equal(requests.filter((r) => r.endsWith('/v1/summit.js')).length, 1, 'the script itself once');
  assert.equal(new Set(requests).size, requests.length, 'no file twice');
  assert.deepEqual(problems, []);
  await page.context().close();
});

/**
 * Keeps `window.secondTimers`: how many timers of a second or less are pending. On a partner page only a
 * clock sets those (one per running clock: its wait for the next second).
 */
function countSecondTimers(): void {
  const pending = new Set<number>();
  const { setTimeout: set, clearTimeout: clear } = window;
  window.setTimeout = ((handler: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) => {
    const id = set((...given: unknown[]) => {
      pending.delete(id);
      handler(...given);
    }, delay, ...args);
    if (delay !== undefined && delay > 0 && delay <= 1010) pending.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    clear(id);
  }) as typeof window.clearTimeout;
  Object.defineProperty(window, 'secondTimers', { get: () => pending.size });
}

test('countdown.js, summit.js from another folder and an app that registers that copy\'s countdown under its own tag share one clock and one request', async () => {
  await cp(path.join(site.dist, 'embed/v1'), path.join(site.dist, 'embed/v1-copy'), { recursive: true });
  const data = `${site.server.url}/international-mountain-day/campaign.json`;
  const { page, problems, warnings, requests } = await open(`
    <summit-countdown campaign="${data}"><a href="https://example.org/">International Mountain Day</a></summit-countdown>
    <partner-countdown campaign="${data}"><a href="https://example.org/">International Mountain Day</a></partner-countdown>
    <summit-news campaign="${data}" limit="2"><a href="https://example.org/">News</a></summit-news>`, {
    scripts: ['embed/v1/countdown.js', 'embed/v1-copy/summit.js'],
    // Each bundle carries its own Lit, and each Lit creates its policy under the same name.
    trustedTypes: `${POLICY} 'allow-duplicates'`,
    search: '?now=2026-12-01T00:30:30Z',
    init: countSecondTimers,
  });
  // The countdown class of a third copy, as an app that bundles Summit may register it.
  await page.evaluate(async (url) => {
    const copy = (await import(url)) as { SummitCountdown: CustomElementConstructor };
    customElements.define('partner-countdown', copy.SummitCountdown);
  }, `${site.server.url}/embed/v1-copy/countdown.js`);
  await until(page, () => ['summit-countdown', 'partner-countdown'].every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="seconds"]')?.textContent));
  await until(page, () => document.querySelector('summit-news')?.shadowRoot?.querySelector('[part~="list"]'));
  const numbers = () => page.evaluate(() => ['summit-countdown', 'partner-countdown'].map((tag) => {
    const part = (name: string) => document.querySelector(tag)!.shadowRoot!.querySelector(`[part~="${name}"]`)!.textContent!.trim();
    return `${part('days')} ${part('hours')} ${part('minutes')} ${part('seconds')}`;
  }));
  assert.equal(await page.evaluate(() => (window as unknown as { secondTimers: number }).secondTimers), 1, 'one timer for every clock on the page');
  assert.equal(requests.filter((r) => r.endsWith('/campaign.json')).length, 1, 'one request for the campaign file');
  // Both show the second of the latest tick: wait for one, then read both in the same task.
  const before = (await numbers())[0];
  for (let i = 0; i < 40 && (await numbers())[0] === before; i++) await new Promise((resolve) => setTimeout(resolve, 50));
  const [first, second] = await numbers();
  assert.match(first, /^9 22 29 \d+$/, 'the preview counts from 00:30:30Z to midnight in Rome');
  assert.equal(second, first, 'both copies show the same numbers');
  assert.deepEqual(warnings, []);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('data that cannot be loaded leaves each fallback link visible, one warning per element, and no blank space', async () => {
  const { page, problems, warnings } = await open(`
    <p id="above">Above</p>
    <summit-countdown campaign="${site.server.url}/no-such-campaign/campaign.json" lang="fr"><a id="fallback" href="https://example.org/">La Journée</a></summit-countdown>
    <p id="below">Below</p>`);
  await until(page, () => document.querySelector('summit-countdown')?.shadowRoot?.querySelector('[part~="base"]'));
  await until(page, () => document.querySelector('summit-countdown')!.shadowRoot!.querySelector('.unavailable'));
  const layout = await page.evaluate(() => {
    const box = (id: string) => document.getElementById(id)!.getBoundingClientRect();
    return { fallback: box('fallback').height, gap: box('below').top - box('above').bottom, link: box('fallback').height };
  });
  assert.ok(layout.fallback > 0, 'the link is visible');
  assert.ok(layout.gap < layout.link * 4, `no blank reserved space: ${layout.gap}px between the paragraphs around a ${layout.link}px link`);
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.match(warnings[0], /summit: <summit-countdown> shows its date without a countdown; could not use .*: HTTP 404/);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('a page with one countdown downloads the countdown alone, and an element added later loads its code then', async () => {
  const data = `${site.server.url}/csw67/campaign.json`;
  const { page, problems, requests } = await open(`<summit-countdown campaign="${data}" lang="es"><a href="https://example.org/">CSW67</a></summit-countdown>`);
  await until(page, () => document.querySelector('summit-countdown')?.hasAttribute('state'));
  // The all-in-one loads each element's code from its own hashed chunk (the element alone, without Lit).
  const loaded = () => requests.flatMap((r) => /\/v1\/chunks\/(countdown|banner|news|calendar)-[\w-]+\.js$/.exec(r)?.[1] ?? []).map((name) => `${name}.js`);
  assert.deepEqual(loaded(), ['countdown.js']);
  await page.evaluate((url) => {
    const news = document.createElement('summit-news');
    news.setAttribute('campaign', url);
    document.body.append(news);
  }, data);
  await until(page, () => document.querySelector('summit-news')?.shadowRoot?.querySelector('[part~="list"]'));
  assert.deepEqual(loaded(), ['countdown.js', 'news.js']);
  assert.equal(requests.filter((r) => r.endsWith('/campaign.json')).length, 1, 'the campaign file once, for both');
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('summit.js asks for an element\'s chunk and everything that chunk imports at once, not one round trip after it', async () => {
  const chunks = path.join(site.dist, 'embed/v1/chunks');
  const element = (await readdir(chunks)).find((file) => /^countdown-[\w-]+\.js$/.test(file))!;
  const imports = [...(await readFile(path.join(chunks, element), 'utf8')).matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map(([, file]) => file);
  assert.ok(imports.length > 0, `${element} imports nothing statically`);
  // The element's chunk is answered only once every chunk it imports has been asked for. Asked for after it
  // (from its own import statements), they never are, and the countdown never starts.
  const asked = new Set<string>();
  let release!: () => void;
  const allAsked = new Promise<void>((resolve) => (release = resolve));
  const data = `${site.server.url}/csw67/campaign.json`;
  const { page, problems } = await open(`<summit-countdown campaign="${data}"><a href="https://example.org/">CSW67</a></summit-countdown>`, {
    scripts: ['embed/v1/summit.js'],
    prepare: async (page) => {
      await page.route('**/embed/v1/chunks/*.js', async (route) => {
        const file = path.posix.basename(new URL(route.request().url()).pathname);
        if (file === element) await allAsked;
        else if (imports.includes(file) && asked.add(file).size === imports.length) release();
        await route.continue();
      });
    },
  });
  await until(page, () => document.querySelector('summit-countdown')?.hasAttribute('state'));
  assert.deepEqual([...asked].sort(), [...imports].sort());
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('in a 240 px French sidebar every unit word stays inside its box, and the digits wear the campaign colour', async () => {
  const data = `${site.server.url}/international-mountain-day/campaign.json`;
  const { page, problems } = await open(`<aside id="side"><summit-countdown campaign="${data}" lang="fr"><a href="https://example.org/">La Journée</a></summit-countdown></aside>`);
  await page.setViewportSize({ width: 240 + 16, height: 800 });
  await until(page, () => document.querySelector('summit-countdown')?.hasAttribute('state'));
  const fit = await page.evaluate(() => {
    const root = document.querySelector('summit-countdown')!.shadowRoot!;
    const units = [...root.querySelectorAll<HTMLElement>('.unit')];
    return {
      width: document.querySelector('summit-countdown')!.getBoundingClientRect().width,
      overflowing: units.filter((unit) => unit.scrollWidth > unit.clientWidth).map((unit) => unit.innerText),
      digits: getComputedStyle(root.querySelector('[part~="days"]')!).color,
    };
  });
  assert.ok(fit.width <= 240, `the widget is ${fit.width}px wide`);
  assert.deepEqual(fit.overflowing, []);
  assert.equal(fit.digits, 'rgb(43, 106, 59)', 'the campaign accent #2b6a3b');
  assert.deepEqual(problems, []);
  await page.context().close();
});

/**
 * A French countdown's snippet as the embed kit writes it, from its built page, pointed at the test server:
 * the script element, and the element with its fallback link. `choice`: the kit's script (its default when
 * undefined).
 */
async function kitSnippet(choice?: ScriptChoice, accent?: string): Promise<{ script: string; element: string; file: string }> {
  const page = await (await fetch(`${site.server.url}/international-mountain-day/embed/`)).text();
  const attribute = /data-kit="([^"]*)"/.exec(page)![1].replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');
  const source = JSON.parse(attribute) as SnippetSource;
  const written = snippet(source, { tag: 'summit-countdown', lang: 'fr', script: choice, accent }).replaceAll('https://events.mountain-partnership.example', site.server.url);
  const [script, ...element] = written.split('\n');
  return { script, element: element.join('\n').replace('<a ', '<a id="fallback" '), file: new URL(/src="([^"]+)"/.exec(script)![1]).pathname };
}

test('the kit\'s default snippet loads the countdown\'s own script, one file, and its French messages: nothing of the other elements', async () => {
  const { script, element } = await kitSnippet();
  assert.equal(script, `<script type="module" src="${site.server.url}/embed/v1/countdown.js"></script>`);
  const { page, problems, warnings, requests } = await open(element, { head: script });
  await until(page, () => document.querySelector('summit-countdown')?.shadowRoot?.querySelector('[part~="seconds"]')?.textContent);
  const scripts = requests.filter((r) => r.endsWith('.js')).map((r) => r.replace(/^.*\/embed\/v1\//, '').replace(/-[\w-]+\.js$/, '-*.js'));
  assert.deepEqual(scripts, ['countdown.js', 'chunks/fr-*.js'], 'the entry, then the one locale chunk it loads');
  assert.equal(await page.evaluate(() => document.querySelector('summit-countdown')!.shadowRoot!.querySelector('[part~="pause"]')!.textContent!.trim()), 'Suspendre le compte à rebours');
  assert.deepEqual(warnings, []);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('the pinned snippet, with its integrity and a digit colour, renders the countdown on another origin under a strict CSP', async () => {
  const { script, element, file } = await kitSnippet('pinned', '#8a1c7c');
  assert.match(element, /^<summit-countdown campaign="[^"]+" lang="fr" accent="#8a1c7c">/);
  assert.match(script, /^<script type="module" src="[^"]+\/embed\/v1\/countdown\.[0-9a-f]{16}\.js" integrity="sha384-[A-Za-z0-9+/]{64}" crossorigin="anonymous"><\/script>$/);
  const { page, problems, warnings, requests } = await open(element, { head: script });
  await until(page, () => document.querySelector('summit-countdown')?.hasAttribute('state'));
  const digits = await page.evaluate(() => {
    const days = document.querySelector('summit-countdown')!.shadowRoot!.querySelector('[part~="days"]')!;
    return { text: days.textContent!.trim(), color: getComputedStyle(days).color, background: getComputedStyle(days.closest('.unit')!).backgroundColor };
  });
  assert.match(digits.text, /^\d+$/);
  assert.equal(digits.color, 'rgb(138, 28, 124)', 'the chosen colour, without an inline style attribute');
  const surface = [1, 3, 5].map((i) => parseInt(COUNTDOWN_SURFACE.slice(i, i + 2), 16)).join(', ');
  assert.equal(digits.background, `rgb(${surface})`, 'the background the kit checks a chosen colour against is the one partners get');
  assert.ok(requests.includes(file), `the pinned copy was loaded: ${requests.join(', ')}`);
  assert.ok(!requests.some((r) => /\/v1\/(summit|countdown)\.js$/.test(r)), 'not the major version’s scripts');
  assert.deepEqual(warnings, []);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('a pinned copy whose bytes were changed on the way is refused by the browser, and the fallback link stays', async () => {
  const { script, element, file } = await kitSnippet('pinned');
  const { page, problems } = await open(element, {
    head: script,
    prepare: async (page) => {
      // The same headers and the same code, with one harmless line more: only the integrity check can tell.
      await page.route(`**${file}`, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: `${await response.text()}\n;` });
      });
    },
  });
  // A module script has run, or failed, before the load event; the browser's report may reach us after it.
  await until(page, () => document.readyState === 'complete');
  for (let i = 0; i < 100 && !problems.some((p) => /integrity/i.test(p)); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  const state = await page.evaluate(() => ({
    defined: customElements.get('summit-countdown') !== undefined,
    fallback: document.getElementById('fallback')!.getBoundingClientRect().height,
  }));
  assert.equal(state.defined, false, 'the tampered script ran');
  assert.ok(state.fallback > 0, 'the fallback link is visible');
  assert.ok(problems.some((p) => /integrity/i.test(p)), `the browser reports the integrity failure: ${problems.join('\n')}`);
  await page.context().close();
});
