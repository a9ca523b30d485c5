import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadCampaigns } from '../../src/generator/load.js';
import { formatError } from '../../src/generator/errors.js';
import { SITE_YAML, tempDir, writeTree } from '../support/build.js';
import { VALID_CAMPAIGN } from '../support/hostile.js';

const NOW = Date.parse('2026-11-27T00:00:00Z');

const VALID = VALID_CAMPAIGN;

/** Loads one campaign (plus optional extra files) and returns its errors as printed lines. */
async function errorsFor(campaign: string, extra: Record<string, string> = {}, file = 'campaign.yaml'): Promise<string[]> {
  const root = await tempDir('errors');
  await writeTree(root, { 'site.yaml': SITE_YAML, [`water-dialogue/${file}`]: campaign, ...extra });
  const result = await loadCampaigns(root, NOW, (f) => path.relative(root, f));
  return result.errors.map(formatError);
}

test('a valid campaign loads without errors', async () => {
  assert.deepEqual(await errorsFor(VALID), []);
});

const MISTAKES: { kind: string; config: string; expected: string | RegExp; file?: string; extra?: Record<string, string> }[] = [
  {
    kind: 'missing required field',
    config: VALID.replace('name: Water Dialogue\n', ''),
    expected: 'water-dialogue/campaign.yaml:1:1 name: expected text or a map of fields, got nothing',
  },
  {
    kind: 'wrong type',
    config: VALID.replace('start: 2027-03-22T10:00', 'start: [2027]'),
    expected: 'water-dialogue/campaign.yaml:4:8 start: expected text, got a list',
  },
  {
    kind: 'misspelt key, with a suggestion',
    config: VALID.replace('description:', 'descripton:'),
    expected: /campaign\.yaml:2:1 descripton: unknown field "descripton"; did you mean "description"\?/,
  },
  {
    kind: 'a list never closed',
    config: VALID.replace('organiser:\n  name: UN-Water', 'organiser: [UN-Water'),
    expected: 'water-dialogue/campaign.yaml:6:12 expected a closing ] for the list this [ opens, got none; add the ], or put the text in double quotes if the [ is part of it',
  },
  // YAML mistakes a team makes in its own language, each a single error however many lines the parser trips on.
  {
    kind: 'a colon inside a text, as French typography writes it',
    config: VALID.replace('name: Water Dialogue', 'name:\n  en: Water Dialogue\n  fr: Dialogue sur l’eau : agir ensemble'),
    expected: 'water-dialogue/campaign.yaml:3:7 expected one value after "fr:", got "Dialogue sur l’eau : agir ensemble", whose ": " YAML reads as the start of another key; put the text in double quotes: fr: "Dialogue sur l’eau : agir ensemble"',
  },
  {
    kind: 'an apostrophe inside single quotes',
    config: VALID.replace('name: Water Dialogue', "name:\n  en: Water Dialogue\n  it: 'Dialogo sull'acqua'"),
    expected: `water-dialogue/campaign.yaml:3:7 expected one text in single quotes after "it:", got 'Dialogo sull'acqua', whose apostrophe ends the quotes early; write each apostrophe twice, it: 'Dialogo sull''acqua', or use double quotes: it: "Dialogo sull'acqua"`,
  },
  {
    kind: 'a double quote never closed',
    config: VALID.replace('description: A dialogue on water.', 'description: "A dialogue on water.'),
    expected: 'water-dialogue/campaign.yaml:2:14 expected a closing " for the text this " opens, got none before the end of the file; add the " where the text ends',
  },
  {
    kind: 'a tab for indentation',
    config: VALID.replace('  name: UN-Water', '\tname: UN-Water'),
    expected: 'water-dialogue/campaign.yaml:7:1 expected indentation with spaces, got a tab; indent with spaces, two for each level',
  },
  {
    kind: 'a value that starts with @',
    config: VALID.replace('  name: UN-Water', '  name: @UN_Water'),
    expected: 'water-dialogue/campaign.yaml:7:9 expected a value after "name:" that starts with a letter, a digit or a quote, got one that starts with @, which YAML reserves; put it in double quotes: name: "@UN_Water"',
  },
  {
    kind: 'China\'s country code for Chinese',
    config: VALID.replace('name: Water Dialogue', 'name:\n  en: Water Dialogue\n  cn: 水对话'),
    expected: 'water-dialogue/campaign.yaml:3:3 name.cn: unknown field "cn"; did you mean "zh"?',
  },
  {
    kind: 'a language by its name in the list of locales',
    config: `${VALID}locales: [en, French]\n`,
    expected: 'water-dialogue/campaign.yaml:8:15 locales[1]: expected one of "en", "fr", "es", "ar", "zh", "ru", "it", got "French"; did you mean "fr"?',
  },
  {
    kind: 'a date written day first',
    config: VALID.replace('start: 2027-03-22T10:00', 'start: 22/03/2027 10:00'),
    expected: 'water-dialogue/campaign.yaml:4:8 start: expected a date like 2023-03-06 or a date and time like 2023-03-06T10:00, got "22/03/2027 10:00"; write it as 2027-03-22T10:00',
  },
  {
    kind: 'an address pasted without https://',
    config: `${VALID}links:\n  website: www.unwater.org/news\n`,
    expected: 'water-dialogue/campaign.yaml:9:12 links.website: expected an https URL, got "www.unwater.org/news"; write it with https:// in front: https://www.unwater.org/news',
  },
  {
    kind: 'an address over plain http',
    config: `${VALID}links:\n  website: http://www.fao.org/mountain-partnership/\n`,
    expected: 'water-dialogue/campaign.yaml:9:12 links.website: expected an https URL, got "http://www.fao.org/mountain-partnership/"; write https://www.fao.org/mountain-partnership/, if the site answers there: pages and calendars link only over https',
  },
  {
    kind: 'an address with its scheme mistyped',
    config: `${VALID}links:\n  website: https//www.fao.org\n`,
    expected: 'water-dialogue/campaign.yaml:9:12 links.website: expected an https URL, got "https//www.fao.org"; write it as https://www.fao.org',
  },
  {
    kind: 'a hashtag, which YAML reads as a comment',
    config: VALID.replace('name: Water Dialogue', 'name:\n  en: Water Dialogue\n  fr: #DialogueEau2027'),
    expected: 'water-dialogue/campaign.yaml:3:7 name.fr: expected text, got an empty value; a # after a space starts a comment, so YAML read "#DialogueEau2027" as one: put it in double quotes, fr: "#DialogueEau2027"',
  },
  {
    kind: 'a colour without its #',
    config: `${VALID}colors:\n  accent: 0b5d8c\n`,
    expected: 'water-dialogue/campaign.yaml:9:11 colors.accent: expected a hex colour like #0b5d8c, got "0b5d8c"; write it with # in front, in double quotes: "#0b5d8c"',
  },
  {
    kind: 'a colour whose # made it a comment',
    config: `${VALID}colors:\n  accent: #0b5d8c\n`,
    expected: 'water-dialogue/campaign.yaml:9:11 colors.accent: expected text, got an empty value; a # after a space starts a comment, so YAML read "#0b5d8c" as one: put it in double quotes, accent: "#0b5d8c"',
  },
  {
    kind: 'a year where text was expected',
    config: VALID.replace('name: Water Dialogue', 'name: 2027'),
    expected: 'water-dialogue/campaign.yaml:1:7 name: expected text or a map of fields, got 2027; put it in double quotes to make it text: "2027"',
  },
  {
    kind: 'an empty value where text or a map was expected',
    config: VALID.replace('name: Water Dialogue', 'name: ~'),
    expected: 'water-dialogue/campaign.yaml:1:7 name: expected text or a map of fields, got an empty value',
  },
  {
    kind: 'a key out of step with the keys beside it',
    config: VALID.replace('time-zone:', ' time-zone:'),
    expected: 'water-dialogue/campaign.yaml:3:1 expected each key in the same column as the keys beside it, and each dash of a list in the same column as the others, got this line out of step; indent it as they are (Nested mappings are not allowed in compact mappings)',
  },
  {
    kind: 'JSON syntax error',
    file: 'campaign.json',
    config: '{ "name": "Water Dialogue", }',
    expected: /water-dialogue\/campaign\.json:1:\d+ expected valid JSON, got a syntax error/,
  },
  {
    kind: 'duplicate key',
    config: `${VALID}name: Water Dialogue again\n`,
    expected: 'water-dialogue/campaign.yaml:8:1 expected each key once, got a duplicate key "name" (its first is on line 1); remove or rename one',
  },
  {
    kind: 'javascript: link',
    config: `${VALID}news:\n  - date: 2027-01-10\n    title: Hostile\n    link: "javascript:alert(1)"\n`,
    expected: 'water-dialogue/campaign.yaml:11:11 news[0].link: expected an https URL, got "javascript:alert(1)"',
  },
  {
    kind: 'link hidden behind spaces and a control character',
    config: `${VALID}links:\n  website: " \\tjavascript:alert(1)"\n`,
    expected: /links\.website: expected an https URL, got " \\tjavascript:alert\(1\)"/,
  },
  {
    kind: 'protocol-relative link',
    config: `${VALID}links:\n  website: //evil.example\n`,
    expected: /campaign\.yaml:9:12 links\.website: expected an https URL, got "\/\/evil\.example"/,
  },
  {
    kind: 'unknown time zone, with a suggestion',
    config: VALID.replace('America/New_York', 'America/NewYork'),
    expected: 'water-dialogue/campaign.yaml:3:12 time-zone: expected an IANA time zone like America/New_York, or "local", got "America/NewYork"; did you mean "America/New_York"?',
  },
  {
    kind: 'zone abbreviation instead of an IANA zone',
    config: VALID.replace('America/New_York', 'EST'),
    expected: 'water-dialogue/campaign.yaml:3:12 time-zone: expected the zone of the place the event happens in, got "EST", an abbreviation, which names no place and no daylight saving; did you mean "America/New_York"? Any city in the same zone gives the same times',
  },
  {
    kind: 'end before start',
    config: VALID.replace('end: 2027-03-22T13:00', 'end: 2027-03-22T09:00'),
    expected: 'water-dialogue/campaign.yaml:5:6 end: expected an end after the start 2027-03-22T10:00, got 2027-03-22T09:00',
  },
  {
    kind: 'a time skipped by daylight saving',
    config: VALID.replace('start: 2027-03-22T10:00', 'start: 2027-03-14T02:30'),
    expected: /campaign\.yaml:4:8 start: 2027-03-14T02:30 does not exist in America\/New_York: the clocks skip that hour/,
  },
  {
    kind: 'a time that happens twice',
    config: VALID.replace('start: 2027-03-22T10:00\nend: 2027-03-22T13:00', 'start: 2026-11-01T01:30\nend: 2026-11-01T03:00'),
    expected: /start: 2026-11-01T01:30 happens twice in America\/New_York: .* 2026-11-01T01:30-04:00 or 2026-11-01T01:30-05:00/,
  },
  {
    kind: 'a time without an end',
    config: VALID.replace('end: 2027-03-22T13:00\n', ''),
    expected: /end: expected an end time like 2027-03-22T18:00 because start has a time, got nothing/,
  },
  {
    kind: 'unknown shared news id, with a suggestion',
    config: `${VALID}news:\n  - water-action-agnda\n`,
    extra: { 'site.yaml': `${SITE_YAML}news:\n  - id: water-action-agenda\n    date: 2023-03-24\n    title: The Water Action Agenda\n    link: https://sdgs.un.org/conferences/water2023\n` },
    expected: 'water-dialogue/campaign.yaml:9:5 news[0]: expected the id of a news item in campaigns/site.yaml, got "water-action-agnda"; did you mean "water-action-agenda"?',
  },
  {
    kind: 'the same news item twice',
    config: `${VALID}news:\n  - water-action-agenda\n  - water-action-agenda\n`,
    extra: { 'site.yaml': `${SITE_YAML}news:\n  - id: water-action-agenda\n    date: 2023-03-24\n    title: The Water Action Agenda\n    link: https://sdgs.un.org/conferences/water2023\n` },
    expected: 'water-dialogue/campaign.yaml:10:5 news[1]: expected each news item once, got "water-action-agenda" again (first at news.0)',
  },
  {
    kind: 'colours that fail contrast',
    config: `${VALID}colors:\n  text: "#999999"\n`,
    expected: /colors\.text: expected text #999999 on background #ffffff \(body text\) to have a contrast of at least 4\.5:1, got 2\.85:1/,
  },
  {
    kind: 'a colour smuggling CSS',
    config: `${VALID}colors:\n  accent: "red; background:url(https://evil.example)"\n`,
    expected: /colors\.accent: expected a hex colour like #0b5d8c, got "red; background:url/,
  },
  {
    kind: 'a misspelt locale in a localised text',
    config: VALID.replace('name: Water Dialogue', 'name:\n  en: Water Dialogue\n  fr-FR: Dialogue sur l’eau'),
    expected: /name\.fr-FR: unknown field "fr-FR"; did you mean "fr"\?/,
  },
  {
    kind: 'a status that does not exist',
    config: `${VALID}status: canceled\n`,
    expected: /status: expected one of "scheduled", "postponed", "cancelled", "moved-online", got "canceled"; did you mean "cancelled"\?/,
  },
  {
    kind: 'a yearly event on 29 February without a rule',
    config: VALID.replace('start: 2027-03-22T10:00\nend: 2027-03-22T13:00', 'start: 2028-02-29\nrecurrence: yearly'),
    expected: /start: a yearly event on 29 February needs a rule for common years: add leap-day: feb-28 or leap-day: mar-1/,
  },
  {
    kind: 'a missing banner image',
    config: `${VALID}banner:\n  image: assets/banner.webp\n`,
    expected: /banner\.image: expected a file at water-dialogue\/assets\/banner\.webp, got none/,
  },
];

