/**
 * Lighthouse's mobile profile (its default simulated throttling) on campaign pages and on plain pages of
 * the same content, all served gzip-compressed by one local server, in one Chromium.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { tempDir } from '../support/build.js';
import { serveStatic } from '../support/static-server.js';

export interface Audit {
  /** Category scores, 0–100. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Largest Contentful Paint, ms (simulated). */
  lcp: number;
  /** Cumulative Layout Shift. */
  cls: number;
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * A plain page with the same content as Summit's page `html` served at `pagePath`: its language, title,
 * description, text and banner image (the LCP element of Summit's pages), as one static document with no
 * script, no style and no component.
 */
export function referencePage(html: string, pagePath: string): string {
  const head = (pattern: RegExp) => pattern.exec(html)?.[0] ?? '';
  const htmlTag = head(/<html[^>]*>/);
  const banner = head(/<img[^>]*class="banner-image"[^>]*>/);
  if (!banner) throw new Error(`${pagePath} has no banner image to put on its reference page`);
  const src = new URL(attribute(banner, 'src')!, `http://host${pagePath}`).pathname;
  const paragraphs = html
    .replace(/<head[\s\S]*?<\/head>|<template[\s\S]*?<\/template>|<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>|<!--[\s\S]*?-->/g, '')
    .split(/<[^>]+>/)
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((text) => `<p>${text}</p>`);
  return `<!doctype html>
${htmlTag}
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${head(/<title>[\s\S]*?<\/title>/)}
${head(/<meta name="description"[^>]*>/)}
</head>
<body>
<img src="${src}" alt="${attribute(banner, 'alt') ?? ''}" width="${attribute(banner, 'width')}" height="${attribute(banner, 'height')}" style="width: 100%; height: auto">
<main>
${paragraphs.join('\n')}
</main>
</body>
</html>
`;
}

/** How long the bench's server holds the favicon: well after any page's largest paint. */
const FAVICON_DELAY_MS = 2000;

async function audit(url: string, port: number): Promise<Audit> {
  const result = await lighthouse(url, { port, logLevel: 'error', output: 'json', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${runtimeError.message}`);
  const score = (id: string) => Math.round((categories[id].score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: audits['largest-contentful-paint'].numericValue ?? NaN,
    cls: audits['cumulative-layout-shift'].numericValue ?? NaN,
  };
}

/**
 * Audits each of `pages` (paths in `dist`, such as `/csw67/`) and its plain reference `runs` times,
 * interleaved (page, its reference, next page, its reference…) so that the machine's load falls on both.
 * Returns every run of each page and of its reference.
 */
export async function lighthouseRuns(dist: string, pages: string[], runs: number): Promise<Map<string, { page: Audit[]; reference: Audit[] }>> {
  const scratch = await tempDir('bench-lighthouse');
  const root = path.join(scratch, 'site');
  await cp(dist, root, { recursive: true });
  for (const page of pages) {
    const html = await readFile(path.join(dist, page, 'index.html'), 'utf8');
    await mkdir(path.join(root, 'reference', page), { recursive: true });
    await writeFile(path.join(root, 'reference', page, 'index.html'), referencePage(html, page));
  }
  // Chromium asks for the favicon right after the load event. Lighthouse's simulation counts every request that
  // ended before the largest paint it observed, so a favicon a local server answers in a few milliseconds added
  // one simulated round trip to a page's LCP in some runs and not in others (0.76 or 0.91 s, the plain page as
  // well), by a race with the paint. Answered later, for both pages alike, it never counts, as on a real link.
  const server = await serveStatic(root, { gzip: true, late: { '/favicon.ico': FAVICON_DELAY_MS } });
  const chrome = await launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox'] });
  const results = new Map(pages.map((page) => [page, { page: [] as Audit[], reference: [] as Audit[] }]));
  try {
    for (let i = 0; i < runs; i++) {
      for (const page of pages) {
        results.get(page)!.page.push(await audit(`${server.url}${page}`, chrome.port));
        results.get(page)!.reference.push(await audit(`${server.url}/reference${page}`, chrome.port));
      }
    }
  } finally {
    chrome.kill();
    await server.close();
    await rm(scratch, { recursive: true, force: true });
  }
  return results;
}
