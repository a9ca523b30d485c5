/**
 * What each browser script pulls in, read from a real build: the structure that keeps the partner embed
 * and the pages small (their sizes themselves are measured by `npm run bench`).
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { runBuild, tempDir } from '../support/build.js';
import { PARTNER_TAGS, snippet, type SnippetChoice, type SnippetSource } from '../../src/campaign/snippet.js';

let dist = '';

before(async () => {
  dist = path.join(await tempDir('bundles'), 'dist');
  const run = await runBuild(dist);
  assert.equal(run.code, 0, run.stderr);
});

const read = (file: string) => readFile(path.join(dist, file), 'utf8');
const staticImports = (code: string) => [...code.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.[^"'`]+)["'`]/g)].map(([, specifier]) => specifier);
const dynamicImports = (code: string) => [...code.matchAll(/\bimport\(\s*["'`](\.[^"'`]+)["'`]\s*\)/g)].map(([, specifier]) => specifier);
const LOCALE_CHUNK = /^\.\/chunks\/(ar|es|fr|it|ru|zh)-[\w-]+\.js$/;

for (const element of ['countdown', 'banner', 'news', 'calendar']) {
  test(`embed/v1/${element}.js is one file: it imports nothing statically and loads only its locale chunks`, async () => {
    const code = await read(`embed/v1/${element}.js`);
    assert.deepEqual(staticImports(code), []);
    const loaded = dynamicImports(code);
    assert.equal(loaded.length, 6, `expected one chunk per target locale, got ${loaded.join(', ')}`);
    for (const chunk of loaded) assert.match(chunk, LOCALE_CHUNK);
  });
}

/** The embed kit's snippet source, as the configurator reads it from the built page. */
async function kitSource(page: string): Promise<SnippetSource> {
  const attribute = /data-kit="([^"]*)"/.exec(await read(page))![1];
  return JSON.parse(attribute.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&')) as SnippetSource;
}

for (const element of ['countdown', 'banner', 'news', 'calendar'] as const) {
  test(`embed/v1/${element}.js has a pinned copy with its very bytes, cached for good, and the pinned snippet's integrity is their SHA-384`, async () => {
    const entry = await readFile(path.join(dist, `embed/v1/${element}.js`));
    const copies = (await readdir(path.join(dist, 'embed/v1'))).filter((file) => file.startsWith(`${element}.`) && file !== `${element}.js`);
    assert.equal(copies.length, 1, copies.join(', '));
    const digest = createHash('sha384').update(entry).digest();
    assert.equal(copies[0], `${element}.${digest.toString('hex').slice(0, 16)}.js`, 'named by the hash of its content');
    assert.ok(entry.equals(await readFile(path.join(dist, 'embed/v1', copies[0]))), 'the copy holds the entry’s bytes');

    const source = await kitSource('csw67/fr/embed/index.html');
    const written = snippet(source, { tag: `summit-${element}`, lang: 'fr', script: 'pinned' });
    const [, src, integrity] = /^<script type="module" src="([^"]+)" integrity="([^"]+)" crossorigin="anonymous"><\/script>\n/.exec(written) ?? [];
    assert.equal(src, `https://events.mountain-partnership.example/embed/v1/${copies[0]}`, written);
    const served = await readFile(path.join(dist, new URL(src).pathname));
    assert.equal(integrity, `sha384-${createHash('sha384').update(served).digest('base64')}`);

    const headers = await read('_headers');
    // The copy's own rule, and any rule with a pattern that reaches files of embed/v1/ itself.
    const rules = headers.split(/\n(?=\/)/).filter((rule) => rule.startsWith(`/embed/v1/${copies[0]}\n`) || /^\/embed\/v1\/[^/\n]*[*:]/.test(rule));
    assert.deepEqual(rules.map((rule) => rule.trim()), [`/embed/v1/${copies[0]}\n  Cache-Control: public, max-age=31536000, immutable\n  Access-Control-Allow-Origin: *`], 'one rule names the copy, and no other rule reaches it');
  });
}

test('the all-in-one script has no pinned copy: it loads its elements as it goes, which an integrity on it would not cover', async () => {
  const files = await readdir(path.join(dist, 'embed/v1'));
  assert.deepEqual(files.filter((file) => file.startsWith('summit.')), ['summit.js']);
  const source = await kitSource('csw67/embed/index.html');
  const scriptOf = (choice: Omit<SnippetChoice, 'lang'>) => snippet(source, { lang: 'en', ...choice }).split('\n')[0];
  assert.equal(scriptOf({ tag: 'summit-countdown', script: 'all' }), '<script type="module" src="https://events.mountain-partnership.example/embed/v1/summit.js"></script>');
  assert.equal(scriptOf({ tag: 'summit-news', script: 'pinned' }).split('"')[3], `https://events.mountain-partnership.example/embed/v1/${files.find((file) => file.startsWith('news.') && file !== 'news.js')}`);
});

