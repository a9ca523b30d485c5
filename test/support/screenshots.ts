/**
 * `npm run screenshots`: the built `dist/` as visitors see it, for people to look at. Every campaign in
 * English and Arabic (and the other locales with --all), narrow and wide, JavaScript on and off, into
 * `screenshots/`.
 */
import { mkdir, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from './static-server.js';
import { launchChromium } from './browser.js';

/** Every campaign in the build, whichever they are: each folder of `dist/` with a `campaign.json`. */
const SLUGS = (await readdir('dist', { withFileTypes: true }))
  .filter((e) => e.isDirectory() && existsSync(path.join('dist', e.name, 'campaign.json')))
  .map((e) => e.name)
  .sort();
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`Usage: npm run build && npm run screenshots [-- --all]

Serves dist/ and writes full-page PNGs of the directory and every campaign page to screenshots/:
English and Arabic (every locale with --all), 390 and 1280 px wide, JavaScript on and off.

Options:
  --all        every locale, not only English and Arabic
  --help, -h   this text`);
  process.exit(0);
}
const LOCALES = process.argv.includes('--all') ? ['en', 'fr', 'es', 'ar', 'zh', 'ru', 'it'] : ['en', 'ar'];
const WIDTHS = { narrow: 390, wide: 1280 };

const server = await serveStatic(path.resolve('dist'));
const browser = await launchChromium();
await mkdir('screenshots', { recursive: true });
const pages = ['', ...SLUGS.map((slug) => `${slug}/`)];
for (const pagePath of pages) {
  for (const locale of LOCALES) {
    for (const [width, px] of Object.entries(WIDTHS)) {
      for (const javaScriptEnabled of [true, false]) {
        const context = await browser.newContext({ viewport: { width: px, height: 900 }, javaScriptEnabled, timezoneId: 'Asia/Kathmandu' });
        const page = await context.newPage();
        await page.goto(`${server.url}/${pagePath}${locale === 'en' ? '' : `${locale}/`}`);
        await page.waitForLoadState('networkidle');
        const name = `${pagePath.replace(/\/$/, '') || 'directory'}-${locale}-${width}-${javaScriptEnabled ? 'js' : 'nojs'}.png`;
        await page.screenshot({ path: path.join('screenshots', name), fullPage: true });
        await context.close();
      }
    }
  }
}
await browser.close();
await server.close();
console.log(`screenshots written to screenshots/`);
