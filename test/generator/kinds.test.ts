/**
 * Campaign kinds and downloads on a real build of fixture campaigns, built as of 27 November 2026: three
 * observances (a year before, during and after it), an initiative with no dates, and downloads of every
 * sort. Then the errors a team gets for a time on an initiative and for a download that is not what it says.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { loadCampaigns } from '../../src/generator/load.js';
import { formatError } from '../../src/generator/errors.js';
import { STALE_REPORT_PATH } from '../../src/generator/paths.js';
import { SITE_YAML, tempDir } from '../support/build.js';
import { attr, elements, jsonLdOf, textOf, useBuiltPages, type BuiltPage, type Node } from '../support/built-pages.js';
import { VALID_CAMPAIGN, writeEntries, type Entry } from '../support/hostile.js';

const observance = (year: number) => `kind: observance
year: ${year}
name: Year of Rivers ${year}
description: A year for rivers.
organiser:
  name: UN-Water
`;

/** The smallest file that starts as a PDF does; the build checks the start, not the whole document. */
const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
/** An empty ZIP archive: its end-of-central-directory record alone. */
const ZIP = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);

const INITIATIVE = `kind: initiative
locales: [en, fr]
name:
  en: River Products Initiative
  fr: Initiative des produits des rivières
description: Supports river producers.
organiser:
  name: UN-Water
  url: https://www.unwater.org/
banner:
  image: assets/banner.svg
downloads:
  - title:
      en: Annual report
      fr: Rapport annuel
    file: files/report.pdf
    type: report
    language: en
  - title: Launch announcement
    url: https://www.unwater.org/files/launch.pdf
    type: press-release
    language: fr
    size: 2400000
  - title: Photos
    file: files/photos.zip
    type: photo-gallery
    language: zxx
`;

const BANNER = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40" width="100" height="40"><rect width="100" height="40" fill="#335577"/></svg>';

const FIXTURE: Record<string, Entry> = {
  'site.yaml': SITE_YAML,
  'year-before/campaign.yaml': observance(2027),
  'year-now/campaign.yaml': observance(2026),
  'year-past/campaign.yaml': observance(2025),
  'rivers/campaign.yaml': INITIATIVE,
  'rivers/assets/banner.svg': BANNER,
  'rivers/files/report.pdf': PDF,
  'rivers/files/photos.zip': ZIP,
};

const built = useBuiltPages(FIXTURE);

const page = (file: string): BuiltPage => {
  const found = built.pages.find((p) => p.file === file);
  assert.ok(found, `${file} was built`);
  return found;
};
const read = (file: string) => readFile(path.join(built.dist, file), 'utf8');
/** A page's HTML without the markers Lit's server rendering leaves between parts. */
const plain = (file: string) => page(file).html.replace(/<!--.*?-->/g, '');

/** The texts of the elements shown at the build (no `hidden` on them or an ancestor), by tag. */
function shownTexts(node: Node, name: string, hidden = false): string[] {
  const here = hidden || attr(node, 'hidden') !== undefined;
  const own = node.nodeName === name && !here ? [textOf(node).replace(/\s+/g, ' ').trim()] : [];
  return [...own, ...(node.childNodes ?? []).flatMap((child) => shownTexts(child, name, here))];
}

test('an observance before its year counts down to 1 January, and is listed as upcoming', async () => {
  const before = page('year-before/index.html');
  const shown = shownTexts(before.document, 'p');
  assert.ok(shown.includes('1 January – 31 December 2027, in every time zone'), shown.join(' | '));
  assert.ok(!shown.includes('Happening now'));
  const countdown = elements(before.document, 'summit-countdown')[0];
  assert.equal(attr(countdown, 'state'), undefined, 'a live countdown, not the compact box of an ended event');
  assert.match(attr(elements(before.document, 'main')[0], 'data-schedule')!, /"kind":"observance","time":\{"start":"2027-01-01","end":"2028-01-01","timeZone":"local","allDay":true\}/);
  const directory = page('index.html').html;
  assert.match(directory.slice(directory.indexOf('id="upcoming-heading"'), directory.indexOf('id="ended-heading"')), /Year of Rivers 2027/);
});

test('an observance during its year is happening now, everywhere, as a whole-year Event in the structured data', async () => {
  const now = page('year-now/index.html');
  assert.ok(shownTexts(now.document, 'p').includes('Happening now'));
  const [event] = jsonLdOf(now);
  assert.equal(event['@type'], 'Event');
  assert.deepEqual([event.startDate, event.endDate], ['2026-01-01', '2026-12-31']);
  const data = JSON.parse(await read('year-now/campaign.json'));
  assert.equal(data.kind, 'observance');
  assert.deepEqual(data.time, { start: '2026-01-01', end: '2027-01-01', timeZone: 'local', allDay: true });
  const ics = await read('year-now/year-now.ics');
  assert.match(ics, /DTSTART;VALUE=DATE:20260101\r\nDTEND;VALUE=DATE:20270101/);
});