test('the kit\'s snippet loads the element\'s own script that follows v1 by default, an entry that exists for every element', async () => {
  const source = await kitSource('csw67/embed/index.html');
  for (const tag of PARTNER_TAGS) {
    const src = /^<script type="module" src="([^"]+)"><\/script>$/.exec(snippet(source, { tag, lang: 'en' }).split('\n')[0])?.[1];
    assert.equal(src, `https://events.mountain-partnership.example/embed/v1/${tag.replace('summit-', '')}.js`);
    await readFile(path.join(dist, new URL(src).pathname));
  }
});

test('the countdown carries no news reader, and its locale chunks hold only its own messages and import nothing', async () => {
  const code = await read('embed/v1/countdown.js');
  assert.doesNotMatch(code, /imageWidth/, 'the news reader of campaign.json reached the countdown');
  const french = dynamicImports(code).find((chunk) => chunk.includes('/fr-'))!;
  const messages = await read(path.join('embed/v1', french));
  assert.deepEqual(staticImports(messages), []);
  assert.match(messages, /Suspendre le compte à rebours/);
  assert.doesNotMatch(messages, /Lire la suite/, 'the news element’s message reached the countdown’s chunk');
  assert.doesNotMatch(messages, /Code à copier/, 'a message of the build’s pages reached a browser chunk');
});

test('embed/v1/summit.js imports nothing statically and loads each element as its own chunk', async () => {
  const code = await read('embed/v1/summit.js');
  assert.deepEqual(staticImports(code), []);
  const elements = dynamicImports(code);
  assert.equal(elements.length, 4);
  assert.equal(new Set(elements).size, 4);
  for (const chunk of elements) assert.match(chunk, /^\.\/chunks\/(countdown|banner|news|calendar)-[\w-]+\.js$/);
});

test('a page’s loader names its script, which imports only Vite’s preload helper, with its live code and only its language’s messages', async () => {
  const html = await read('international-mountain-day/ar/index.html');
  // Requested once the page has loaded (see built-site.test.ts), so it never competes with the banner image.
  const tag = /<script data-src="\.\.\/\.\.\/(assets\/[^"]+)" data-preload="([^"]+)">/.exec(html);
  assert.ok(tag, 'the page has no loader naming its script and the modules it fetches');
  const [, script, list] = tag;
  const boot = await read(script);
  assert.deepEqual(staticImports(boot).filter((specifier) => !specifier.startsWith('./preload-helper-')), [], 'the page script imports more than Vite’s preload helper');
  // No modulepreload link: those would share the link with the banner image before the page's largest paint.
  assert.doesNotMatch(html, /rel="modulepreload"/);
  const preloads = list.split(' ').map((href) => href.replace(/^\.\.\/\.\.\//, ''));
  const live = dynamicImports(boot).map((specifier) => path.join('assets', specifier));
  assert.deepEqual(live.filter((file) => !preloads.includes(file)), [], 'what the page script starts is not preloaded');
  const locales = preloads.filter((file) => /assets\/(ar|es|fr|it|ru|zh)-/.test(file));
  assert.equal(locales.length, 1);
  assert.match(locales[0], /assets\/ar-/);
  const arabic = await read(locales[0]);
  assert.deepEqual(staticImports(arabic), []);
  const all = await readdir(path.join(dist, 'assets'));
  assert.ok(all.every((file) => !file.startsWith('lit-localize')), 'the lit-localize runtime is a chunk of its own again');
});

test('a page’s live code carries no campaign.json reader, no hydration support and no countdown styles; the partner countdown keeps them', async () => {
  const html = await read('csw67/index.html');
  const live = [...html.matchAll(/data-preload="[^"]*\.\.\/(assets\/page-live-[^" ]+)/g)].map(([, file]) => file);
  assert.equal(live.length, 1, 'the page does not name its live code');
  const code = await read(live[0]);
  // The reader's timeout message, and hydration's own error message.
  assert.doesNotMatch(code, /no answer within/, 'the campaign.json reader reached the page bundle');
  assert.doesNotMatch(code, /Hydration value mismatch/, 'hydration support reached the page bundle');
  assert.doesNotMatch(html, /<!--\/?lit-part/, 'the page carries hydration markers');
  // The page's countdown keeps the styles of its server-rendered shadow root.
  assert.doesNotMatch(code, /font-variant-numeric/, 'the countdown styles reached the page bundle');
  assert.match(html, /<summit-countdown[^>]*><template shadowrootmode="open"><style>[^<]*font-variant-numeric/, 'the server-rendered countdown has no styles');
  const partner = await read('embed/v1/countdown.js');
  assert.match(partner, /no answer within/, 'the partner countdown lost its campaign.json reader');
  assert.match(partner, /font-variant-numeric/, 'the partner countdown lost its styles');
});
