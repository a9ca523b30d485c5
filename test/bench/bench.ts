/**
 * `npm run bench`: build throughput, page weight, bundle size and dev reload time, printed as a table of
 * medians with ratios to a reference measured in the same run. Never part of `npm test`: wall times are
 * reported here, not asserted.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { createServer } from 'vite';
import { tempDir, TEST_EPOCH } from '../support/build.js';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`Usage: npm run build && npm run bench

Prints a table: build time and memory for 1,001 pages (143 campaigns in 7 languages), the gzip weight of every campaign page, of every
partner entry with what it imports, the dev server's reload time with 300 campaigns and npm run new's
start, each a median of 3 runs with its budget and whether it holds. Wall times are reported, never
asserted by tests.

Options:
  --help, -h   this text

Environment: none; it builds into temporary folders and reads dist/ from the last npm run build.`);
  process.exit(0);
}

const RUNS = 3;
const CAMPAIGNS = 143;
/** Campaigns present while the dev server's reload is timed. */
const DEV_CAMPAIGNS = 300;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const gzipSize = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const holds = (bytes: number, budgetKb: number) => (bytes <= budgetKb * 1024 ? 'holds' : `over by ${kb(bytes - budgetKb * 1024)}`);

/** Runs a command and returns its wall time in ms and peak memory in MiB (GNU time). */
function timed(command: string[], env: NodeJS.ProcessEnv = {}): Promise<{ ms: number; mib: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%M', ...command], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${command.join(' ')} failed:\n${stderr}`));
      const kib = Number(stderr.trim().split('\n').pop());
      resolve({ ms: performance.now() - start, mib: kib / 1024 });
    });
  });
}

/** `count` campaigns × 7 locales: copies of the shipped CSW67 campaign under other slugs. */
async function manyCampaigns(count = CAMPAIGNS): Promise<string> {
  const dir = await tempDir('bench-campaigns');
  await cp('campaigns/site.yaml', path.join(dir, 'site.yaml'));
  const source = await readFile('campaigns/csw67/campaign.yaml', 'utf8');
  for (let i = 0; i < count; i++) {
    await mkdir(path.join(dir, `event-${i}`, 'assets'), { recursive: true });
    await writeFile(path.join(dir, `event-${i}`, 'campaign.yaml'), source);
    await cp('campaigns/csw67/assets/banner.svg', path.join(dir, `event-${i}`, 'assets/banner.svg'));
  }
  return dir;
}

/** The reference builder: the same number of pages written as plain template strings, no components. */
const REFERENCE_BUILDER = `
const { mkdirSync, writeFileSync } = require('node:fs');
const out = process.argv[1];
for (let i = 0; i < ${CAMPAIGNS}; i++) for (const l of ['en','fr','es','ar','zh','ru','it']) {
  const dir = out + '/event-' + i + '/' + l; mkdirSync(dir, { recursive: true });
  writeFileSync(dir + '/index.html', '<!doctype html><html lang="' + l + '"><title>Event ' + i + '</title><h1>Event ' + i + '</h1><p>6–17 March 2023</p>');
}`;

async function buildThroughput() {
  const campaigns = await manyCampaigns();
  const out = path.join(await tempDir('bench-out'), 'dist');
  const summit: { ms: number; mib: number }[] = [];
  const reference: { ms: number; mib: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    summit.push(await timed([process.execPath, 'node_modules/vite/bin/vite.js', 'build', '--outDir', out, '--logLevel', 'silent'], { SUMMIT_CAMPAIGNS: campaigns, SOURCE_DATE_EPOCH: TEST_EPOCH }));
    reference.push(await timed([process.execPath, '-e', REFERENCE_BUILDER, path.join(out, '..', 'reference')]));
  }
  const pages = (await readdir(out, { recursive: true })).filter((f) => String(f).endsWith('index.html')).length;
  return { pages, summit, reference };
}

/**
 * Every campaign page in every locale: its HTML, its scripts and the modules it preloads (the page's live
 * code and its language's messages), each with every chunk it imports statically, as a host serves them.
 */
