/**
 * Hostile corpus: configuration files and their text. Broken, hostile or careless YAML and JSON get one
 * positioned error each, every file's errors at once, and never a stack trace; hostile text that is
 * accepted comes out of every format as text, checked by parsing each output back.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'parse5';
import ICAL from 'ical.js';
import sax from 'sax';
import { icsText } from '../../src/generator/calendar.js';
import { runHostile, VALID_CAMPAIGN, type HostileCase } from '../support/hostile.js';

const YAML = 'water/campaign.yaml';
const AT = `<root>/${YAML}`;
const withNews = (item: string) => `${VALID_CAMPAIGN}news:\n  - date: 2027-01-10\n    link: https://www.unwater.org/news\n${item}`;

type Element = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Element[]; value?: string };

/** Every element of a page with this tag name, read by a real HTML parser. */
function elements(html: string, tag: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Element) => {
    if (node.nodeName === tag) found.push(node);
    for (const child of node.childNodes ?? []) walk(child);
    const content = (node as { content?: Element }).content;
    if (content) walk(content);
  };
  walk(parse(html) as Element);
  return found;
}

const textOf = (node: Element): string => (node.childNodes ?? []).map((c) => c.value ?? textOf(c)).join('');
const attr = (node: Element, name: string) => node.attrs?.find((a) => a.name === name)?.value;

/** The text of every element named `tag` in an XML document, read by a strict XML parser. */
function xmlTexts(xml: string, tag: string): string[] {
  const parser = sax.parser(true);
  const texts: string[] = [];
  let inside = false;
  parser.onopentag = (node) => (inside = node.name === tag) && texts.push('');
  parser.onclosetag = () => (inside = false);
  parser.ontext = (text) => {
    if (inside) texts[texts.length - 1] += text;
  };
  parser.write(xml).close();
  return texts;
}

const HOSTILE_URL = 'https://events.example.org/un&partners';
const HOSTILE_NAME = `Water </title><script>alert(1)</script> "Day" & <b>more</b>; a,b\\c`;
const HOSTILE_DESCRIPTION = 'First line.\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Injected\nATTACH:https://evil.example/x\n</script><img src=x onerror=alert(1)>';