test('an observance after its year says when it took place, and its countdown is over for good', async () => {
  const past = page('year-past/index.html');
  const shown = shownTexts(past.document, 'p');
  assert.ok(shown.some((text) => text.startsWith('When it took place')), shown.join(' | '));
  assert.equal(attr(elements(past.document, 'summit-countdown')[0], 'state'), 'ended');
  const directory = page('index.html').html;
  assert.match(directory.slice(directory.indexOf('id="ended-heading"')), /Year of Rivers 2025/);
});

test('an initiative has no countdown, calendar or .ics, is a Project rather than an Event, and is listed under Initiatives', async () => {
  for (const file of ['rivers/index.html', 'rivers/fr/index.html']) {
    const initiative = page(file);
    assert.equal(elements(initiative.document, 'summit-countdown').length, 0, file);
    assert.equal(elements(initiative.document, 'summit-calendar').length, 0, file);
    assert.doesNotMatch(initiative.html, /\.ics"/, file);
    assert.doesNotMatch(initiative.html, /id="when-heading"/, file);
    // Nothing on its page calls it an event: its share heading speaks of the page.
    assert.doesNotMatch(initiative.html.replace(/<script[\s\S]*?<\/script>/g, ''), /this event|cet événement/i, file);
    assert.equal(elements(initiative.document, 'img').filter((img) => attr(img, 'class') === 'banner-image').length, 1, 'its banner');
    const [ld] = jsonLdOf(initiative);
    assert.equal(ld['@type'], 'Project');
    assert.equal(ld.startDate, undefined);
    assert.deepEqual(ld.parentOrganization, { '@type': 'Organization', name: 'UN-Water', url: 'https://www.unwater.org/' });
  }
  assert.deepEqual((await readdir(path.join(built.dist, 'rivers'), { recursive: true })).filter((f) => f.endsWith('.ics')), []);
  const data = JSON.parse(await read('rivers/campaign.json'));
  assert.equal(data.kind, 'initiative');
  assert.equal(data.time, undefined);
  const directory = plain('index.html');
  const initiatives = directory.slice(directory.indexOf('<section aria-labelledby="initiatives-heading">'));
  assert.match(initiatives, /<h2 id="initiatives-heading">Initiatives<\/h2>/);
  assert.match(initiatives, /href="rivers\/"/);
  assert.doesNotMatch(directory.slice(0, directory.indexOf('initiatives-heading')), /River Products Initiative/, 'never in a dated group');
  assert.match(plain('fr/index.html'), /<h2 id="initiatives-heading">Initiatives<\/h2>[\s\S]*Initiative des produits des rivières/);
  const sitemap = await read('sitemap.xml');
  assert.match(sitemap, /<loc>https:\/\/events\.example\.org\/rivers\/<\/loc>/);
  assert.match(sitemap, /<loc>https:\/\/events\.example\.org\/rivers\/fr\/<\/loc>/);
  const stale = JSON.parse(await read(STALE_REPORT_PATH));
  assert.deepEqual(stale.campaigns.map((c: { slug: string }) => c.slug), ['year-before', 'year-now', 'year-past'], 'the initiative never goes stale');
  assert.doesNotMatch(await read('calendar.ics'), /rivers@/);
});

test('downloads are listed after About, each link saying its title, type, format, size and language', async () => {
  const initiative = page('rivers/index.html');
  const html = initiative.html;
  assert.ok(html.indexOf('id="downloads-heading"') > html.indexOf('id="about-heading"'));
  const section = elements(initiative.document, 'section').find((s) => attr(s, 'aria-labelledby') === 'downloads-heading')!;
  assert.equal(textOf(elements(section, 'h2')[0]), 'Downloads and resources');
  const links = elements(section, 'a').map((a) => ({
    text: textOf(a).replace(/\s+/g, ' ').trim(),
    href: attr(a, 'href'),
    hreflang: attr(a, 'hreflang'),
    type: attr(a, 'type'),
  }));
  assert.deepEqual(links, [
    { text: `Annual report (Report · PDF · ${PDF.length} byte · English)`, href: '../rivers/files/report.pdf', hreflang: 'en', type: 'application/pdf' },
    { text: 'Launch announcement (Press release · PDF · 2.4 MB · French)', href: 'https://www.unwater.org/files/launch.pdf', hreflang: 'fr', type: 'application/pdf' },
    { text: `Photos (Photo gallery · ZIP · ${ZIP.length} byte · No linguistic content)`, href: '../rivers/files/photos.zip', hreflang: 'zxx', type: 'application/zip' },
  ]);
  assert.match(plain('rivers/fr/index.html'), /Rapport annuel <span class="meta">\(Rapport · PDF · [^)]* · anglais\)/);
  assert.deepEqual(new Uint8Array(await readFile(path.join(built.dist, 'rivers/files/report.pdf'))), PDF, 'the very bytes checked');
  const data = JSON.parse(await read('rivers/campaign.json'));
  assert.deepEqual(data.downloads[0], { title: { en: { text: 'Annual report', lang: 'en' }, fr: { text: 'Rapport annuel', lang: 'fr' } }, url: 'files/report.pdf', type: 'report', format: 'pdf', language: 'en', size: PDF.length });
});

