/**
 * The shipped campaigns built by the real `vite build`, served on loopback with the headers of its
 * `_headers` file and opened in Chromium: the site as a visitor gets it. `useBuiltSite()` sets it up before
 * a test file's tests and closes it after.
 */
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { runBuild, tempDir } from './build.js';
import { writeEntries, type Entry } from './hostile.js';
import { serveStatic, type StaticServer } from './static-server.js';
import { launchChromium } from './browser.js';

export interface BuiltSite {
  /** The built folder the server serves; a test may add files to it. */
  dist: string;
  server: StaticServer;
  browser: Browser;
}

/**
 * `serverNow`: the time the server's `Date` headers say, in epoch ms, for tests that fix the browser's
 * clock (Summit's pages correct a device clock that disagrees with their server's). `campaigns`: a fixture
 * folder's files to build instead of the shipped campaigns. `tools`: a test's own scripts, served beside the site
 * (see `serveStatic`).
 */
export function useBuiltSite(options: { serverNow?: number; campaigns?: Record<string, Entry>; tools?: Record<string, string> } = {}): BuiltSite {
  const site = {} as BuiltSite;
  before(async () => {
    site.dist = path.join(await tempDir('site'), 'dist');
    let campaigns: string | undefined;
    if (options.campaigns) {
      campaigns = await tempDir('site-campaigns');
      await writeEntries(campaigns, options.campaigns);
    }
    const run = await runBuild(site.dist, campaigns ? { campaigns } : {});
    assert.equal(run.code, 0, run.stderr);
    const now = options.serverNow === undefined ? {} : { now: () => options.serverNow! };
    // With the headers the build asks hosts to send, its pages' Content-Security-Policy among them.
    site.server = await serveStatic(site.dist, { ...now, tools: options.tools, headers: true });
    site.browser = await launchChromium();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
