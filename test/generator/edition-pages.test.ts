/**
 * Past editions of a yearly campaign: once a year is over, `<slug>/<year>/` in every locale keeps its
 * theme, banner, date, sessions with their recordings and its own news, linked from the campaign page,
 * listed in the sitemap and served by `npm run dev`. Checked on a real build of a fixture campaign, and
 * in Chromium on the shipped International Mountain Day.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createServer } from 'vite';
import type { Page } from 'playwright-core';
import { runBuild, SITE_YAML, tempDir, TEST_EPOCH, writeTree } from '../support/build.js';
import { useBuiltSite } from '../support/built-site.js';
import { visibleLinks, visibleText } from '../support/visible.js';

/** axe, served beside the site: the pages' policy runs scripts from the site only. */
const AXE = '/.test/axe.min.js';
const SITE = 'https://events.example.org';
const BANNER = (fill: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="400" viewBox="0 0 1200 400"><rect width="1200" height="400" fill="${fill}"/></svg>\n`;

/**
 * Peak Day, every 5 June, built on 27 November 2026 (TEST_EPOCH): 2023 and 2024 are over, 2024 with a
 * banner of its own; 2027's theme and news are announced but it has not happened.
 */
const CAMPAIGNS = {
  'site.yaml': SITE_YAML,
  'peak-day/assets/banner.svg': BANNER('#2b6a3b'),
  'peak-day/assets/2024.svg': BANNER('#1b4a28'),
  'peak-day/campaign.yaml': `name:
  en: Peak Day
  fr: Journée des sommets
  ar: يوم القمم
description: A day for the mountain peaks and the people who live below them.
locales: [en, fr, ar]
time-zone: local
start: 2023-06-05
recurrence: yearly
organiser:
  name: Mountain Partnership
banner:
  image: assets/banner.svg
news:
  - id: peak-day-every-year
    date: 2026-01-15
    title: Peak Day comes back every 5 June
    link: https://example.org/news/every-year
editions:
  "2023":
    theme:
      en: Peaks and water
      fr: Les sommets et l'eau
      ar: القمم والمياه
    sessions:
      - name: Peaks and water panel
        start: 2023-06-05T10:00
        end: 2023-06-05T11:30
        time-zone: Europe/Rome
        venue:
          name: FAO headquarters
          city: Rome
        recording: https://example.org/recordings/panel-2023
    news:
      - id: peak-2023-report
        date: 2023-06-06
        title: What the 2023 panel said
        link: https://example.org/news/report-2023
  "2024":
    theme:
      en: Peaks and people
      fr: Les sommets et les gens
      ar: القمم والناس
    banner:
      image: assets/2024.svg
    sessions:
      - name: Peaks and people webinar
        start: 2024-06-05T15:00
        end: 2024-06-05T16:00
        time-zone: America/Lima
        online: https://example.org/join/webinar-2024
        recording: https://example.org/recordings/webinar-2024
    news:
      - id: peak-2024-photos
        date: 2024-06-07
        title: Photos of Peak Day 2024
        link: https://example.org/news/photos-2024
  "2027":
    theme: Peaks ahead
    news:
      - id: peak-2027-call
        date: 2026-11-01
        title: Call for Peak Day 2027 events
        link: https://example.org/news/call-2027
`,
};

const LOCALES = ['en', 'fr', 'ar'] as const;
const prefix = (locale: string) => (locale === 'en' ? '' : `${locale}/`);

/** What each past year's page must show, and never the other years'. */
const YEARS = {
  2023: {
    theme: { en: 'Peaks and water', fr: "Les sommets et l'eau", ar: 'القمم والمياه' },
    session: 'Peaks and water panel',
    recording: 'https://example.org/recordings/panel-2023',
    venue: 'FAO headquarters, Rome',
    news: 'What the 2023 panel said',
    banner: 'assets/banner.svg',
    date: '2023-06-05',
  },
  2024: {
    theme: { en: 'Peaks and people', fr: 'Les sommets et les gens', ar: 'القمم والناس' },
    session: 'Peaks and people webinar',
    recording: 'https://example.org/recordings/webinar-2024',
    venue: undefined,
    news: 'Photos of Peak Day 2024',
    banner: 'assets/2024.svg',
    date: '2024-06-05',
  },
} as const;
const NOT_EDITION_NEWS = ['Peak Day comes back every 5 June', 'Call for Peak Day 2027 events'];

describe('a fixture yearly campaign built after two of its years', () => {
  let dist: string;
  let campaigns: string;
  const read = (file: string) => readFile(path.join(dist, file), 'utf8');
  const exists = (file: string) => stat(path.join(dist, file)).then(() => true, () => false);

  before(async () => {
    campaigns = await tempDir('editions-campaigns');
    await writeTree(campaigns, CAMPAIGNS);
    dist = path.join(await tempDir('editions'), 'dist');
    const run = await runBuild(dist, { campaigns });
    assert.equal(run.code, 0, run.stderr);
  });

  test('each past year has a page in each locale, and a year not yet over has none', async () => {
    for (const locale of LOCALES) {
      for (const year of [2023, 2024]) assert.ok(await exists(`peak-day/${prefix(locale)}${year}/index.html`), `${locale} ${year}`);
      for (const year of [2025, 2026, 2027]) assert.equal(await exists(`peak-day/${prefix(locale)}${year}/index.html`), false, `${locale} ${year}`);
    }
  });

  for (const [year, truth] of Object.entries(YEARS)) {
    const others = Object.entries(YEARS).filter(([y]) => y !== year).map(([, t]) => t);
    test(`the ${year} page shows that year's theme, date, banner, sessions, recordings and news, and no other year's`, async () => {
      for (const locale of LOCALES) {
        const file = `peak-day/${prefix(locale)}${year}/index.html`;
        const html = (await read(file)).replace(/<!--[^>]*-->/g, '');
        const text = visibleText(html);
        const links = visibleLinks(html);
        assert.match(html, new RegExp(`<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">`), file);
        assert.ok(html.includes(`<h1>${{ en: 'Peak Day', fr: 'Journée des sommets', ar: 'يوم القمم' }[locale]} ${year}</h1>`), `${file}: heading`);
        assert.ok(text.includes(truth.theme[locale]), `${file}: theme`);
        assert.match(html, new RegExp(`<time datetime="${truth.date}">`), `${file}: the date`);
        assert.ok(html.includes(`src="../../${locale === 'en' ? '' : '../'}peak-day/${truth.banner}"`), `${file}: banner ${truth.banner}`);
        assert.ok(text.includes(truth.session), `${file}: session`);
        if (truth.venue) assert.ok(text.includes(truth.venue), `${file}: venue`);
        assert.ok(links.some((l) => l.endsWith(` → ${truth.recording}`)), `${file}: the recording is a visible link`);
        assert.ok(!links.some((l) => l.includes('/join/')), `${file}: no join link once it is over`);
        assert.ok(text.includes(truth.news), `${file}: its news`);
        for (const other of others) {
          assert.ok(!text.includes(other.session) && !text.includes(other.news) && !text.includes(other.theme[locale]), `${file}: nothing of another year`);
        }
        for (const news of NOT_EDITION_NEWS) assert.ok(!text.includes(news), `${file}: not "${news}"`);
        assert.ok(links.some((l) => l.endsWith(` → ${locale === 'en' ? '../../' : '../../../'}peak-day/${prefix(locale)}`)), `${file}: a link back to the campaign page`);
        assert.ok(!html.includes('data-schedule') && !html.includes('<summit-countdown'), `${file}: static, no countdown`);
      }
    });
  }

  test('an edition page has its canonical URL, hreflang alternates to the same year, a language switcher to it, and its year\'s Event', async () => {
    const html = await read('peak-day/ar/2023/index.html');
    assert.ok(html.includes(`<link rel="canonical" href="${SITE}/peak-day/ar/2023/">`));
    for (const locale of LOCALES) assert.ok(html.includes(`<link rel="alternate" hreflang="${locale}" href="${SITE}/peak-day/${prefix(locale)}2023/">`), locale);
    assert.ok(html.includes(`<link rel="alternate" hreflang="x-default" href="${SITE}/peak-day/2023/">`));
    assert.ok(html.includes(`<meta property="og:url" content="${SITE}/peak-day/ar/2023/">`));
    const switcher = visibleLinks(html).filter((l) => /→ \.\.\/\.\.\/\.\.\/peak-day\/(fr\/|ar\/)?2023\/$/.test(l));
    assert.equal(switcher.length, 3, 'English, French and Arabic, each the 2023 page');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]);
    assert.equal(jsonLd['@type'], 'Event');
    assert.equal(jsonLd.startDate, '2023-06-05');
    assert.equal(jsonLd.url, `${SITE}/peak-day/ar/2023/`);
    assert.deepEqual(jsonLd.subEvent.map((s: { startDate: string }) => s.startDate), ['2023-06-05T10:00:00+02:00']);
  });

  test('the campaign page links each past year, newest first, with its theme, in its own language', async () => {
    for (const locale of LOCALES) {
      const links = visibleLinks(await read(`peak-day/${prefix(locale)}index.html`));
      const root = locale === 'en' ? '../' : '../../';
      const past = links.filter((l) => /\/(2023|2024)\/$/.test(l));
      assert.deepEqual(past, [
        `2024 : ${YEARS[2024].theme[locale]} → ${root}peak-day/${prefix(locale)}2024/`,
        `2023 : ${YEARS[2023].theme[locale]} → ${root}peak-day/${prefix(locale)}2023/`,
      ], locale);
    }
  });

  test('campaign.json says which edition each news item was listed under', async () => {
    const campaign = JSON.parse(await read('peak-day/campaign.json'));
    const editions = Object.fromEntries(campaign.news.map((n: { id: string; edition?: number }) => [n.id, n.edition]));
    assert.deepEqual(editions, { 'peak-2023-report': 2023, 'peak-2024-photos': 2024, 'peak-2027-call': 2027, 'peak-day-every-year': undefined });
    assert.equal(campaign.version, 2);
  });

  test('the sitemap lists every past year in every locale, each with its language alternates', async () => {
    const sitemap = await read('sitemap.xml');
    const entries = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map(([, loc, links]) => ({ loc, links }));
    for (const year of [2023, 2024]) {
      for (const locale of LOCALES) {
        const entry = entries.find((e) => e.loc === `${SITE}/peak-day/${prefix(locale)}${year}/`);
        assert.ok(entry, `${locale} ${year}`);
        for (const other of LOCALES) assert.ok(entry.links.includes(`hreflang="${other}" href="${SITE}/peak-day/${prefix(other)}${year}/"`), `${locale} ${year} → ${other}`);
        assert.ok(entry.links.includes(`hreflang="x-default" href="${SITE}/peak-day/${year}/"`));
      }
    }
    assert.ok(!entries.some((e) => /\/(2025|2026|2027)\/$/.test(e.loc)));
  });

  test('npm run dev serves the edition pages as the build writes them', async () => {
    process.env.SUMMIT_CAMPAIGNS = campaigns;
    process.env.SOURCE_DATE_EPOCH = TEST_EPOCH;
    const server = await createServer({ configFile: 'vite.config.ts', logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
    try {
      await server.listen();
      const base = server.resolvedUrls!.local[0].replace(/\/$/, '');
      for (const url of ['/peak-day/2023/', '/peak-day/ar/2024/']) {
        const response = await fetch(`${base}${url}`);
        assert.equal(response.status, 200, url);
        assert.ok(visibleText(await response.text()).includes(url.includes('2023') ? 'Peaks and water' : 'القمم والناس'), url);
      }
      assert.equal((await fetch(`${base}/peak-day/2027/`)).status, 404, 'a year not over has no page');
    } finally {
      await server.close();
      delete process.env.SUMMIT_CAMPAIGNS;
      delete process.env.SOURCE_DATE_EPOCH;
    }
  });
});

