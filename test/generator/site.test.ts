import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import path from 'node:path';
import ICAL from 'ical.js';
import { readAtom, readJsonFeed } from '../support/feeds.js';
import { runBuild, shippedSlugs, SITE_YAML, tempDir, treeHashes, writeTree } from '../support/build.js';
import { visibleLinks, visibleText } from '../support/visible.js';
import { headerRules, headersFor } from '../support/static-server.js';
import { campaignJsonSchema, campaignModelSchema } from '../../src/campaign/model-schema.js';
import { readCampaign } from '../../src/components/shared/campaign-json.js';
import { CAMPAIGN_JSON_SCHEMA_PATH, STALE_REPORT_PATH } from '../../src/generator/paths.js';
import { IMAGE_TYPES } from '../../src/generator/assets.js';

const LOCALES = ['fr', 'es', 'ar', 'zh', 'ru', 'it'];
/** The shipped campaigns, whichever they are today: adding or retiring one never breaks these tests. */
const SLUGS = await shippedSlugs();

let dist: string;

before(async () => {
  dist = path.join(await tempDir('site'), 'dist');
  const run = await runBuild(dist);
  assert.equal(run.code, 0, run.stderr);
});

const read = (file: string) => readFile(path.join(dist, file), 'utf8');

/** The shipped campaigns whose built `campaign.json` passes `keep`: those with a time, or with news. */
async function slugsWhere(keep: (data: { time?: unknown; news: unknown[] }) => boolean): Promise<string[]> {
  const kept = await Promise.all(SLUGS.map(async (slug) => keep(JSON.parse(await read(`${slug}/campaign.json`)))));
  return SLUGS.filter((_, i) => kept[i]);
}

test('the build writes the directory, every campaign in every locale, its data and the embed script', async () => {
  const files = Object.keys(await treeHashes(dist));
  for (const slug of SLUGS) {
    assert.ok(files.includes(`${slug}/index.html`), slug);
    assert.ok(files.includes(`${slug}/campaign.json`), slug);
    for (const locale of LOCALES) assert.ok(files.includes(`${slug}/${locale}/index.html`), `${slug}/${locale}`);
  }
  assert.ok(files.includes('index.html'));
  assert.ok(files.includes('embed/summit.js'));
  assert.ok(files.includes('favicon.ico'));
});

test('campaign.json is the model serialised: version 2, the schedule as written, every locale resolved, valid by its published schema', async () => {
  const csw = JSON.parse(await read('csw67/campaign.json'));
  assert.equal(csw.version, 2);
  // Whole days in New York: the first day, and the day after the last.
  assert.deepEqual(csw.time, { start: '2023-03-06', end: '2023-03-18', timeZone: 'America/New_York', allDay: true });
  for (const locale of ['en', ...LOCALES]) assert.ok(csw.name[locale].text, locale);
  const imd = JSON.parse(await read('international-mountain-day/campaign.json'));
  const dubai = imd.editions.find((e: { year: number }) => e.year === 2023).sessions[0];
  assert.equal(dubai.start, '2023-12-11T14:00:00+04:00', '14:00 in Dubai, with its offset');
  assert.deepEqual(JSON.parse(await read(CAMPAIGN_JSON_SCHEMA_PATH)), JSON.parse(JSON.stringify(campaignJsonSchema())));
  for (const slug of SLUGS) {
    const data = JSON.parse(await read(`${slug}/campaign.json`));
    const parsed = campaignModelSchema.safeParse(data);
    assert.ok(parsed.success, `${slug}: ${parsed.error?.message}`);
    assert.deepEqual(readCampaign(data, `https://events.example.org/${slug}/campaign.json`).time, data.time, `${slug}: the partner reader reads it`);
  }
});

test('International Mountain Day built in late November 2026 shows 11 December 2026 and invents no theme', async () => {
  const imd = JSON.parse(await read('international-mountain-day/campaign.json'));
  assert.deepEqual(imd.time, { start: '2023-12-11', end: '2023-12-12', timeZone: 'local', allDay: true }, 'the first Day, as written');
  assert.equal(imd.recapDays, 7);
  const page = visibleText(await read('international-mountain-day/index.html'));
  assert.match(page, /The theme for 2026 has not been announced yet\./);
  assert.match(page, /11 December 2026, in every time zone/);
  assert.match(page, /Glaciers matter for water, food and livelihoods in mountains and beyond/, 'past themes are listed');
});

