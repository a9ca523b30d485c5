/**
 * Campaigns rendered in worker threads: the same files, byte for byte, as on the build's own thread, in a real
 * build as in the pool alone; a failed render is the build's error; the pool starts only for a big build.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, utimes } from 'node:fs/promises';
import path from 'node:path';
import { loadCampaigns } from '../../src/generator/load.js';
import { siteInfo } from '../../src/generator/pages/page.js';
import { campaignFiles } from '../../src/generator/campaign-files.js';
import { RenderPool } from '../../src/generator/render-pool.js';
import { RENDER_POOL_FROM } from '../../src/generator/site.js';
import { formatError } from '../../src/generator/errors.js';
import type { Campaign } from '../../src/campaign/model.js';
import { runBuild, SITE_YAML, TEST_EPOCH, tempDir, threeLanguageCampaign, treeHashes, writeTree } from '../support/build.js';

const NOW = Number(TEST_EPOCH) * 1000;

async function fixture(count: number): Promise<string> {
  const root = await tempDir('render-pool');
  await writeTree(root, Object.fromEntries([['site.yaml', SITE_YAML], ...Array.from({ length: count }, (_, n) => [`water-${n}/campaign.yaml`, threeLanguageCampaign(` ${n}`)])]));
  return root;
}

const ASSETS = { script: 'assets/page.js', kit: 'assets/kit.js', embed: 'embed/v1/summit.js', favicon: 'favicon.ico' };

test('a worker renders each campaign to exactly the files the build\'s own thread does, and a failed render rejects with its error', async () => {
  const root = await fixture(3);
  const { campaigns, site, errors } = await loadCampaigns(root, NOW, (f) => path.relative(root, f));
  assert.deepEqual(errors.map(formatError), []);
  const context = { site: siteInfo(site!), assets: ASSETS, now: NOW, sequences: { 'water-1@events.example.org': 3 } };
  const pool = await RenderPool.start(2);
  try {
    const rendered = await Promise.all(campaigns.map((campaign) => pool.render(campaign, context)));
    for (const [i, campaign] of campaigns.entries()) {
      const own = await campaignFiles(campaign, context);
      assert.ok(own.some((file) => file.file === `${campaign.slug}/ar/index.html`) && own.some((file) => file.file.endsWith('.ics')));
      assert.deepEqual(rendered[i], own, campaign.slug);
    }
    const broken = { ...campaigns[0], locales: null } as unknown as Campaign;
    await assert.rejects(pool.render(broken, context), (error: Error) => /TypeError/.test(error.message) && /campaign-files/.test(error.message));
    // The pool goes on after a failed render.
    assert.deepEqual(await pool.render(campaigns[1], context), rendered[1]);
  } finally {
    await pool.close();
  }
  await assert.rejects(pool.render(campaigns[0], context), /closed/);
});

test(`a build with ${RENDER_POOL_FROM} campaigns to render renders them in worker threads, to the bytes a build of one campaign writes on its own thread`, async () => {
  // What a build killed two days ago, and one running now, left beside the bundle a build makes.
  const cache = path.join('node_modules', '.cache');
  await mkdir(cache, { recursive: true });
  const [killed, running] = [await mkdtemp(path.join(cache, 'summit-render-')), await mkdtemp(path.join(cache, 'summit-render-'))];
  const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
  await utimes(killed, twoDaysAgo, twoDaysAgo);
  try {
    await buildsAlike(killed, running);
  } finally {
    await rm(killed, { recursive: true, force: true });
    await rm(running, { recursive: true, force: true });
  }
});

/** The big build with workers against the one-campaign build; the big one removes `killed` and leaves `running`. */
async function buildsAlike(killed: string, running: string): Promise<void> {
  const many = await fixture(RENDER_POOL_FROM);
  const one = await fixture(1);
  const [manyOut, oneOut] = [path.join(await tempDir('render-pool-out'), 'dist'), path.join(await tempDir('render-pool-out'), 'dist')];
  // Each build with its own page cache: the two render water-0 from the same inputs, and a record of the one
  // would leave the other fewer campaigns to render.
  const [manyRun, oneRun] = await Promise.all([
    runBuild(manyOut, { campaigns: many, args: ['--logLevel', 'info'], env: { SUMMIT_PAGE_CACHE: await tempDir('render-pool-cache') } }),
    runBuild(oneOut, { campaigns: one, args: ['--logLevel', 'info'], env: { SUMMIT_PAGE_CACHE: await tempDir('render-pool-cache') } }),
  ]);
  assert.equal(manyRun.code, 0, manyRun.stderr);
  assert.equal(oneRun.code, 0, oneRun.stderr);
  assert.match(manyRun.stdout, /campaigns render in \d+ worker threads? beside the build's own/);
  assert.doesNotMatch(oneRun.stdout, /worker thread/, 'one campaign renders on the build\'s own thread');
  const [manyFiles, oneFiles] = [await treeHashes(path.join(manyOut, 'water-0')), await treeHashes(path.join(oneOut, 'water-0'))];
  assert.ok(Object.keys(oneFiles).length > 10);
  assert.deepEqual(manyFiles, oneFiles);
  assert.equal(Object.keys(await treeHashes(manyOut)).filter((file) => /^water-\d+\/index\.html$/.test(file)).length, RENDER_POOL_FROM);
  assert.ok(!existsSync(killed), 'a killed build\'s bundle is removed');
  assert.ok(existsSync(running), 'a running build\'s bundle is left alone');
}
