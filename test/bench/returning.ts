/**
 * A visitor who comes back: a campaign page opened a second time in the same browser profile, on a slow link,
 * served with the site's `_headers` (every path `_headers` gives no `Cache-Control` keeps the host's default,
 * Netlify's `max-age=0, must-revalidate`), against the same site with every file revalidated, as a host with no
 * `_headers` serves it. The server answers a revalidation with `304` when the file's ETag matches (`serveStatic`'s
 * `revalidate`). Both servers compress text, as every production host does.
 */
import { launchChromium } from '../support/browser.js';
import { serveStatic } from '../support/static-server.js';

/** The link: a 300 ms round trip at 1.6 Mbps down, 0.75 Mbps up (Chromium's network emulation). */
export const LINK = { offline: false, latency: 300, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 };

/** A host's default for what `_headers` says nothing about. */
const HOST_DEFAULT = 'public, max-age=0, must-revalidate';

/** One second visit: when the banner was painted, and when the countdown showed its seconds, in ms from navigation. */
export interface ReturningVisit {
  lcp: number;
  live: number;
}

/**
 * Opens `page` (a path such as `/international-mountain-day/`) once, then again in the same profile on the slow
 * link, `runs` times for the site's headers and for every file revalidated, interleaved.
 */
export async function returningVisits(dist: string, page: string, runs: number): Promise<{ site: ReturningVisit[]; revalidated: ReturningVisit[] }> {
  const servers = await Promise.all([serveStatic(dist, { headers: true, gzip: true, revalidate: HOST_DEFAULT }), serveStatic(dist, { gzip: true, revalidate: HOST_DEFAULT })]);
  const browser = await launchChromium();
  const results = { site: [] as ReturningVisit[], revalidated: [] as ReturningVisit[] };
  const live = () => Boolean(document.querySelector('summit-countdown')?.shadowRoot?.querySelector('[part~="seconds"]')?.textContent);
  try {
    for (let run = 0; run < runs; run++) {
      for (const [i, key] of (['site', 'revalidated'] as const).entries()) {
        const url = `${servers[i].url}${page}`;
        const context = await browser.newContext();
        const first = await context.newPage();
        await first.goto(url);
        await first.waitForFunction(live, null, { timeout: 30_000 });
        await first.close();
        const again = await context.newPage();
        const cdp = await context.newCDPSession(again);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', LINK);
        const start = Date.now();
        await again.goto(url);
        await again.waitForFunction(live, null, { timeout: 30_000, polling: 20 });
        const shown = Date.now() - start;
        const lcp = await again.evaluate(() => new Promise<number>((resolve) => {
          new PerformanceObserver((list) => resolve(list.getEntries().at(-1)!.startTime)).observe({ type: 'largest-contentful-paint', buffered: true });
        }));
        results[key].push({ lcp, live: shown });
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => server.close()));
  }
  return results;
}
