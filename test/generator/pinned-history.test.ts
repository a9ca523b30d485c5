/**
 * A partner's pinned snippet names one build's copy of an element: every later build, which replaces the
 * whole output folder, must keep serving it and the locale chunks it loads, cached for good.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runBuild, SITE_YAML, tempDir, writeTree } from '../support/build.js';
import { VALID_CAMPAIGN } from '../support/hostile.js';
import { headerRules, headersFor } from '../support/static-server.js';

/** The header lines of every `_headers` rule written for one path. */
function writtenFor(headers: string, file: string): string[] {
  return headerRules(headers).filter((rule) => rule.path === `/${file}`).flatMap((rule) => rule.headers.map(([name, value]) => `${name}: ${value}`));
}

/**
 * A one-campaign site built once into `<root>/dist`; `build()` builds it again into the same folder, as a
 * deploy after it would.
 */
async function builtSite(prefix: string): Promise<{ root: string; dist: string; v1: string; build: () => Promise<void> }> {
  const root = await tempDir(prefix);
  const campaigns = path.join(root, 'campaigns');
  const dist = path.join(root, 'dist');
  await writeTree(campaigns, { 'site.yaml': SITE_YAML, 'water-dialogue/campaign.yaml': VALID_CAMPAIGN });
  const build = async () => {
    const run = await runBuild(dist, { campaigns });
    assert.equal(run.code, 0, run.stderr);
  };
  await build();
  return { root, dist, v1: path.join(dist, 'embed/v1'), build };
}

test('a build keeps serving the pinned copies of earlier builds, with the locale chunks they load, and only those', async () => {
  const { dist, v1, build } = await builtSite('pinned-history');

  // An earlier build's pinned countdown, its French chunk, a chunk nothing loads any more, and a "pin"
  // that is a link out of the folder.
  const earlier = 'countdown.0123456789abcdef.js';
  const earlierCode = 'export const messages = () => import("./chunks/fr-Earlier1.js");\n';
  await writeFile(path.join(v1, earlier), earlierCode);
  await writeFile(path.join(v1, 'chunks/fr-Earlier1.js'), 'export const templates = {};\n');
  await writeFile(path.join(v1, 'chunks/zz-Orphan1.js'), 'export {};\n');
  await symlink('/etc/hostname', path.join(v1, 'news.fedcba9876543210.js'));
  const current = (await readdir(v1)).filter((name) => /^\w+\.[0-9a-f]{16}\.js$/.test(name) && name !== earlier && !name.startsWith('news.fedcba'));
  assert.equal(current.length, 4, `one pinned copy per element, got ${current.join(', ')}`);

  await build();
  assert.equal(await readFile(path.join(v1, earlier), 'utf8'), earlierCode, 'the earlier pinned copy is gone or changed');
  assert.ok(existsSync(path.join(v1, 'chunks/fr-Earlier1.js')), 'the chunk the earlier pinned copy loads is gone');
  assert.ok(!existsSync(path.join(v1, 'chunks/zz-Orphan1.js')), 'a chunk that no pinned copy loads was kept');
  assert.ok(!existsSync(path.join(v1, 'news.fedcba9876543210.js')), 'a link was published as a pinned copy');
  for (const name of current) assert.ok(existsSync(path.join(v1, name)), `this build's ${name} is missing`);

  const headers = await readFile(path.join(dist, '_headers'), 'utf8');
  for (const name of [earlier, ...current]) {
    assert.deepEqual(writtenFor(headers, `embed/v1/${name}`), ['Cache-Control: public, max-age=31536000, immutable', 'Access-Control-Allow-Origin: *'], name);
  }
});

test('a build keeps the chunks the last build\'s partner entries load, for browsers that still hold those entries, and no older ones', async () => {
  const { root, dist, v1, build } = await builtSite('entry-history');

  // As the last build had them: summit.js loading an element whose chunk imports a shared one, countdown.js
  // loading a locale chunk, a chunk nothing loads, and a name that climbs out of the folder.
  const entries = {
    'summit.js': 'const m = ["./chunks/countdown-Earlier2.js"];\nexport const load = () => import(`./chunks/countdown-Earlier2.js`);\n',
    'countdown.js': 'export const messages = () => import("./chunks/fr-Earlier3.js");\nimport "./chunks/../../../outside.js";\n',
  };
  const chunks = {
    'chunks/countdown-Earlier2.js': 'import { t } from "./tokens-Earlier2.js";\nexport const SummitCountdown = t;\n',
    'chunks/tokens-Earlier2.js': 'export const t = 1;\n',
    'chunks/fr-Earlier3.js': 'export const templates = {};\n',
  };
  const fresh = Object.fromEntries(await Promise.all(Object.keys(entries).map(async (name) => [name, await readFile(path.join(v1, name), 'utf8')])));
  for (const [name, code] of Object.entries({ ...entries, ...chunks, 'chunks/zz-Orphan2.js': 'export {};\n' })) await writeFile(path.join(v1, name), code);
  await writeFile(path.join(root, 'outside.js'), 'export {};\n');

  await build();
  for (const [name, code] of Object.entries(chunks)) assert.equal(await readFile(path.join(v1, name), 'utf8'), code, `${name} is gone or changed`);
  assert.ok(!existsSync(path.join(v1, 'chunks/zz-Orphan2.js')), 'a chunk that no entry loads was kept');
  assert.ok(!existsSync(path.join(dist, 'outside.js')), 'a file outside the chunks was copied');
  for (const [name, code] of Object.entries(fresh)) assert.equal(await readFile(path.join(v1, name), 'utf8'), code, `this build's ${name} is not the one it wrote`);
  // The chunks a browser may ask for are cached for good, as this build's own are.
  const headers = headerRules(await readFile(path.join(dist, '_headers'), 'utf8'));
  for (const name of Object.keys(chunks)) {
    const served = headersFor(headers, `/embed/v1/${name}`).map(([key, value]) => `${key}: ${value}`);
    assert.ok(served.includes('Cache-Control: public, max-age=31536000, immutable'), `${name}: ${served.join(', ')}`);
  }

  // One build later no entry loads them any more.
  await build();
  for (const name of Object.keys(chunks)) assert.ok(!existsSync(path.join(v1, name)), `${name} outlived the build after the one that loaded it`);
});
