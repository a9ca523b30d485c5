/**
 * The browser scripts of a build follow from the code and settings alone: a later build with the same ones
 * copies an earlier build's bundle, checked file by file, and the site comes out byte for byte as a build that
 * bundled. A changed setting, or an altered file in the cache, and the build bundles afresh.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BundleCache } from '../../src/generator/bundle-cache.js';
import { runBuild, SITE_YAML, tempDir, threeLanguageCampaign, treeHashes, writeTree, type BuildRun } from '../support/build.js';

const REUSED = /browser scripts follow from the same code and settings as an earlier build's; its bundle was reused/;

async function fixture(): Promise<string> {
  const root = await tempDir('bundle-cache');
  await writeTree(root, { 'site.yaml': SITE_YAML, 'water/campaign.yaml': threeLanguageCampaign() });
  return root;
}

/** A build of `campaigns` into a new folder, with `cache` as its page and bundle cache, at info level. */
async function build(campaigns: string, cache: string, args: string[] = []): Promise<{ run: BuildRun; out: string }> {
  const out = path.join(await tempDir('bundle-cache-out'), 'dist');
  const run = await runBuild(out, { campaigns, args: ['--logLevel', 'info', ...args], env: { SUMMIT_PAGE_CACHE: cache } });
  assert.equal(run.code, 0, run.stderr);
  return { run, out };
}

/** The page script a built page loads. */
async function pageScript(out: string): Promise<string> {
  const page = await readFile(path.join(out, 'water/index.html'), 'utf8');
  const script = page.match(/<script data-src="\.\.\/(assets\/page-[\w-]+\.js)"/)?.[1];
  assert.ok(script, 'the page loads its script');
  return readFile(path.join(out, script), 'utf8');
}

test('a build with the code and settings of an earlier one reuses its bundle, and the site is byte-identical', async () => {
  const campaigns = await fixture();
  const cache = await tempDir('bundle-cache-records');
  const first = await build(campaigns, cache);
  assert.doesNotMatch(first.run.stdout, REUSED, 'a first build bundles');
  const second = await build(campaigns, cache);
  assert.match(second.run.stdout, REUSED);
  assert.deepEqual(await readdir(path.dirname(second.out)), ['dist'], 'nothing is bundled after the build, beside its output');
  const [bundled, reused] = [await treeHashes(first.out), await treeHashes(second.out)];
  assert.ok(Object.keys(bundled).filter((file) => file.startsWith('embed/v1/chunks/')).length > 5, 'the partner chunks are there');
  assert.deepEqual(reused, bundled);
});

test('a changed build setting bundles afresh, and the earlier bundle serves its own settings again', async () => {
  const campaigns = await fixture();
  const cache = await tempDir('bundle-cache-records');
  const minified = await build(campaigns, cache);
  const plain = await build(campaigns, cache, ['--minify', 'false']);
  assert.doesNotMatch(plain.run.stdout, REUSED);
  assert.ok((await pageScript(plain.out)).length > (await pageScript(minified.out)).length * 1.3, 'the script is not minified');
  const again = await build(campaigns, cache);
  assert.match(again.run.stdout, REUSED);
  assert.deepEqual(await treeHashes(again.out), await treeHashes(minified.out));
});

test('a cached file altered after it was recorded is not trusted: the build bundles, and records the bundle again', async () => {
  const campaigns = await fixture();
  const cache = await tempDir('bundle-cache-records');
  const first = await build(campaigns, cache);
  const [entry] = await readdir(path.join(cache, 'bundles'));
  const files = path.join(cache, 'bundles', entry, 'files');
  const script = (await readdir(path.join(files, 'assets'))).find((name) => name.startsWith('page-'));
  assert.ok(script);
  await writeFile(path.join(files, 'assets', script), 'alert("altered")');
  const second = await build(campaigns, cache);
  assert.doesNotMatch(second.run.stdout, REUSED);
  assert.deepEqual(await treeHashes(second.out), await treeHashes(first.out));
  assert.doesNotMatch(await readFile(path.join(files, 'assets', script), 'utf8'), /altered/, 'the record is written anew');
  assert.match((await build(campaigns, cache)).run.stdout, REUSED);
});

