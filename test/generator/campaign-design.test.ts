/**
 * The campaign page as a visitor meets it, in Chromium on a real build: the hero's one primary action
 * follows the event (add to calendar, watch live, the recording), the calendar menu works by keyboard and
 * pointer, tap targets are big enough, the dark scheme keeps its contrast, and a countdown whose script
 * fails gives its room back.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { SITE_YAML } from '../support/build.js';
import { useBuiltSite } from '../support/built-site.js';
import { contrastRatio } from '../../src/campaign/contrast.js';

const CAMPAIGN = `name: Water Dialogue
description: A dialogue on water between governments, cities and the people who live downstream.
time-zone: America/New_York
start: 2027-03-22T10:00
end: 2027-03-22T13:00
organiser:
  name: UN-Water
links:
  website: https://example.org/
  webcast: https://example.org/live
  recording: https://example.org/recording
colors:
  accent: "#2b6a3b"
  text: "#1b2a1f"
  background: "#ffffff"
`;

const BEFORE = '2027-03-01T12:00:00Z';
const DURING = '2027-03-22T15:00:00Z';
const AFTER = '2027-03-25T12:00:00Z';

const site = useBuiltSite({ campaigns: { 'site.yaml': SITE_YAML, 'water-dialogue/campaign.yaml': CAMPAIGN } });

async function open(now: string, options: { width?: number; colorScheme?: 'light' | 'dark'; blockLive?: boolean } = {}): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.colorScheme ?? 'light', timezoneId: 'Asia/Kathmandu' });
  const page = await context.newPage();
  if (options.blockLive) await page.route(/page-live-[^/]*\.js$/, (route) => route.abort());
  await page.goto(`${site.server.url}/water-dialogue/?now=${encodeURIComponent(now)}`);
  if (!options.blockLive) await page.waitForFunction(() => document.querySelector('summit-countdown')?.hasAttribute('state'));
  return page;
}

/** The visible primary actions of the hero, by their text. */
function primaryActions(page: Page): Promise<string[]> {
  return page.$$eval('.hero-actions :is(summary, a.button)', (els) => els.filter((el) => el.checkVisibility()).map((el) => (el as HTMLElement).innerText.trim()));
}

test('the hero has one primary action that follows the event: calendar before, webcast during, recording after', async () => {
  const expected: [string, string[]][] = [[BEFORE, ['Add to calendar']], [DURING, ['Watch live']], [AFTER, ['Watch the recording']]];
  for (const [now, actions] of expected) {
    const page = await open(now);
    assert.deepEqual(await primaryActions(page), actions, now);
    // It is the first control in the page's main content, in the order a keyboard reaches them.
    const first = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main :is(a[href], button:not([disabled]), summary)')].find((el) => el.checkVisibility())!.innerText.trim(),
    );
    assert.equal(first, actions[0], `first focus at ${now}`);
    await page.context().close();
  }
});

test('the date is in large type in the hero', async () => {
  const page = await open(BEFORE, { width: 390 });
  const date = page.locator('.hero-date:visible');
  assert.match(await date.innerText(), /22 March 2027/);
  const size = await date.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(size >= 22, `date font size ${size}px`);
  await page.context().close();
});

test('add to calendar is one menu: Enter opens it, its links are 44 px targets, Escape closes it and returns focus', async () => {
  const page = await open(BEFORE, { width: 390 });
  const summary = page.locator('.calendar-menu summary:visible');
  await summary.focus();
  await page.keyboard.press('Enter');
  const links = page.locator('.calendar-menu[open] .calendar-links a');
  assert.equal(await links.count(), 5);
  for (const box of await links.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
    assert.ok(box.height >= 44, `link height ${box.height}`);
    assert.ok(box.left >= 0 && box.right <= 390, `link inside a 390 px screen: ${box.left}–${box.right}`);
  }
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.calendar-menu[open]').count(), 0, 'closed by Escape');
  assert.equal(await page.evaluate(() => document.activeElement?.localName), 'summary', 'focus back on the button');
  await summary.click();
  await page.locator('h2').first().click();
  assert.equal(await page.locator('.calendar-menu[open]').count(), 0, 'closed by a click elsewhere');
  await page.context().close();
});

test('every link and button outside running text is at least 24 px tall, primary actions 44 px', async () => {
  const page = await open(BEFORE, { width: 390 });
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a, button, summary')]
      .filter((el) => el.checkVisibility() && !el.closest('p:not(.hero-actions p), dd, dt'))
      .map((el) => ({ text: el.innerText.trim(), height: el.getBoundingClientRect().height, primary: el.matches('.button, summary') }))
      .filter(({ height, primary }) => height < (primary ? 44 : 24)),
  );
  assert.deepEqual(small, []);
  await page.context().close();
});

test('the dark scheme is dark, keeps 4.5:1 for text and links, and leaves the banner text light', async () => {
  const page = await open(BEFORE, { colorScheme: 'dark' });
  const colours = await page.evaluate(() => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    return {
      background: style('body').backgroundColor,
      text: style('body').color,
      link: style('footer a').color,
      heading: style('summit-banner h1').color,
    };
  });
  const hex = (rgb: string) => `#${rgb.match(/\d+/g)!.slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
  assert.ok(contrastRatio(hex(colours.background), '#000000') < 2, `dark background: ${colours.background}`);
  assert.ok(contrastRatio(hex(colours.text), hex(colours.background)) >= 4.5, JSON.stringify(colours));
  assert.ok(contrastRatio(hex(colours.link), hex(colours.background)) >= 4.5, JSON.stringify(colours));
  assert.equal(hex(colours.heading), '#ffffff', 'banner text stays white on its overlay');
  await page.context().close();
});

test('a countdown whose live script cannot load gives its reserved room back, and the date stays', async () => {
  const reserved = await open(BEFORE);
  const full = await reserved.locator('summit-countdown').evaluate((el) => el.getBoundingClientRect().height);
  await reserved.context().close();
  const page = await open(BEFORE, { blockLive: true });
  await page.waitForFunction(() => document.querySelector('summit-countdown')?.hasAttribute('data-fallback'));
  const collapsed = await page.locator('summit-countdown').evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(full > 80 && collapsed < 30, `countdown ${full}px when live, ${collapsed}px without its script`);
  assert.match(await page.locator('.hero-date:visible').innerText(), /22 March 2027/);
  await page.context().close();
});