test('the build writes the hosting headers: hashed scripts and chunks cached for good, campaign data open to partners with its Date', async () => {
  const headers = await read('_headers');
  const files = Object.keys(await treeHashes(dist));
  assert.match(headers, /^\/assets\/\*\n {2}Cache-Control: public, max-age=31536000, immutable\n(?! )/m);
  const scripts = files.filter((f) => f.startsWith('assets/'));
  assert.ok(scripts.length > 0 && scripts.every((f) => /^assets\/[\w-]+-[\w-]{8}\.js$/.test(f)), `every page script has a hashed name: ${scripts.join(', ')}`);
  assert.match(headers, /^\/embed\/v1\/chunks\/\*\n {2}Cache-Control: public, max-age=31536000, immutable\n/m);
  assert.match(headers, /^\/:slug\/campaign\.json\n {2}Cache-Control: no-cache\n {2}Access-Control-Allow-Origin: \*\n {2}Access-Control-Expose-Headers: Date\n/m);
  const chunks = files.filter((f) => f.startsWith('embed/v1/chunks/'));
  assert.ok(chunks.length > 0 && chunks.every((f) => /-[\w-]{8}\.js$/.test(f)), `every chunk has a hashed name: ${chunks.join(', ')}`);
});

/** Every extension of an image the build publishes. */
const IMAGE_EXTENSIONS = Object.values(IMAGE_TYPES).flatMap(({ extensions }) => extensions);

test('every file of the built site gets one value of each caching header from _headers, and its images are shown from the cache while they are checked', async () => {
  const rules = headerRules(await read('_headers'));
  const files = Object.keys(await treeHashes(dist));
  assert.ok(files.some((file) => file.endsWith('.svg')) && files.some((file) => file.endsWith('.png')), 'banners and card images are among them');
  for (const file of files) {
    const headers = headersFor(rules, `/${file}`);
    const names = headers.map(([name]) => name);
    // Two policies are enforced together, so an SVG's stricter one beside the pages' is meant (see the test below).
    const repeated = names.filter((name, i) => names.indexOf(name) !== i && name !== 'Content-Security-Policy');
    assert.deepEqual(repeated, [], `${file} gets two values of ${repeated.join(', ')}, which a host joins into one`);
    const cache = headers.filter(([name]) => name === 'Cache-Control').map(([, value]) => value);
    if (IMAGE_EXTENSIONS.includes(path.extname(file))) assert.deepEqual(cache, ['public, max-age=600, stale-while-revalidate=604800'], file);
  }
});

test('every page starts its script from one inline loader, which the pages\' policy in the hosting headers allows by its hash, and nothing else inline', async () => {
  // The first rule, so that the SVG rule after it keeps its own policy on Netlify, where a later rule wins.
  const [first] = headerRules(await read('_headers'));
  assert.equal(first.path, '/*', 'the pages\' policy is not the first rule of _headers');
  assert.equal(first.headers.length, 1);
  const [name, policy] = first.headers[0];
  assert.equal(name, 'Content-Security-Policy');
  assert.match(policy, /^script-src 'self' 'sha256-[A-Za-z0-9+/]{43}='; object-src 'none'; base-uri 'self'$/);
  const pages = Object.keys(await treeHashes(dist)).filter((file) => file.endsWith('.html'));
  assert.ok(pages.length > 90);
  for (const file of pages) {
    const html = await read(file);
    // Executable inline scripts: none but the loader (JSON-LD is data, not run).
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attributes]) => !/type="application\/ld\+json"/.test(attributes));
    assert.equal(inline.length, 1, `${file} has ${inline.length} inline scripts`);
    const [, attributes, text] = inline[0];
    assert.ok(policy.includes(`'sha256-${createHash('sha256').update(text).digest('base64')}'`), `${file}: the policy does not allow its loader`);
    const script = /data-src="([^"]+)"/.exec(attributes)?.[1];
    assert.ok(script && /^(\.\.\/)*assets\/page-[\w-]+\.js$/.test(script), `${file} loads ${script}`);
    assert.ok(existsSync(path.join(dist, path.dirname(file), script)), `${file}: ${script} is not in the site`);
    // No module script the browser would request while the page still loads, but the kit's own and the partner script on kit pages.
    const early = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map(([, src]) => src.replace(/^(\.\.\/)*/, ''));
    assert.deepEqual(early.filter((src) => !/^(assets\/kit-[\w-]+\.js|embed\/v1\/summit\.js)$/.test(src)), [], file);
  }
});

test('the build reports when its static output goes stale', async () => {
  const report = JSON.parse(await read(STALE_REPORT_PATH));
  // Built on 27 November 2026: the next change is International Mountain Day beginning where the day comes first (UTC+14).
  assert.equal(report.builtAt, '2026-11-27T00:00:00.000Z');
  assert.equal(report.staleAt, '2026-12-10T10:00:00.000Z');
  assert.deepEqual(report.campaigns.find((c: { slug: string }) => c.slug === 'csw67'), { slug: 'csw67', changesAt: null }, 'an event over for good never changes');
});

