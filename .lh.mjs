import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { cp, mkdir, readFile, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { serveStatic } from './.build/test/support/static-server.js';
import { referencePage } from './.build/test/bench/lighthouse.js';
const dist = 'dist', root = '/tmp/lhsite';
await rm(root, { recursive: true, force: true });
await cp(dist, root, { recursive: true });
const pages = process.argv.slice(2);
for (const page of pages) {
  const html = await readFile(path.join(dist, page, 'index.html'), 'utf8');
  await mkdir(path.join(root, 'reference', page), { recursive: true });
  await writeFile(path.join(root, 'reference', page, 'index.html'), referencePage(html, page));
}
const server = await serveStatic(root, { gzip: true });
const chrome = await launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox'] });
for (const page of pages) for (const url of [`${server.url}${page}`, `${server.url}/reference${page}`]) {
  const r = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: ['performance'] });
  const a = r.lhr.audits;
  const el = a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  const phases = a['largest-contentful-paint-element']?.details?.items?.[1]?.items;
  console.log(url, 'LCP', a['largest-contentful-paint'].numericValue.toFixed(0), 'FCP', a['first-contentful-paint'].numericValue.toFixed(0));
  console.log('  element', el?.snippet?.slice(0, 150));
  console.log('  phases', JSON.stringify(phases));
  const reqs = a['network-requests'].details.items.map((i) => `${i.url.replace(server.url, '')} ${i.resourceType} ${Math.round(i.transferSize)}B ${Math.round(i.networkRequestTime)}-${Math.round(i.networkEndTime)}`);
  console.log('  ' + reqs.join('\n  '));
  await writeFile('/tmp/lh-' + (url.includes('reference') ? 'ref' : 'page') + page.replaceAll('/', '_') + '.json', JSON.stringify(r.lhr));
}
chrome.kill(); await server.close();
