/**
 * The npm package, as a developer gets it: `npm pack`, installed into a scratch project, imported per
 * element with its types, bundled, and run in Chromium.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { serveStatic } from '../support/static-server.js';
import { installPackage, typeCheck } from '../support/package.js';

let scratch: string;
let browser: Browser;

before(async () => {
  scratch = await installPackage('consumer');
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

test('the package holds the built elements, their types and the manifest, and nothing else', async () => {
  const manifest = JSON.parse(await readFile(path.join(scratch, 'node_modules/summit/package.json'), 'utf8'));
  assert.deepEqual(Object.keys(manifest.exports), ['.', './countdown', './banner', './news', './calendar', './custom-elements.json']);
  assert.deepEqual(Object.keys(manifest.dependencies), ['@lit/localize', 'lit']);
  assert.equal(manifest.customElements, 'custom-elements.json');
  const files = await readdir(path.join(scratch, 'node_modules/summit'));
  assert.deepEqual(files.sort(), ['README.md', 'custom-elements.json', 'lib', 'package.json']);
  const elements = JSON.parse(await readFile(path.join(scratch, 'node_modules/summit/custom-elements.json'), 'utf8'));
  const tags = elements.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? []).map((d: { tagName?: string }) => d.tagName).filter(Boolean);
  assert.deepEqual(tags.sort(), ['summit-banner', 'summit-calendar', 'summit-countdown', 'summit-news']);
});

test('a TypeScript project imports one element, gets its tag and data types, bundles it, and runs it', async () => {
  await writeFile(
    path.join(scratch, 'main.ts'),
    `import 'summit/countdown';
import type { SummitCountdown } from 'summit/countdown';

const countdown: SummitCountdown = document.createElement('summit-countdown');
countdown.data = {
  status: 'scheduled',
  time: { start: '2030-12-11', end: '2030-12-12', timeZone: 'local', allDay: true },
  recurrence: { frequency: 'yearly' },
  recapDays: 7,
  sessions: [],
  editions: [],
};
countdown.addEventListener('summit-countdown-start', () => undefined);
document.body.append(countdown);
`,
  );
  await writeFile(
    path.join(scratch, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM'], strict: true, noEmit: true, skipLibCheck: false, experimentalDecorators: true, useDefineForClassFields: false }, files: ['main.ts'] }),
  );
  const types = await typeCheck('tsconfig.json', scratch);
  assert.equal(types.code, 0, types.output);
  // A wrong shape is a type error: the types are real, not `any`.
  await writeFile(path.join(scratch, 'wrong.ts'), `import 'summit/countdown';\ndocument.createElement('summit-countdown').data = { start: 'tomorrow' };\n`);
  await writeFile(path.join(scratch, 'tsconfig.wrong.json'), JSON.stringify({ extends: './tsconfig.json', files: ['wrong.ts'] }));
  const wrong = await typeCheck('tsconfig.wrong.json', scratch);
  assert.notEqual(wrong.code, 0, 'a data object of the wrong shape must not type-check');

  await writeFile(path.join(scratch, 'index.html'), `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>App</title><script type="module" src="./main.ts"></script></head><body></body></html>`);
  await build({ root: scratch, configFile: false, logLevel: 'silent', build: { outDir: path.join(scratch, 'dist') } });
  const server = await serveStatic(path.join(scratch, 'dist'));
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.clock.setFixedTime(new Date('2030-12-01T12:00:00Z'));
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => document.querySelector('summit-countdown')?.getAttribute('state') === 'upcoming');
    const days = await page.evaluate(() => document.querySelector('summit-countdown')!.shadowRoot!.querySelector('[part~="days"]')!.textContent!.trim());
    assert.equal(days, '9');
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await server.close();
  }
});