test('a page is readable without JavaScript: title, theme, dates and news are in the static HTML', async () => {
  const page = await read('csw67/index.html');
  assert.match(page, /<h1[^>]*>(<!--[^>]*-->)*CSW67/);
  assert.match(page, /Innovation and technological change/);
  assert.match(page, /<time datetime="2023-03-06">/);
  assert.match(page, /<a href="https:\/\/[^"]+"[^>]*>(<!--[^>]*-->)*Read more/);
  assert.match(page, /<template [^>]*shadowrootmode="open"/, 'components are server-rendered as declarative shadow DOM');
});

test('every page has lang, dir, reciprocal hreflang alternates and an x-default', async () => {
  const ar = await read('csw67/ar/index.html');
  assert.match(ar, /<html lang="ar" dir="rtl">/);
  for (const locale of ['en', ...LOCALES]) {
    const page = await read(locale === 'en' ? 'csw67/index.html' : `csw67/${locale}/index.html`);
    const self = `https://events.mountain-partnership.example/csw67/${locale === 'en' ? '' : `${locale}/`}`;
    assert.ok(page.includes(`<link rel="alternate" hreflang="${locale}" href="${self}">`), `${locale} links to itself`);
    assert.ok(page.includes(`<link rel="alternate" hreflang="x-default" href="https://events.mountain-partnership.example/csw67/">`));
    for (const other of LOCALES) assert.ok(page.includes(`hreflang="${other}"`), `${locale} → ${other}`);
  }
});

test('a failed build prints every error with its position, exits 1 with no stack trace, and leaves dist/ as it was', async () => {
  const campaigns = await tempDir('fail-campaigns');
  const out = path.join(await tempDir('fail-out'), 'dist');
  const good = 'name: Dialogue\ndescription: A dialogue.\ntime-zone: Europe/Rome\nstart: 2027-05-04\norganiser:\n  name: FAO\n';
  await writeTree(campaigns, { 'site.yaml': SITE_YAML, 'dialogue/campaign.yaml': good });
  assert.equal((await runBuild(out, { campaigns })).code, 0);
  const before = await treeHashes(out);

  await writeFile(path.join(campaigns, 'dialogue/campaign.yaml'), good.replace('Europe/Rome', 'Europe/Roma').replace('name: Dialogue', 'nmae: Dialogue'));
  const run = await runBuild(out, { campaigns });
  assert.equal(run.code, 1);
  assert.match(run.stderr, /dialogue\/campaign\.yaml:1:1 nmae: unknown field "nmae"; did you mean "name"\?/);
  assert.doesNotMatch(run.stderr, /^\s+at /m, 'no stack trace');
  assert.deepEqual(await treeHashes(out), before);
});

test('hostile text is shown as text, never executed, and inline JSON cannot close its script', async () => {
  const campaigns = await tempDir('hostile');
  const out = path.join(await tempDir('hostile-out'), 'dist');
  // A direction override is refused at its line (see hostile-config.test.ts); markup is accepted as text.
  const title = '</script><script>alert(1)</script><img src=x onerror=alert(2)> evil';
  await writeTree(campaigns, {
    'site.yaml': SITE_YAML,
    'hostile/campaign.yaml': `name: ${JSON.stringify(title)}\ndescription: ${JSON.stringify('x'.repeat(5000))}\ntime-zone: UTC\nstart: 2027-01-01\norganiser:\n  name: "<b>Org</b>"\n`,
  });
  const run = await runBuild(out, { campaigns });
  assert.equal(run.code, 0, run.stderr);
  const page = await readFile(path.join(out, 'hostile/index.html'), 'utf8');
  assert.doesNotMatch(page, /<script>alert/);
  assert.doesNotMatch(page, /<img src=x/);
  assert.match(page, /&lt;\/script&gt;&lt;script&gt;alert\(1\)/);
  const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1];
  assert.equal(JSON.parse(jsonLd).name, title, 'the JSON-LD keeps the text exactly, escaped');
});

test('the output is byte-identical whatever the build machine’s time zone and language', async () => {
  const other = path.join(await tempDir('determinism'), 'dist');
  const run = await runBuild(other, { env: { TZ: 'Pacific/Chatham', LANG: 'ar_EG.UTF-8', LC_ALL: 'ar_EG.UTF-8' } });
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(await treeHashes(other), await treeHashes(dist));
});