async function pageWeights(dist: string) {
  const rows: [string, number, number][] = [];
  const pages = (await readdir(dist, { recursive: true }))
    .map(String)
    .filter((file) => /^[a-z0-9-]+\/(?:[a-z]{2}\/)?index\.html$/.test(file) && !file.startsWith('embed/'))
    .sort();
  for (const url of pages) {
    const html = await readFile(path.join(dist, url), 'utf8');
    const seen = new Set<string>();
    let bytes = gzipSize(html);
    for (const [, file] of html.matchAll(/<(?:script type="module" src|link rel="modulepreload" href)="([^"]+\.js)"/g)) {
      bytes += await withStaticImports(path.join(dist, url, '..', file), seen);
    }
    const lang = /<html lang="(\w+)"/.exec(html)![1];
    const text = html.replace(/<template[\s\S]*?<\/template>|<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>|<!--[\s\S]*?-->/g, '');
    const plain = `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>t</title>${text.replace(/<[^>]+>/g, ' ')}`;
    rows.push([url, bytes, gzipSize(plain)]);
  }
  return rows;
}

/** A script and every chunk it imports statically, each gzipped as a host serves it. */
async function withStaticImports(file: string, seen = new Set<string>()): Promise<number> {
  if (seen.has(file)) return 0;
  seen.add(file);
  const code = await readFile(file, 'utf8');
  let bytes = gzipSize(code);
  for (const [, specifier] of code.matchAll(/(?:from|import)\s*["'](\.[^"']+\.js)["']/g)) {
    bytes += await withStaticImports(path.join(path.dirname(file), specifier), seen);
  }
  return bytes;
}

