import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site.js';
import { shippedSlugs } from '../support/build.js';

/** The shipped campaigns, whichever they are today: each new one is checked as soon as it is added. */
const SLUGS = await shippedSlugs();
const LOCALES = ['en', 'fr', 'es', 'ar', 'zh', 'ru', 'it'];
/** axe-core, served beside the site and cached, so a browser that checks many pages compiles it once. */
const AXE = '/.test/axe.min.js';
/** 5 December 2026: International Mountain Day is upcoming, the 2023 conferences are over. */
const VISIT = new Date('2026-12-05T12:00:00Z');

const site = useBuiltSite({ serverNow: VISIT.getTime(), tools: { [AXE]: createRequire(import.meta.url).resolve('axe-core/axe.min.js') } });
/** Per locale, the English interface strings that its translation does not also contain. */
const englishFragments = new Map<string, string[]>();

before(async () => {
  // Every English interface string, from the translators' files, split around its placeholders; a word
  // the translation itself keeps (Italian "Online") is not a leak.
  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    const xliff = await readFile(`src/i18n/xliff/${locale}.xlf`, 'utf8');
    const units = [...xliff.matchAll(/<source>(.*?)<\/source>\s*<target>(.*?)<\/target>/gs)];
    englishFragments.set(
      locale,
      units.flatMap(([, source, target]) =>
        source
          .split(/<x [^>]*\/>/)
          .map((fragment) => fragment.trim().replace(/^[,.:·()]\s*/, '').replace(/\s*[·()]$/, ''))
          .filter((fragment) => fragment.length >= 4 && !target.includes(fragment)),
      ),
    );
  }
});

/** Opens a page as a visitor in São Paulo on VISIT; `requests` collects the address of everything it asks for. */
async function visit(url: string, javaScriptEnabled = true, colorScheme: 'light' | 'dark' = 'light', requests: string[] = []): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled, timezoneId: 'America/Sao_Paulo', colorScheme });
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  await page.clock.setFixedTime(VISIT);
  await open(page, url, javaScriptEnabled);
  return page;
}

/** Goes to `url` in `page` and, with JavaScript, waits until the page is live. */
async function open(page: Page, url: string, javaScriptEnabled = true): Promise<void> {
  await page.goto(`${site.server.url}${url}`);
  if (javaScriptEnabled) {
    // The page's script has decided its blocks; the countdown renders over its server-rendered shadow root;
    // partner previews (with `campaign`) render; the rest keep their server-rendered shadow roots.
    await page.waitForFunction(() =>
      document.documentElement.hasAttribute('data-started') &&
      [...document.querySelectorAll('summit-countdown, summit-banner, summit-news, summit-calendar')]
        .filter((el) => el.localName === 'summit-countdown' || el.hasAttribute('campaign'))
        .every((el) => (el as { hasUpdated?: boolean }).hasUpdated),
    );
  }
}

/** All text a visitor or a screen reader meets: text nodes and names, shadow roots included. */
function allText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walk = (root: Node) => {
      for (const node of root.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
        if (node instanceof Element) {
          if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) continue;
          for (const name of ['aria-label', 'alt', 'title']) if (node.getAttribute(name)) parts.push(node.getAttribute(name)!);
          if (node.shadowRoot) walk(node.shadowRoot);
          walk(node);
        }
      }
    };
    walk(document.documentElement);
    return parts.join(' ').replace(/\s+/g, ' ');
  });
}

const pages = [...LOCALES.map((l) => (l === 'en' ? '/' : `/${l}/`)), ...SLUGS.flatMap((slug) => LOCALES.map((l) => `/${slug}/${l === 'en' ? '' : `${l}/`}`))];

/** Every page the site lists in its sitemap, as paths on the test server: whatever campaigns/ holds. */
async function sitemapPages(): Promise<string[]> {
  const xml = await (await fetch(`${site.server.url}/sitemap.xml`)).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc).pathname);
}

/** axe's WCAG 2.2 AA and best-practice rules on the page as it stands, as `rule (count)` lines. */
async function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

/** Pages checked at once: enough to keep both cores busy while one page waits on the other. */
const AT_ONCE = 3;

/**
 * Opens each of `urls` live and runs `check` on it, `AT_ONCE` at a time. Each of those is one visitor going
 * from page to page in light mode, as a browser context is slow to open; `requested` is what the page asked for.
 */
async function eachPage(urls: string[], check: (page: Page, url: string, requested: string[]) => Promise<void>): Promise<void> {
  const queue = [...urls];
  const visitor = async () => {
    const context = await site.browser.newContext({ timezoneId: 'America/Sao_Paulo' });
    await context.clock.setFixedTime(VISIT);
    const page = await context.newPage();
    let requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      requested = [];
      await page.emulateMedia({ colorScheme: 'light' });
      await open(page, url);
      await check(page, url, requested);
    }
    await context.close();
  };
  await Promise.all(Array.from({ length: AT_ONCE }, visitor));
}

test('every page in the sitemap has zero axe violations once live, in light and dark schemes, and asks no other origin for anything', async () => {
  const failures: string[] = [];
  const listed = await sitemapPages();
  assert.ok(listed.length >= pages.length, `the sitemap lists ${listed.length} pages`);
  await eachPage(listed, async (page, url, requested) => {
    const elsewhere = requested.filter((address) => new URL(address).origin !== new URL(site.server.url).origin);
    if (elsewhere.length) failures.push(`${url}: requested ${elsewhere.join(', ')}`);
    await page.addScriptTag({ url: AXE });
    for (const scheme of ['light', 'dark'] as const) {
      // The same page in the other scheme: the colours follow prefers-color-scheme without a reload.
      await page.emulateMedia({ colorScheme: scheme });
      const violations = await axeViolations(page);
      if (violations.length) failures.push(`${url} (${scheme}): ${violations.join(', ')}`);
    }
  });
  assert.deepEqual(failures.sort(), []);
});

test('no English interface word appears on a page in another language, shadow roots and names included', async () => {
  const failures: string[] = [];
  await eachPage(pages.filter((u) => LOCALES.some((l) => l !== 'en' && u.endsWith(`/${l}/`))), async (page, url) => {
    const locale = url.split('/').at(-2)!;
    const text = await allText(page);
    const found = englishFragments.get(locale)!.filter((fragment) => text.includes(fragment));
    if (found.length) failures.push(`${url}: ${found.join(' | ')}`);
  });
  assert.deepEqual(failures.sort(), []);
});

test('the live page changes no text the server rendered', async () => {
  const lightText = (page: Page) => page.evaluate(() => document.body.textContent!.replace(/\s+/g, ' '));
  for (const url of ['/csw67/ar/', '/international-mountain-day/zh/', '/un-2023-water-conference/ru/', '/fr/']) {
    const unscripted = await visit(url, false);
    const rendered = await lightText(unscripted);
    await unscripted.context().close();
    const live = await visit(url);
    assert.equal(await lightText(live), rendered, url);
    await live.context().close();
  }
});