test('the build prints the translation coverage, and --mode strict fails on untranslated text', async () => {
  const campaigns = await tempDir('strict');
  const out = path.join(await tempDir('strict-out'), 'dist');
  await writeTree(campaigns, {
    'site.yaml': SITE_YAML,
    'dialogue/campaign.yaml': 'name: { en: Dialogue, fr: Dialogue }\ndescription: A dialogue.\nlocales: [en, fr]\ntime-zone: Europe/Rome\nstart: 2027-05-04\norganiser:\n  name: FAO\n',
  });
  const relaxed = await runBuild(out, { campaigns });
  assert.equal(relaxed.code, 0, relaxed.stderr);
  assert.match(relaxed.stdout + relaxed.stderr, /dialogue fr: 2 untranslated \(description, organiser\.name\)/);
  const strict = await new Promise<{ code: number; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--mode', 'strict', '--outDir', out], { env: { ...process.env, SOURCE_DATE_EPOCH: '1795737600', SUMMIT_CAMPAIGNS: campaigns } });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.on('exit', (code) => resolve({ code: code ?? 1, stderr }));
  });
  assert.equal(strict.code, 1);
  assert.match(strict.stderr, /dialogue\/campaign\.yaml:1:1 expected every text in fr, got 2 untranslated: description, organiser\.name/);
});

test('every campaign with a time has a calendar file per language, the default one at its first address, and each page links its own', async () => {
  const files = Object.keys(await treeHashes(dist));
  const dated = await slugsWhere((data) => data.time !== undefined);
  for (const slug of SLUGS.filter((s) => !dated.includes(s))) assert.ok(!files.some((f) => f.startsWith(`${slug}/`) && f.endsWith('.ics')), `${slug}: no time, no calendar file`);
  for (const slug of dated) {
    assert.ok(files.includes(`${slug}/${slug}.ics`), `${slug}: the default language's file keeps its address`);
    for (const locale of LOCALES) assert.ok(files.includes(`${slug}/${locale}/${slug}.ics`), `${slug}/${locale}`);
    assert.ok(!files.includes(`${slug}/en/${slug}.ics`), 'no second copy of the default language');
  }
  assert.match(await read('csw67/index.html'), /href="\.\.\/csw67\/csw67\.ics" download/);
  assert.match(await read('csw67/fr/index.html'), /href="\.\.\/\.\.\/csw67\/fr\/csw67\.ics" download/);
  assert.match(await read('csw67/fr/csw67.ics'), /^X-WR-CALNAME:.*\r$/m);
});

test('one calendar of every campaign per language beside the directory, and subscriptions from the directory and each campaign page', async () => {
  const base = 'events.mountain-partnership.example';
  const all = ICAL.Component.fromString(await read('calendar.ics'));
  const uids = all.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('uid')));
  for (const slug of await slugsWhere((data) => data.time !== undefined)) assert.ok(uids.includes(`${slug}@${base}`), slug);
  const csw67 = (await read('csw67/csw67.ics')).match(/^BEGIN:VEVENT[\s\S]*?^END:VEVENT\r$/m)![0];
  assert.ok((await read('calendar.ics')).includes(csw67), 'the same event, byte for byte, as in the campaign’s file');
  const fr = ICAL.Component.fromString(await read('fr/calendar.ics'));
  const frCsw67 = fr.getAllSubcomponents('vevent').find((e) => e.getFirstPropertyValue('uid') === `csw67@${base}`)!;
  assert.equal(frCsw67.getFirstPropertyValue('summary'), ICAL.Component.fromString(await read('csw67/fr/csw67.ics')).getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary'));
  assert.ok((await read('index.html')).includes(`href="webcal://${base}/calendar.ics"`));
  assert.ok((await read('fr/index.html')).includes(`href="../fr/calendar.ics" download`));
  assert.ok((await read('fr/index.html')).includes(`href="webcal://${base}/fr/calendar.ics"`));
  assert.ok((await read('csw67/fr/index.html')).includes(`href="webcal://${base}/csw67/fr/csw67.ics"`));
  assert.ok((await read('csw67/index.html')).includes(`href="webcal://${base}/csw67/csw67.ics"`));
});