const CASES: HostileCase[] = [
  // Syntax and structure
  {
    name: 'a YAML syntax error',
    files: { [YAML]: VALID_CAMPAIGN.replace('organiser:\n  name: UN-Water', 'organiser: [UN-Water') },
    errors: [`${AT}:6:12 expected a closing ] for the list this [ opens, got none; add the ], or put the text in double quotes if the [ is part of it`],
  },
  {
    name: 'a trailing comma in JSON, at its real line and column',
    files: { 'water/campaign.json': '{\n  "name": "Water Dialogue",\n  "description": "A dialogue.",\n}\n' },
    errors: ['<root>/water/campaign.json:4:1 expected valid JSON, got a syntax error: expected a property name in double quotes here, got "}"'],
  },
  {
    name: 'a missing comma in JSON',
    files: { 'water/campaign.json': '{\n  "name": "Water Dialogue"\n  "description": "A dialogue."\n}\n' },
    errors: ['<root>/water/campaign.json:3:3 expected valid JSON, got a syntax error: expected a comma here, got "\\"description\\""'],
  },
  {
    name: 'a comment in JSON',
    files: { 'water/campaign.json': '{\n  // the name\n  "name": "Water Dialogue"\n}\n' },
    errors: ['<root>/water/campaign.json:2:3 expected valid JSON, got a syntax error: expected no comments (JSON has none) here, got "// the name"'],
  },
  {
    name: 'bytes that are not UTF-8',
    files: { [YAML]: Buffer.concat([Buffer.from('name: Water Dialogue\ndescription: A dialogue '), Buffer.from([0xff, 0xfe]), Buffer.from(VALID_CAMPAIGN.slice(VALID_CAMPAIGN.indexOf(' on water.')))]) },
    errors: [`${AT}:2:25 expected UTF-8 text, got bytes that are not UTF-8; save the file as UTF-8 in your editor`],
  },
  {
    name: 'a YAML alias bomb',
    files: {
      [YAML]: `${VALID_CAMPAIGN}theme:\n  en: &a [x, x, x, x, x, x, x, x, x]\n  fr: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n  es: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n  ar: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n`,
    },
    errors: [`${AT}:10:11 expected at most 100 uses of aliases (*name), got aliases that expand without end; write the values out`],
  },
  {
    name: 'nesting too deep to read',
    files: { [YAML]: `${VALID_CAMPAIGN}theme: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n` },
    errors: [`${AT}:8:72 expected at most 64 levels of brackets, got more; check the brackets`],
  },
  {
    name: 'a config file of 2 MB',
    files: { [YAML]: VALID_CAMPAIGN.replace('A dialogue on water.', 'x'.repeat(2_000_000)) },
    errors: [`${AT}:1:1 expected a config file of at most 1 MB, got 2 MB; shorten the text, or check that the right file is here`],
  },
  {
    name: 'a config file that is a link to a file outside the project',
    files: { [YAML]: { symlink: '/etc/passwd' } },
    errors: [`${AT}:1:1 expected a regular file, got a symbolic link to /etc/passwd; put the config itself here`],
  },
  {
    name: 'a campaign folder that is a link',
    files: { water: { symlink: '/etc' } },
    errors: ['<root>/water:1:1 expected a campaign folder, got a symbolic link to /etc; move the campaign\'s files into campaigns/water'],
  },
  {
    // Each would write its pages over the site's own: the French front page and feeds, the partner scripts, the page scripts.
    name: 'campaign folders named like the site\'s own folders',
    files: { 'fr/campaign.yaml': VALID_CAMPAIGN, 'embed/campaign.yaml': VALID_CAMPAIGN, 'assets/campaign.yaml': VALID_CAMPAIGN },
    errors: [
      '<root>/assets/campaign.yaml:1:1 expected a folder name the site does not use itself, got "assets": dist/assets/ holds the pages\' scripts, and this campaign\'s pages would be written into it; rename the folder (its name is the campaign\'s URL)',
      '<root>/embed/campaign.yaml:1:1 expected a folder name the site does not use itself, got "embed": dist/embed/ holds the partner scripts, and this campaign\'s pages would be written into it; rename the folder (its name is the campaign\'s URL)',
      '<root>/fr/campaign.yaml:1:1 expected a folder name the site does not use itself, got "fr": dist/fr/ holds the front page, calendar and feeds in that language, and this campaign\'s pages would be written into it; rename the folder (its name is the campaign\'s URL)',
    ],
  },
  {
    name: 'one broken campaign never hides another',
    files: {
      'one/campaign.yaml': `${VALID_CAMPAIGN}theme:\n  en: &a [x, x, x, x, x, x, x, x, x]\n  fr: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n  es: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n  ar: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n`,
      'two/campaign.yaml': VALID_CAMPAIGN.replace('description:', 'descripton:'),
      'three/campaign.json': '{ "name": "x", }',
    },
    errors: [
      '<root>/one/campaign.yaml:10:11 expected at most 100 uses of aliases (*name), got aliases that expand without end; write the values out',
      '<root>/three/campaign.json:1:16 expected valid JSON, got a syntax error: expected a property name in double quotes here, got "}"',
      '<root>/two/campaign.yaml:2:1 descripton: unknown field "descripton"; did you mean "description"?',
    ],
  },
  {
    name: 'a schema error does not hide the session times and news checks after it',
    files: {
      [YAML]: `${VALID_CAMPAIGN}status: canceled\nsessions:\n  - name: Opening\n    start: 2027-03-22T10:00\n    end: 2027-03-22T09:00\n  - name: [Closing]\n    start: 2027-03-22T12:00\n    end: 2027-03-22T13:00\n  - name: Dialogue\n    start: 2027-03-22T14:00\n    end: 2027-03-22T13:00\nnews:\n  - water-action-agnda\n`,
    },
    errors: [
      `${AT}:8:9 status: expected one of "scheduled", "postponed", "cancelled", "moved-online", got "canceled"; did you mean "cancelled"?`,
      `${AT}:13:11 sessions[1].name: expected text or a map of fields, got a list`,
      `${AT}:20:5 news[0]: expected the id of a news item in campaigns/site.yaml, got "water-action-agnda"`,
      `${AT}:12:10 sessions[0].end: expected an end after the start 2027-03-22T10:00, got 2027-03-22T09:00`,
      `${AT}:18:10 sessions[2].end: expected an end after the start 2027-03-22T14:00, got 2027-03-22T13:00`,
    ],
  },

  // Text
  {
    name: 'a direction override in the name',
    files: { [YAML]: VALID_CAMPAIGN.replace('name: Water Dialogue', 'name: "Safe\u202egnp.exe"') },
    errors: [`${AT}:1:7 name: expected text without direction overrides, got U+202E (RIGHT-TO-LEFT OVERRIDE) at character 5; remove it: each page sets the direction of its language, and mixed scripts are isolated for you`],
  },
  {
    name: 'a direction embedding in a venue',
    files: { [YAML]: `${VALID_CAMPAIGN}venue:\n  name: "\u202bUN Headquarters"\n` },
    errors: [`${AT}:9:9 venue.name: expected text without direction overrides, got U+202B (RIGHT-TO-LEFT EMBEDDING) at character 1; remove it: each page sets the direction of its language, and mixed scripts are isolated for you`],
  },
  {
    name: 'a news title made only of a zero-width space',
    files: { [YAML]: withNews('    title: "\u200b"\n') },
    errors: [`${AT}:11:12 news[0].title: expected visible text, got only invisible characters (U+200B); write the text, or leave the field out`],
  },
  {
    name: 'a title of invisible characters and spaces',
    files: { [YAML]: withNews('    title: "\u2060 \u00ad"\n') },
    errors: [`${AT}:11:12 news[0].title: expected visible text, got only invisible characters (U+2060, U+00AD); write the text, or leave the field out`],
  },
  {
    name: 'a line break in the name',
    files: { [YAML]: VALID_CAMPAIGN.replace('name: Water Dialogue', 'name: "Water Dialogue\\nATTACH:https://evil.example/x"') },
    errors: [`${AT}:1:7 name: expected one line, got a line break at character 15; write this field on one line`],
  },
  {
    name: 'a literal block for a one-line field',
    files: { [YAML]: VALID_CAMPAIGN.replace('name: Water Dialogue', 'name: |\n  Water\n  Dialogue') },
    errors: [`${AT}:1:7 name: expected one line, got a line break at character 6; write this field on one line`],
  },
  {
    name: 'a bell character in the organiser',
    files: { [YAML]: VALID_CAMPAIGN.replace('name: UN-Water', 'name: "UN\\a-Water"') },
    errors: [`${AT}:7:9 organiser.name: expected text without control characters, got U+0007 at character 3; remove it`],
  },
  {
    name: 'a C1 control in the description',
    files: { [YAML]: VALID_CAMPAIGN.replace('A dialogue on water.', '"A dialogue\\x85on water."') },
    errors: [`${AT}:2:14 description: expected text without control characters, got U+0085 at character 11; remove it`],
  },
  {
    name: 'a tab in a news title',
    files: { [YAML]: withNews('    title: "Water\\tAction"\n') },
    errors: [`${AT}:11:12 news[0].title: expected text without control characters, got U+0009 (TAB) at character 6; remove it`],
  },
  {
    name: 'a paragraph separator in a theme',
    files: { [YAML]: `${VALID_CAMPAIGN}theme: "Water\u2029for all"\n` },
    errors: [`${AT}:8:8 theme: expected text without control characters, got U+2029 at character 6; remove it`],
  },
  {
    name: 'an unknown field whose name hides a direction override',
    files: { [YAML]: `${VALID_CAMPAIGN}"the\u202eme": Water\n` },
    errors: [`${AT}:8:1 the\\u{202e}me: unknown field "the\\u{202e}me"; did you mean "theme"?`],
  },

  // Limits
  {
    name: 'a 5,000-character name',
    files: { [YAML]: VALID_CAMPAIGN.replace('name: Water Dialogue', `name: ${'W'.repeat(5000)}`) },
    errors: [`${AT}:1:7 name: expected at most 200 characters, got 5,000; shorten it`],
  },
  {
    name: 'a 20,000-character description',
    files: { [YAML]: VALID_CAMPAIGN.replace('A dialogue on water.', 'Water. '.repeat(3000)) },
    errors: [`${AT}:2:14 description: expected at most 5000 characters, got 20,999; shorten it`],
  },
  {
    name: 'three hundred news items',
    files: { [YAML]: `${VALID_CAMPAIGN}news:\n${'  - date: 2027-01-10\n    title: News\n    link: https://www.unwater.org/news\n'.repeat(300)}` },
    errors: [`${AT}:9:3 news: expected at most 200 items, got 300; split the list or remove some`],
  },
  {
    name: 'a long title in one translation',
    files: { [YAML]: VALID_CAMPAIGN.replace('name: Water Dialogue', `name:\n  en: Water Dialogue\n  fr: ${'D'.repeat(201)}`) },
    errors: [`${AT}:3:7 name.fr: expected at most 200 characters, got 201; shorten it`],
  },

  // Time
  {
    name: 'an Etc/GMT zone, whose sign is the other way round',
    files: { [YAML]: VALID_CAMPAIGN.replace('America/New_York', 'Etc/GMT+3') },
    errors: [`${AT}:3:12 time-zone: expected the zone of a place, like Europe/Moscow, got "Etc/GMT+3", which means UTC−03:00: Etc/GMT zones count the other way; use the zone of the place the event happens in`],
  },
  {
    name: 'an Etc/GMT zone on a session',
    files: { [YAML]: `${VALID_CAMPAIGN}sessions:\n  - name: Side event\n    start: 2027-03-22T10:00\n    end: 2027-03-22T11:00\n    time-zone: Etc/GMT-14\n` },
    errors: [`${AT}:12:16 sessions[0].time-zone: expected the zone of a place, like Europe/Moscow, got "Etc/GMT-14", which means UTC+14:00: Etc/GMT zones count the other way; use the zone of the place the event happens in`],
  },
  {
    name: 'a session years away from its event is a warning',
    files: { [YAML]: `${VALID_CAMPAIGN}sessions:\n  - name: Side event\n    start: 2072-03-22T10:00\n    end: 2072-03-22T11:00\n` },
    warnings: [`${AT}:10:12 sessions[0].start: expected a session in 2027, the year of its event, got 2072-03-22T10:00; check the year`],
    check: async (dist) => {
      const page = await readFile(path.join(dist, 'water/index.html'), 'utf8');
      assert.match(page, /Side event/);
    },
  },
  {
    name: 'a session outside its edition is a warning',
    files: {
      [YAML]: `${VALID_CAMPAIGN.replace('start: 2027-03-22T10:00\nend: 2027-03-22T13:00', 'start: 2027-03-22\nrecurrence: yearly')}editions:\n  "2027":\n    sessions:\n      - name: Webinar\n        start: 2028-03-20T10:00\n        end: 2028-03-20T11:00\n`,
    },
    warnings: [`${AT}:12:16 editions.2027.sessions[0].start: expected a session in 2027, the year of its event, got 2028-03-20T10:00; check the year`],
    check: async (dist) => assert.ok((await readFile(path.join(dist, 'water/index.html'), 'utf8')).includes('Water Dialogue')),
  },
  {
    name: 'the year 1900 is a warning',
    files: { [YAML]: VALID_CAMPAIGN.replace('2027-03-22T10:00', '1900-03-22T10:00').replace('2027-03-22T13:00', '1900-03-22T13:00') },
    warnings: [
      `${AT}:4:8 start: expected a year between 1945 and 2100, got 1900-03-22T10:00; check the year`,
      `${AT}:1:1 status: the event is over but still scheduled, with nothing on the page about how it went; add links.recording or news of the outcome, or set the status if it was postponed or cancelled`,
    ],
    check: async (dist) => assert.match(await readFile(path.join(dist, 'water/index.html'), 'utf8'), /1900/),
  },

  // Accepted hostile text: every format escapes it by its own rules
  {
    name: 'markup, quotes and calendar syntax in the name and description come out as text everywhere',
    files: {
      [YAML]: `${VALID_CAMPAIGN.replace('name: Water Dialogue', `name: ${JSON.stringify(HOSTILE_NAME)}`).replace('description: A dialogue on water.', `description: ${JSON.stringify(HOSTILE_DESCRIPTION)}`)}sessions:\n  - name: ${JSON.stringify(HOSTILE_NAME)}\n    start: 2027-03-22T10:00\n    end: 2027-03-22T11:00\n`,
    },
    check: async (dist) => {
      const html = await readFile(path.join(dist, 'water/index.html'), 'utf8');
      assert.equal(textOf(elements(html, 'title')[0]).startsWith(HOSTILE_NAME), true, 'the title is the name, as text');
      assert.equal(textOf(elements(html, 'h1')[0]).trim(), HOSTILE_NAME);
      assert.ok(elements(html, 'script').every((s) => !textOf(s).includes('alert(1)') || attr(s, 'type') === 'application/ld+json'), 'no script runs the text');
      assert.equal(elements(html, 'img').filter((img) => attr(img, 'onerror')).length, 0);
      const ld = elements(html, 'script').filter((s) => attr(s, 'type') === 'application/ld+json').map((s) => JSON.parse(textOf(s)));
      assert.ok(ld.some((block) => block.name === HOSTILE_NAME && block.description === HOSTILE_DESCRIPTION), 'JSON-LD holds the text as written');
      const ics = ICAL.Component.fromString(await readFile(path.join(dist, 'water/water.ics'), 'utf8'));
      const events = ics.getAllSubcomponents('vevent');
      assert.equal(events.length, 2, 'the event and its session, nothing injected');
      // The calendar's own name is an extension property, which parsers hand over still escaped.
      assert.equal(ics.getFirstPropertyValue('x-wr-calname'), icsText(HOSTILE_NAME));
      assert.equal(events[0].getFirstPropertyValue('summary'), HOSTILE_NAME);
      assert.ok(String(events[0].getFirstPropertyValue('description')).includes(HOSTILE_DESCRIPTION));
      assert.equal(events[0].getAllProperties('attach').length, 0);
      assert.equal(events[1].getFirstPropertyValue('summary'), `${HOSTILE_NAME} · ${HOSTILE_NAME}`);
      const json = JSON.parse(await readFile(path.join(dist, 'water/campaign.json'), 'utf8'));
      assert.equal(json.name.en.text, HOSTILE_NAME);
    },
  },
  {
    name: 'Arabic with direction isolates is accepted and shown as written',
    files: { [YAML]: VALID_CAMPAIGN.replace('name: Water Dialogue', 'name:\n  en: Water Dialogue\n  ar: "حوار \u2066UN-Water\u2069 بشأن المياه"') },
    check: async (dist) => {
      const html = await readFile(path.join(dist, 'water/ar/index.html'), 'utf8');
      assert.equal(textOf(elements(html, 'h1')[0]).trim(), 'حوار \u2066UN-Water\u2069 بشأن المياه');
    },
  },
  {
    name: 'a site address and name with markup and XML specials stay inside their attributes and elements',
    files: {
      'site.yaml': `url: "${HOSTILE_URL}"\nname: ${JSON.stringify(HOSTILE_NAME)}\n`,
      [YAML]: VALID_CAMPAIGN,
    },
    check: async (dist) => {
      const page = await readFile(path.join(dist, 'water/index.html'), 'utf8');
      const canonical = elements(page, 'link').find((link) => attr(link, 'rel') === 'canonical');
      assert.equal(canonical && attr(canonical, 'href'), `${HOSTILE_URL}/water/`);
      const directory = await readFile(path.join(dist, 'index.html'), 'utf8');
      assert.ok(textOf(elements(directory, 'title')[0]).includes(HOSTILE_NAME));
      assert.equal(elements(directory, 'script').filter((s) => textOf(s).includes('alert(1)') && attr(s, 'type') !== 'application/ld+json').length, 0);
      const locs = xmlTexts(await readFile(path.join(dist, 'sitemap.xml'), 'utf8'), 'loc');
      assert.ok(locs.includes(`${HOSTILE_URL}/water/`), locs.join('\n'));
      const robots = (await readFile(path.join(dist, 'robots.txt'), 'utf8')).trimEnd().split('\n');
      assert.deepEqual(robots, ['User-agent: *', 'Allow: /', '', `Sitemap: ${HOSTILE_URL}/sitemap.xml`]);
    },
  },
];

// Two builds at a time: each case is a separate build into its own folders.
describe('hostile config', { concurrency: 2 }, () => {
  for (const hostile of CASES) test(hostile.name, () => runHostile(hostile));
});