for (const mistake of MISTAKES) {
  test(`config mistake: ${mistake.kind} gives a precise error`, async () => {
    const errors = await errorsFor(mistake.config, mistake.extra, mistake.file);
    assert.equal(errors.length, 1, errors.join('\n'));
    if (typeof mistake.expected === 'string') assert.equal(errors[0], mistake.expected);
    else assert.match(errors[0], mistake.expected);
  });
}

test('every error in every file is reported at once', async () => {
  const root = await tempDir('errors-all');
  await writeTree(root, {
    'site.yaml': SITE_YAML,
    'one/campaign.yaml': VALID.replace('description:', 'descripton:'),
    'two/campaign.yaml': `${VALID.replace('name: Water Dialogue\n', '')}status: canceled\n`,
    'three/campaign.yaml': VALID.replace('America/New_York', 'Mars/Olympus'),
  });
  const { errors, campaigns } = await loadCampaigns(root, NOW, (f) => path.relative(root, f));
  assert.deepEqual(campaigns, []);
  assert.deepEqual(errors.map((e) => `${e.file} ${e.field}`), ['one/campaign.yaml descripton', 'three/campaign.yaml time-zone', 'two/campaign.yaml name', 'two/campaign.yaml status']);
});

test('a folder name that is not a slug is refused', async () => {
  const root = await tempDir('errors-slug');
  await writeTree(root, { 'site.yaml': SITE_YAML, 'Water Dialogue/campaign.yaml': VALID });
  const { errors } = await loadCampaigns(root, NOW, (f) => path.relative(root, f));
  assert.match(formatError(errors[0]), /expected the folder name to be a slug in lowercase kebab-case .* got "Water Dialogue"/);
});

test('a campaign folder with both YAML and JSON is refused', async () => {
  const root = await tempDir('errors-both');
  await writeTree(root, { 'site.yaml': SITE_YAML, 'water/campaign.yaml': VALID, 'water/campaign.json': '{}' });
  const { errors } = await loadCampaigns(root, NOW, (f) => path.relative(root, f));
  assert.match(formatError(errors[0]), /expected one config file, got campaign\.json and campaign\.yaml; keep one/);
});
