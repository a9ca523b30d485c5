/**
 * A partner page with one French countdown, on another origin, on a slow link: how long until its seconds show
 * with the element's own script (`embed/v1/countdown.js`, the kit's default) and with the all-in-one
 * (`embed/v1/summit.js`), each the only script of the page, interleaved. Summit's site is served with its
 * `_headers` (CORS among them) and its text compressed, as every production host serves it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchChromium } from '../support/browser.js';
import { serveStatic } from '../support/static-server.js';
import { LINK } from './returning.js';

export const PARTNER_ENTRIES = ['countdown', 'summit'] as const;
export type PartnerEntry = (typeof PARTNER_ENTRIES)[number];

/** A page of the partner's own, with the kit's snippet for a French countdown loading `entry`. */
function partnerPage(site: string, entry: PartnerEntry): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
<script type="module" src="${site}/embed/v1/${entry}.js"></script></head><body>
<summit-countdown campaign="${site}/international-mountain-day/campaign.json" lang="fr"><a href="${site}/international-mountain-day/fr/">Journée internationale de la montagne</a></summit-countdown>
</body></html>`;
}

/** Milliseconds from navigation until the countdown shows its seconds, `runs` times for each entry. */
export async function partnerVisits(dist: string, runs: number): Promise<Record<PartnerEntry, number[]>> {
  const site = await serveStatic(dist, { headers: true, gzip: true });
  const host = http.createServer((request, response) => {
    const entry = PARTNER_ENTRIES.find((name) => request.url === `/${name}`);
    if (!entry) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(partnerPage(site.url, entry));
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  const results: Record<PartnerEntry, number[]> = { countdown: [], summit: [] };
  try {
    for (let run = 0; run < runs; run++) {
      for (const entry of PARTNER_ENTRIES) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', LINK);
        const start = Date.now();
        await page.goto(`${origin}/${entry}`);
        await page.waitForFunction(() => document.querySelector('summit-countdown')?.shadowRoot?.querySelector('[part~="seconds"]')?.textContent, null, { timeout: 30_000, polling: 20 });
        results[entry].push(Date.now() - start);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => host.close(resolve));
    await site.close();
  }
  return results;
}