test('a record naming a file outside its folder, or a file it lacks, restores nothing', async () => {
  const cache = await tempDir('bundle-cache-records');
  const staging = await tempDir('bundle-cache-staging');
  const source = await tempDir('bundle-cache-source');
  await writeTree(source, { 'assets/page-1.js': 'export {};\n', 'favicon.ico': 'icon' });
  const bundle = { script: 'assets/page-1.js', kit: 'assets/kit-1.js', preload: { modules: [], messages: {} } };
  const cached = new BundleCache(cache, 'inputs');
  await cached.remember(source, bundle);
  assert.deepEqual(await cached.restore(staging), bundle);
  assert.equal(await readFile(path.join(staging, 'assets/page-1.js'), 'utf8'), 'export {};\n');

  const [entry] = await readdir(path.join(cache, 'bundles'));
  const record = path.join(cache, 'bundles', entry, 'bundle.json');
  const written = JSON.parse(await readFile(record, 'utf8'));
  const elsewhere = await tempDir('bundle-cache-elsewhere');
  await writeFile(path.join(elsewhere, 'secret'), 'secret');
  const outside = path.relative(path.join(cache, 'bundles', entry, 'files'), path.join(elsewhere, 'secret'));
  await writeFile(record, JSON.stringify({ ...written, files: [...written.files, { file: outside, digest: written.files[0].digest }] }));
  const empty = await tempDir('bundle-cache-staging');
  assert.equal(await new BundleCache(cache, 'inputs').restore(empty), undefined);
  assert.deepEqual(await readdir(empty), [], 'nothing is written');

  await writeFile(record, JSON.stringify({ ...written, files: [...written.files, { file: 'assets/missing.js', digest: written.files[0].digest }] }));
  assert.equal(await new BundleCache(cache, 'inputs').restore(empty), undefined);
  assert.equal(await new BundleCache(cache, 'other inputs').restore(empty), undefined, 'other inputs find no record');
  assert.ok(!existsSync(path.join(empty, 'assets')));
});

test('the four bundles used last are kept, and older ones removed, with what killed builds left half written', async () => {
  const cache = await tempDir('bundle-cache-records');
  const source = await tempDir('bundle-cache-source');
  await writeTree(source, { 'assets/page-1.js': 'export {};\n' });
  const bundle = { script: 'assets/page-1.js', kit: 'assets/kit-1.js', preload: { modules: [], messages: {} } };
  const seen = new Set<string>();
  for (const [i, version] of ['a', 'b', 'c', 'd', 'e'].entries()) {
    await new BundleCache(cache, version).remember(source, bundle);
    // Recorded a minute apart, oldest first, whatever the file system's clock resolution.
    const added = (await readdir(path.join(cache, 'bundles'))).filter((entry) => !seen.has(entry));
    added.forEach((entry) => seen.add(entry));
    const at = new Date(Date.now() - (10 - i) * 60_000);
    await Promise.all(added.map((entry) => utimes(path.join(cache, 'bundles', entry, 'bundle.json'), at, at)));
  }
  const entries = await readdir(path.join(cache, 'bundles'));
  assert.equal(entries.length, 4, 'a fifth bundle removes the one used longest ago');
  // What killed builds left half written: one two hours ago, and one a build may still be writing.
  const [killed, writing] = [`${entries[0]}.111.tmp`, `${entries[0]}.222.tmp`];
  await writeTree(path.join(cache, 'bundles'), { [`${killed}/files/assets/page-1.js`]: 'export {};\n', [`${writing}/files/assets/page-1.js`]: 'export {};\n' });
  const hoursAgo = new Date(Date.now() - 2 * 3600_000);
  await utimes(path.join(cache, 'bundles', killed), hoursAgo, hoursAgo);
  assert.equal(await new BundleCache(cache, 'a').restore(await tempDir('bundle-cache-staging')), undefined);
  // "b" is used again, after all the others were recorded.
  assert.deepEqual(await new BundleCache(cache, 'b').restore(await tempDir('bundle-cache-staging')), bundle);
  await new BundleCache(cache, 'f').remember(source, bundle);
  const left = await readdir(path.join(cache, 'bundles'));
  assert.ok(!left.includes(killed), 'a killed build\'s half-written record is removed');
  assert.ok(left.includes(writing), 'a record being written is left alone');
  for (const [version, kept] of [['b', true], ['c', false], ['d', true], ['e', true], ['f', true]] as const) {
    const restored = await new BundleCache(cache, version).restore(await tempDir('bundle-cache-staging'));
    assert.equal(restored !== undefined, kept, `bundle ${version}`);
  }
});