const NOW = Date.parse('2026-11-27T00:00:00Z');

/** Loads one campaign folder and returns its errors as printed lines. */
async function errorsFor(files: Record<string, Entry>): Promise<string[]> {
  const root = await tempDir('kinds-errors');
  await writeEntries(root, { 'site.yaml': SITE_YAML, ...Object.fromEntries(Object.entries(files).map(([name, entry]) => [`water-dialogue/${name}`, entry])) });
  const result = await loadCampaigns(root, NOW, (f) => path.relative(root, f));
  return result.errors.map(formatError);
}

test('an initiative with a time gets a positioned error for each time field, saying why and how to fix it', async () => {
  const errors = await errorsFor({ 'campaign.yaml': `kind: initiative\n${VALID_CAMPAIGN}` });
  assert.deepEqual(errors, [
    'water-dialogue/campaign.yaml:4:12 time-zone: expected no time-zone on an initiative, got "America/New_York": an initiative is ongoing, with no dates, so nothing counts down, goes in a calendar or becomes past; remove time-zone, or set kind: event (or observance) if it happens at a time',
    'water-dialogue/campaign.yaml:5:8 start: expected no start on an initiative, got "2027-03-22T10:00": an initiative is ongoing, with no dates, so nothing counts down, goes in a calendar or becomes past; remove start, or set kind: event (or observance) if it happens at a time',
    'water-dialogue/campaign.yaml:6:6 end: expected no end on an initiative, got "2027-03-22T13:00": an initiative is ongoing, with no dates, so nothing counts down, goes in a calendar or becomes past; remove end, or set kind: event (or observance) if it happens at a time',
  ]);
});

test('an event needs a start and a zone, and an observance a year or dates, never both', async () => {
  const withoutStart = VALID_CAMPAIGN.replace(/start: .*\nend: .*\n/, '');
  assert.deepEqual(await errorsFor({ 'campaign.yaml': withoutStart }), [
    'water-dialogue/campaign.yaml:1:1 start: expected when the event starts, a date like 2023-03-06 or a date and time like 2023-03-06T10:00, got nothing; for an ongoing initiative with no dates, set kind: initiative',
  ]);
  const both = `kind: observance\nyear: 2027\nstart: 2027-03-22\nname: X\ndescription: X\norganiser:\n  name: X\n`;
  assert.deepEqual(await errorsFor({ 'campaign.yaml': both }), [
    'water-dialogue/campaign.yaml:2:7 year: expected year or start and end on an observance, got both; keep year: 2027 for the whole year, or start and end for some days',
  ]);
});

test('a download file is published only when it is a regular file in the folder, of the format its name says', async () => {
  const withDownload = (file: string) => `${VALID_CAMPAIGN}downloads:\n  - title: Report\n    file: ${file}\n    type: report\n    language: en\n`;
  const at = 'water-dialogue/campaign.yaml:10:11 downloads[0].file';
  assert.deepEqual(await errorsFor({ 'campaign.yaml': withDownload('files/report.pdf'), 'files/report.pdf': PDF }), []);
  const [link] = await errorsFor({ 'campaign.yaml': withDownload('files/report.pdf'), 'files/report.pdf': { symlink: '/etc/passwd' } });
  assert.match(link, new RegExp(`^${at.replace(/[.[\]]/g, '\\$&')}: expected a regular file inside the campaign folder, got a symbolic link .*files/report\\.pdf → /etc/passwd; copy the file into the folder instead$`));
  const [outside] = await errorsFor({ 'campaign.yaml': withDownload('../other/report.pdf') });
  assert.match(outside, /downloads\[0\]\.file: expected a relative path to a PDF, ZIP or DOCX file in the campaign folder, like files\/report\.pdf, got "\.\.\/other\/report\.pdf"/);
  const [notPdf] = await errorsFor({ 'campaign.yaml': withDownload('files/report.pdf'), 'files/report.pdf': '<html>not a PDF</html>' });
  assert.equal(notPdf, `${at}: expected a PDF as its name says, got a file that is not one (water-dialogue/files/report.pdf starts with "<html>no"); export it again`);
  const [zipAsPdf] = await errorsFor({ 'campaign.yaml': withDownload('files/report.pdf'), 'files/report.pdf': ZIP });
  assert.equal(zipAsPdf, `${at}: expected a PDF as its name says, got a ZIP archive in water-dialogue/files/report.pdf; export it again, or rename it to .zip`);
});
