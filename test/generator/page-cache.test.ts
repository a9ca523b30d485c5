/**
 * Rebuilds skip unchanged campaigns, through real builds: a campaign whose inputs and moment are the same
 * as at the last build has its files read back from that build instead of rendered, and the output is
 * byte for byte what a build from scratch writes at the same instant. A changed campaign, a schedule that
 * moved on, a changed site or an output file altered since are rendered again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, lstat, mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PageCache } from '../../src/generator/page-cache.js';
import { runBuild, SITE_YAML, tempDir, treeHashes, writeTree } from '../support/build.js';

const campaign = (name: string, day: string) => `name: ${name}
description: A day on the mountains.
locales: [en, fr]
time-zone: Europe/Rome
start: 2027-05-${day}T09:00
end: 2027-05-${day}T17:00
organiser:
  name: FAO
`;

const SNOW = campaign('Snow Day', '04');
const WATER = campaign('Water Day', '12');
const SOIL = campaign('Soil Day', '20');

/** Instants: two before every event, one during Snow Day (the other two still ahead). */
const BEFORE = '2027-04-01T00:00:00Z';
const LATER_BEFORE = '2027-04-20T08:30:00Z';
const DURING_SNOW = '2027-05-04T10:00:00Z';

const epoch = (instant: string) => String(Date.parse(instant) / 1000);

/** The summary line on reuse, or undefined when the build rendered every campaign. */
const reuseLine = (stdout: string) => stdout.split('\n').find((line) => line.includes('unchanged since the last build'));

async function fixture(name: string) {
  const campaigns = await tempDir(`${name}-campaigns`);
  await writeTree(campaigns, { 'site.yaml': SITE_YAML, 'snow/campaign.yaml': SNOW, 'water/campaign.yaml': WATER, 'soil/campaign.yaml': SOIL });
  const cache = await tempDir(`${name}-cache`);
  const dist = path.join(await tempDir(`${name}-out`), 'dist');
  /** A build of the fixture into its dist with its cache, at an instant; its summary is returned. */
  const build = async (instant: string, into = dist, pageCache = cache) => {
    const run = await runBuild(into, { campaigns, args: ['--logLevel', 'info'], env: { SOURCE_DATE_EPOCH: epoch(instant), SUMMIT_PAGE_CACHE: pageCache } });
    assert.equal(run.code, 0, run.stderr);
    return run.stdout;
  };
  /** The same campaigns built from scratch at an instant: a new output folder, an empty cache. */
  const fromScratch = async (instant: string) => {
    const fresh = path.join(await tempDir(`${name}-fresh`), 'dist');
    // The calendar lock is the fixture's: the fresh build reads the same SEQUENCE numbers.
    assert.equal(reuseLine(await build(instant, fresh, await tempDir(`${name}-fresh-cache`))), undefined);
    return treeHashes(fresh);
  };
  return { campaigns, dist, build, fromScratch };
}

test('a rebuild with one campaign changed renders that campaign only, and writes what a build from scratch writes', async () => {
  const site = await fixture('one-changed');
  assert.equal(reuseLine(await site.build(BEFORE)), undefined, 'the first build has nothing to reuse');
  await writeFile(path.join(site.campaigns, 'water/campaign.yaml'), WATER.replace('A day on the mountains.', 'A day by the lakes.'));
  const before = await inodes(site.dist);

  const summary = await site.build(LATER_BEFORE);
  assert.match(reuseLine(summary) ?? '', /^summit: 2 of 3 campaigns unchanged since the last build; their files were reused, not rendered/);
  const built = await treeHashes(site.dist);
  assert.deepEqual(built, await site.fromScratch(LATER_BEFORE));
  // The reused calendars carry this build's DTSTAMP, as every calendar of a build does.
  assert.match(await readFile(path.join(site.dist, 'snow/snow.ics'), 'utf8'), /\r\nDTSTAMP:20270420T083000Z\r\n/);
  assert.match(await readFile(path.join(site.dist, 'water/index.html'), 'utf8'), /A day by the lakes\./);

  // What did not change is the last build's file, kept (linked, then the old output removed), not written again.
  const after = await inodes(site.dist);
  for (const kept of ['snow/index.html', 'snow/fr/index.html', 'snow/campaign.json', 'snow/social/en.png', 'soil/feed.atom']) {
    assert.equal(after.get(kept)?.ino, before.get(kept)?.ino, `${kept} is the file the last build wrote`);
  }
  for (const written of ['water/index.html', 'water/campaign.json', 'snow/snow.ics']) {
    assert.notEqual(after.get(written)?.ino, before.get(written)?.ino, `${written} changed, and is written anew`);
  }
  assert.deepEqual([...after].filter(([, { links }]) => links !== 1).map(([file]) => file), [], 'no file of dist/ is linked anywhere else');
});