/** The relative modules a chunk imports dynamically (`import("./x.js")`). */
async function dynamicImports(file: string): Promise<string[]> {
  const code = await readFile(file, 'utf8');
  return [...code.matchAll(/import\(\s*["'`](\.[^"'`]+\.js)["'`]\s*\)/g)].map(([, specifier]) => path.join(path.dirname(file), specifier));
}

const LOCALE_CHUNK = /\/(ar|es|fr|it|ru|zh)-[^/]+\.js$/;

/** The largest locale chunk among the dynamic imports of `files`, gzipped. */
async function largestLocaleChunk(files: string[]): Promise<number> {
  const chunks = (await Promise.all(files.map(dynamicImports))).flat().filter((file) => LOCALE_CHUNK.test(file));
  return Math.max(0, ...(await Promise.all(chunks.map(async (file) => gzipSize(await readFile(file))))));
}

/**
 * Each element's entry with every chunk it imports statically (and, apart, its largest locale chunk); the
 * all-in-one with every element it loads on demand, their static imports and its largest locale chunk.
 */
async function partnerScripts(dist: string): Promise<[string, number, string][]> {
  const dir = path.join(dist, 'embed', 'v1');
  const rows: [string, number, string][] = [];
  for (const entry of ['countdown', 'banner', 'news', 'calendar']) {
    const file = path.join(dir, `${entry}.js`);
    const bytes = await withStaticImports(file);
    rows.push([`${entry}.js`, bytes, entry === 'countdown' ? `≤ 9 KB (8 KB goal): ${holds(bytes, 9)}` : '']);
    rows.push([`${entry}.js with its largest locale chunk`, bytes + (await largestLocaleChunk([file])), '']);
  }
  const seen = new Set<string>();
  const summit = path.join(dir, 'summit.js');
  let all = await withStaticImports(summit, seen);
  const elements = (await dynamicImports(summit)).filter((file) => !LOCALE_CHUNK.test(file));
  for (const element of elements) all += await withStaticImports(element, seen);
  all += await largestLocaleChunk([...seen]);
  rows.push([`summit.js with all ${elements.length} elements it loads on demand and its largest locale chunk`, all, `≤ 16 KB: ${holds(all, 16)}`]);
  return rows;
}

async function devReload(): Promise<number[]> {
  const campaigns = await manyCampaigns(DEV_CAMPAIGNS);
  await cp('campaigns/csw67', path.join(campaigns, 'csw67'), { recursive: true });
  process.env.SUMMIT_CAMPAIGNS = campaigns;
  const server = await createServer({ configFile: 'vite.config.ts', logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
  delete process.env.SUMMIT_CAMPAIGNS;
  await server.listen();
  const base = server.resolvedUrls!.local[0];
  await fetch(`${base}csw67/`);
  const file = path.join(campaigns, 'csw67', 'campaign.yaml');
  const original = await readFile(file, 'utf8');
  const reloads: number[] = [];
  const send = server.ws.send.bind(server.ws);
  server.ws.send = ((payload: { type: string }) => {
    if (payload.type === 'full-reload') reloads.push(performance.now());
    return send(payload as never);
  }) as typeof server.ws.send;
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    // A person saves again a while after the page reloaded; saves within milliseconds of a read can be
    // merged by the file watcher.
    await new Promise((resolve) => setTimeout(resolve, 250));
    const start = performance.now();
    await writeFile(file, `${original}\n# edit ${i}\n`);
    while (!reloads.some((at) => at >= start)) {
      if (performance.now() - start > 5000) throw new Error('the dev server sent no reload within 5 s of a save');
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await (await fetch(`${base}csw67/`)).text();
    times.push(performance.now() - start);
  }
  await server.close();
  return times;
}

/** `npm run new` from a cold start, in a scratch project holding the shipped campaigns. */
async function newCampaign(): Promise<number[]> {
  const project = await tempDir('bench-new');
  await cp('campaigns', path.join(project, 'campaigns'), { recursive: true });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [path.resolve('src/generator/run.mjs'), 'new-campaign', `bench-${i}`], { cwd: project, stdio: 'ignore' });
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm run new exited ${code}`))));
    });
    times.push(performance.now() - start);
  }
  return times;
}

const dist = path.resolve('dist');
if (!(await stat(dist).catch(() => undefined))) throw new Error('run npm run build first: the bench weighs the built dist/');

console.log(`Summit bench (medians of ${RUNS} runs; ratios against a reference measured in this run)\n`);
const throughput = await buildThroughput();
const s = median(throughput.summit.map((r) => r.ms));
const r = median(throughput.reference.map((r) => r.ms));
console.log('| measure | Summit | reference | ratio | budget |');
console.log('| --- | --- | --- | --- | --- |');
console.log(`| build, ${throughput.pages} pages (${CAMPAIGNS} campaigns in 7 locales, their embed kits, the directory), wall time | ${(s / 1000).toFixed(2)} s | ${(r / 1000).toFixed(2)} s (plain template strings, no components) | ${(s / r).toFixed(1)}× | ≤ Eleventy on equivalent content |`);
console.log(`| build, peak memory | ${median(throughput.summit.map((x) => x.mib)).toFixed(0)} MiB | ${median(throughput.reference.map((x) => x.mib)).toFixed(0)} MiB | | |`);
for (const [url, bytes, plain] of await pageWeights(dist)) {
  console.log(`| page ${url}, gzip bytes without images (HTML, scripts, preloaded modules) | ${kb(bytes)} | ${kb(plain)} (its text as a plain page) | ${(bytes / plain).toFixed(1)}× | ≤ 25 KB: ${holds(bytes, 25)} |`);
}
for (const [name, bytes, budget] of await partnerScripts(dist)) {
  console.log(`| partner script ${name}, gzip with every static import | ${kb(bytes)} | | | ${budget} |`);
}
const reloads = await devReload();
console.log(`| dev server, ${DEV_CAMPAIGNS} campaigns present: campaign saved → reload sent → page rendered | ${median(reloads).toFixed(0)} ms | | | ≤ 200 ms |`);
console.log(`| npm run new, cold start | ${(median(await newCampaign()) / 1000).toFixed(2)} s | | | < 2 s |`);
await rm(path.join(dist, '..', 'dist.bench'), { recursive: true, force: true });