describe('International Mountain Day 2023 in Chromium', () => {
  /** 5 December 2026: the campaign page is about the coming Day; 2023 is long over. */
  const VISIT = new Date('2026-12-05T12:00:00Z');
  const site = useBuiltSite({ serverNow: VISIT.getTime(), tools: { [AXE]: createRequire(import.meta.url).resolve('axe-core/axe.min.js') } });

  async function open(url: string): Promise<Page> {
    const context = await site.browser.newContext({ timezoneId: 'America/Sao_Paulo' });
    const page = await context.newPage();
    await page.clock.setFixedTime(VISIT);
    await page.goto(`${site.server.url}${url}`);
    return page;
  }

  async function axeViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ url: AXE });
    return page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
  }

  const cases = [
    { locale: 'en', campaign: '/international-mountain-day/', heading: 'International Mountain Day 2023', theme: 'Restoring mountain ecosystems', dir: 'ltr' },
    { locale: 'ar', campaign: '/international-mountain-day/ar/', heading: 'اليوم الدولي للجبال 2023', theme: 'استعادة النظم الإيكولوجية الجبلية', dir: 'rtl' },
  ];

  for (const { locale, campaign, heading, theme, dir } of cases) {
    test(`in ${locale}, the campaign page's link to 2023 leads to that year's page, which has no axe violations`, async () => {
      const page = await open(campaign);
      await page.locator('section:not([hidden]) .past a', { hasText: '2023' }).click();
      await page.waitForURL(`**${campaign}2023/`);
      assert.equal(await page.locator('html').getAttribute('dir'), dir);
      assert.equal(await page.locator('html').getAttribute('lang'), locale);
      assert.equal((await page.locator('h1').innerText()).trim(), heading);
      assert.ok((await page.locator('summit-banner').innerText()).includes(theme));
      assert.equal(await page.locator('.sessions > li').count(), 2, 'the Day\'s two sessions of 2023');
      assert.equal(await page.locator('.news-list > li').count(), 2, 'the two news items listed under 2023');
      assert.deepEqual(await axeViolations(page), []);
      await page.context().close();
    });
  }

  test('every locale\'s 2023 page has zero axe violations', async () => {
    const failures: string[] = [];
    for (const locale of ['fr', 'es', 'zh', 'ru', 'it']) {
      const page = await open(`/international-mountain-day/${locale}/2023/`);
      const violations = await axeViolations(page);
      if (violations.length) failures.push(`${locale}: ${violations.join(', ')}`);
      await page.context().close();
    }
    assert.deepEqual(failures, []);
  });
});
