import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { cp, mkdir, readFile, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { serveStatic } from './.build/test/support/static-server.js';
import { referencePage } from './.build/test/bench/lighthouse.js';
// usage: node .lh2.mjs PAGE RUNS variant-name=transform-module ...
const [page, runs] = [process.argv[2], +process.argv[3]];
const root = '/tmp/lhsite2';
await rm(root, { recursive: true, force: true });
await cp('dist', root, { recursive: true });
const html = await readFile(path.join('dist', page, 'index.html'), 'utf8');
const variants = { page: html, reference: referencePage(html, page) };
const extra = (await import(path.resolve(process.argv[4]))).default;
for (const [name, fn] of Object.entries(extra)) variants[name] = fn(html);
for (const [name, text] of Object.entries(variants)) {
  // Same depth as the page, so relative URLs resolve alike.
  const dir = path.join(root, page.replace(/\/[^/]*\/?$/, '/'), 'v-' + name);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'index.html'), name === 'reference' ? text : text);
}
const server = await serveStatic(root, { gzip: true });
const chrome = await launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox'] });
const res = {};
for (let i = 0; i < runs; i++) for (const name of Object.keys(variants)) {
  const url = `${server.url}${page.replace(/\/[^/]*\/?$/, '/')}v-${name}/`;
  const r = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: ['performance'] });
  (res[name] ??= []).push([Math.round(r.lhr.audits['largest-contentful-paint'].numericValue), Math.round(r.lhr.audits['first-contentful-paint'].numericValue)]);
}
for (const [k, v] of Object.entries(res)) { const l = v.map((x) => x[0]).sort((a, b) => a - b); console.log(k.padEnd(12), 'LCP median', l[Math.floor(l.length / 2)], JSON.stringify(v)); }
chrome.kill(); await server.close();