/** Each file below `dir`, with its inode and its number of links. */
async function inodes(dir: string): Promise<Map<string, { ino: number; links: number }>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  return new Map(await Promise.all(files.map(async (entry) => {
    const full = path.join(entry.parentPath, entry.name);
    const { ino, nlink } = await lstat(full);
    return [path.relative(dir, full), { ino, links: nlink }] as const;
  })));
}

test('a campaign whose event has begun since the last build is rendered again; the others are reused', async () => {
  const site = await fixture('moved-on');
  await site.build(BEFORE);
  const summary = await site.build(DURING_SNOW);
  assert.match(reuseLine(summary) ?? '', /^summit: 2 of 3 campaigns unchanged/);
  assert.deepEqual(await treeHashes(site.dist), await site.fromScratch(DURING_SNOW));
  assert.match(await readFile(path.join(site.dist, 'snow/index.html'), 'utf8'), /Happening now/);
});

test('a changed site, or an output file altered or removed since the last build, is never reused', async () => {
  const site = await fixture('altered');
  await site.build(BEFORE);
  await appendFile(path.join(site.dist, 'snow/fr/index.html'), '<p>edited by hand</p>');
  await rm(path.join(site.dist, 'water/water.ics'));
  assert.match(reuseLine(await site.build(BEFORE)) ?? '', /^summit: 1 of 3 campaigns unchanged/, 'only soil is as it was');
  assert.deepEqual(await treeHashes(site.dist), await site.fromScratch(BEFORE));

  await writeFile(path.join(site.campaigns, 'site.yaml'), SITE_YAML.replace('Example events', 'Mountain events'));
  assert.equal(reuseLine(await site.build(BEFORE)), undefined, 'every page shows the site name: all are rendered');
  assert.match(await readFile(path.join(site.dist, 'soil/index.html'), 'utf8'), /Mountain events/);
});

test('a record names files inside the output folder only, and records unused for 30 days are removed', async () => {
  const dir = await tempDir('page-cache-records');
  const outDir = path.join(await tempDir('page-cache-out'), 'dist');
  await mkdir(outDir);
  await writeFile(path.join(outDir, '..', 'outside.html'), 'secret');
  const cache = new PageCache({ dir, outDir, code: 'code', now: Date.parse(BEFORE) });

  const inside = cache.key(['inside']);
  await mkdir(path.join(outDir, 'a'), { recursive: true });
  await writeFile(path.join(outDir, 'a/index.html'), '<p>a</p>');
  await cache.remember(inside, [{ file: 'a/index.html', content: '<p>a</p>', unchanged: true }]);
  assert.deepEqual(await cache.files(inside), [{ file: 'a/index.html', content: '<p>a</p>', unchanged: true }]);
  assert.ok(cache.has(inside) && !cache.has(cache.key(['never rendered'])));
  const elsewhere = new PageCache({ dir, outDir: path.join(outDir, '..', 'removed'), code: 'code', now: Date.parse(BEFORE) });
  assert.ok(!elsewhere.has(inside), 'with no last output there is nothing to read back');

  const escaping = cache.key(['escaping']);
  await cache.remember(escaping, [{ file: '../outside.html', content: 'secret' }]);
  assert.equal(await cache.files(escaping), undefined);
  assert.equal(cache.reused, 1);

  const records = async () => (await readdir(dir, { recursive: true })).map(String).filter((f) => f.endsWith('.json')).sort();
  const [stale] = (await records()).filter((f) => f.includes(escaping));
  const long = new Date(Date.now() - 31 * 24 * 3600 * 1000);
  await utimes(path.join(dir, stale), long, long);
  await cache.prune();
  assert.deepEqual(await records(), [path.join(inside.slice(0, 2), `${inside}.json`)]);
});
