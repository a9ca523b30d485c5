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
import { headerRules } from '../support/static-server.js';

/** The header lines of every `_headers` rule written for one path. */
function headersFor(headers: string, file: string): string[] {
  return headerRules(headers).filter((rule) => rule.path === `/${file}`).flatMap((rule) => rule.headers.map(([name, value]) => `${name}: ${value}`));
}

test('a build keeps serving the pinned copies of earlier builds, with the locale chunks they load, and only those', async () => {
  const root = await tempDir('pinned-history');
  const campaigns = path.join(root, 'campaigns');
  const dist = path.join(root, 'dist');
  await writeTree(campaigns, { 'site.yaml': SITE_YAML, 'water-dialogue/campaign.yaml': VALID_CAMPAIGN });
  const first = await runBuild(dist, { campaigns });
  assert.equal(first.code, 0, first.stderr);

  // An earlier build's pinned countdown, its French chunk, a chunk nothing loads any more, and a "pin"
  // that is a link out of the folder.
  const v1 = path.join(dist, 'embed/v1');
  const earlier = 'countdown.0123456789abcdef.js';
  const earlierCode = 'export const messages = () => import("./chunks/fr-Earlier1.js");\n';
  await writeFile(path.join(v1, earlier), earlierCode);
  await writeFile(path.join(v1, 'chunks/fr-Earlier1.js'), 'export const templates = {};\n');
  await writeFile(path.join(v1, 'chunks/zz-Orphan1.js'), 'export {};\n');
  await symlink('/etc/hostname', path.join(v1, 'news.fedcba9876543210.js'));
  const current = (await readdir(v1)).filter((name) => /^\w+\.[0-9a-f]{16}\.js$/.test(name) && name !== earlier && !name.startsWith('news.fedcba'));
  assert.equal(current.length, 4, `one pinned copy per element, got ${current.join(', ')}`);

  const second = await runBuild(dist, { campaigns });
  assert.equal(second.code, 0, second.stderr);
  assert.equal(await readFile(path.join(v1, earlier), 'utf8'), earlierCode, 'the earlier pinned copy is gone or changed');
  assert.ok(existsSync(path.join(v1, 'chunks/fr-Earlier1.js')), 'the chunk the earlier pinned copy loads is gone');
  assert.ok(!existsSync(path.join(v1, 'chunks/zz-Orphan1.js')), 'a chunk that no pinned copy loads was kept');
  assert.ok(!existsSync(path.join(v1, 'news.fedcba9876543210.js')), 'a link was published as a pinned copy');
  for (const name of current) assert.ok(existsSync(path.join(v1, name)), `this build's ${name} is missing`);

  const headers = await readFile(path.join(dist, '_headers'), 'utf8');
  for (const name of [earlier, ...current]) {
    assert.deepEqual(headersFor(headers, `embed/v1/${name}`), ['Cache-Control: public, max-age=31536000, immutable', 'Access-Control-Allow-Origin: *'], name);
  }
});