test('every feed parses as its format requires, and every page with news links its own in its head', async () => {
  const base = 'https://events.mountain-partnership.example';
  const files = Object.keys(await treeHashes(dist));
  const atoms = files.filter((f) => f.endsWith('.atom')).sort();
  const jsons = files.filter((f) => f.endsWith('feed.json')).sort();
  assert.deepEqual(atoms.map((f) => f.replace(/\.atom$/, '')), jsons.map((f) => f.replace(/\.json$/, '')), 'each Atom feed has its JSON Feed');
  assert.equal(atoms.length, 7 + (await slugsWhere((data) => data.news.length > 0)).length * 7, 'the site and every campaign with news, in every language');
  for (const file of atoms) {
    const atom = readAtom(await read(file), file);
    const json = readJsonFeed(await read(file.replace(/\.atom$/, '.json')), file);
    assert.deepEqual(json.items.map((i) => i.id), atom.entries.map((e) => e.id), `${file}: the same entries in both`);
    assert.ok(atom.entries.length > 0, file);
    const page = file.replace(/feed\.atom$/, '');
    assert.equal(atom.id, `${base}/${page}`);
    const html = await read(`${page}index.html`);
    const head = html.slice(0, html.indexOf('</head>'));
    assert.ok(head.includes(`<link rel="alternate" type="application/atom+xml" title="`) && head.includes(`href="${base}/${page}feed.atom">`), `${page} links its Atom feed`);
    assert.ok(head.includes(`href="${base}/${page}feed.json">`) && head.includes('type="application/feed+json"'), `${page} links its JSON Feed`);
    const campaignPage = SLUGS.some((slug) => page.startsWith(`${slug}/`));
    if (campaignPage) assert.ok((await read(`${page}embed/index.html`)).includes(`href="${base}/${page}feed.atom">`), `${page}embed/ links its campaign's feed`);
  }
  const headers = await read('_headers');
  assert.match(headers, /^\/\*\.ics\n {2}Content-Type: text\/calendar; charset=utf-8\n {2}Cache-Control: no-cache\n/m);
  assert.match(headers, /^\/\*\.atom\n {2}Content-Type: application\/atom\+xml; charset=utf-8\n/m);
  assert.match(headers, /^\/\*feed\.json\n {2}Content-Type: application\/feed\+json; charset=utf-8\n/m);
});

test('sitemap.xml lists every page, embed kits and past editions included, with its language alternates, and robots.txt points to it', async () => {
  const sitemap = await read('sitemap.xml');
  const base = 'https://events.mountain-partnership.example';
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  // The directory, each campaign and its embed kit, and International Mountain Day 2023, 2024 and 2025, in seven languages.
  assert.equal(locs.length, 7 + SLUGS.length * 7 * 2 + 3 * 7);
  for (const slug of SLUGS) for (const locale of LOCALES) assert.ok(locs.includes(`${base}/${slug}/${locale}/`), `${slug}/${locale}`);
  for (const slug of SLUGS) for (const locale of LOCALES) assert.ok(locs.includes(`${base}/${slug}/${locale}/embed/`), `${slug}/${locale}/embed`);
  assert.ok(sitemap.includes(`<xhtml:link rel="alternate" hreflang="x-default" href="${base}/csw67/"/>`));
  assert.ok(sitemap.includes(`<xhtml:link rel="alternate" hreflang="x-default" href="${base}/csw67/embed/"/>`));
  assert.doesNotMatch(sitemap, /lastmod/, 'no dates: the same campaigns give the same bytes');
  assert.equal(await read('robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${base}/sitemap.xml\n`);
});

test('each campaign has a calendar file: whole days as dates, a yearly observance as a yearly rule, sessions in UTC', async () => {
  const csw = await read('csw67/csw67.ics');
  assert.match(csw, /DTSTART;VALUE=DATE:20230306\r\nDTEND;VALUE=DATE:20230318\r\n/);
  assert.match(csw, /UID:csw67@events\.mountain-partnership\.example/);
  assert.match(csw, /DTSTAMP:20261127T000000Z/, 'stamped with the build date, not the clock');
  const imd = await read('international-mountain-day/international-mountain-day.ics');
  assert.match(imd, /DTSTART;VALUE=DATE:20231211\r\nDTEND;VALUE=DATE:20231212\r\n/, 'the series starts with the first Day');
  assert.match(imd, /RRULE:FREQ=YEARLY/);
  const page = await read('international-mountain-day/index.html');
  assert.match(page, /<summit-calendar\s+data-year="2026" data-when="upcoming live">[\s\S]*<a\s+href="\.\.\/international-mountain-day\/international-mountain-day\.ics" download>/);
  assert.match(page, /href="https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE&amp;text=International\+Mountain\+Day&amp;dates=20261211%2F20261212&amp;[^"]*recur=RRULE%3AFREQ%3DYEARLY"/);
  assert.ok(!visibleLinks(await read('csw67/index.html')).some((link) => link.includes('.ics')), 'a past event offers no calendar file to add');
});
