import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from '../support/build.js';
import { componentReference, sortedManifest, type Manifest } from '../../src/generator/manifest.js';

test('custom-elements.json is what the analyzer makes of the elements\' JSDoc now (run npm run manifest after a change)', async () => {
  // The analyzer runs in a copy of the sources: it writes its output, and the path to it into any
  // package.json, in the folder it runs in.
  const out = await tempDir('manifest');
  await cp('src', path.join(out, 'src'), { recursive: true });
  const code = await new Promise<number>((resolve) => {
    const cli = path.resolve('node_modules/@custom-elements-manifest/analyzer/cem.js');
    const child = spawn(process.execPath, [cli, 'analyze', '--litelement', '--globs', 'src/components/*/*.ts', '--outdir', '.'], { cwd: out, stdio: 'ignore' });
    child.on('exit', (exit) => resolve(exit ?? 1));
  });
  assert.equal(code, 0);
  const fresh = sortedManifest(JSON.parse(await readFile(path.join(out, 'custom-elements.json'), 'utf8')) as Manifest);
  assert.equal(await readFile('custom-elements.json', 'utf8'), `${JSON.stringify(fresh, null, 2)}\n`);
});

test('the README\'s component reference is the one the manifest generates, with every tag, attribute, event and part', async () => {
  const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8')) as Manifest;
  const readme = await readFile('README.md', 'utf8');
  const table = componentReference(manifest);
  assert.ok(readme.includes(table), 'run npm run manifest');
  for (const expected of ['`<summit-countdown>`', '`time-zone`', '`summit-countdown-end`', '`days`', '`heading-level`', '`--summit-countdown-color`']) {
    assert.ok(table.includes(expected), expected);
  }
  assert.ok(!table.includes('`paused`'), 'private state is not public API');
});
