import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseCampaign } from '../../src/campaign/normalise.js';
import { campaignSchema, siteSchema } from '../../src/campaign/schema.js';
import { siteInfo, withoutLitMarkers } from '../../src/generator/pages/page.js';
import { renderCampaign } from '../../src/generator/pages/campaign-page.js';
import { visibleLinks, visibleText } from '../support/visible.js';
import { calendarIcs } from '../../src/generator/calendar.js';

const SITE = siteInfo(siteSchema.parse({ url: 'https://events.example.org', name: 'Events' }));
const ASSETS = { script: 'assets/page.js', kit: 'assets/kit.js', embed: 'embed/v1/summit.js', favicon: 'favicon.ico' };

const CONFERENCE = {
  name: 'Water Dialogue',
  description: 'A dialogue on water.',
  locales: ['en', 'ar'],
  'time-zone': 'America/New_York',
  start: '2027-03-22',
  end: '2027-03-24',
  venue: { name: 'UN Headquarters', city: 'New York' },
  organiser: { name: 'UN-Water' },
  links: { website: 'https://example.org/', webcast: 'https://example.org/live', recording: 'https://example.org/recording' },
  sessions: [
    { name: 'Opening', start: '2027-03-22T10:00', end: '2027-03-22T12:00', recording: 'https://example.org/opening' },
    { name: 'Closing', start: '2027-03-24T15:00', end: '2027-03-24T17:00', online: 'https://example.org/join' },
  ],
};

/** The English page of a campaign as of `now`. */
async function pageAt(config: object, now: string): Promise<string> {
  const { campaign, problems } = normaliseCampaign({ slug: 'water-dialogue', config: campaignSchema.parse(config), sharedNews: new Map(), now: Date.parse(now) });
  assert.deepEqual(problems, []);
  const pages = await renderCampaign(campaign!, SITE, ASSETS, Date.parse(now));
  return pages[0].content.replace(/<!--[^>]*-->/g, '');
}

test('one lifecycle drives the links: the webcast only while live, the recording only after', async () => {
  const before = await pageAt(CONFERENCE, '2027-03-01T00:00:00Z');
  const live = await pageAt(CONFERENCE, '2027-03-23T15:00:00Z');
  const after = await pageAt(CONFERENCE, '2027-04-01T00:00:00Z');
  assert.doesNotMatch(visibleText(before), /Watch live|Watch the recording/);
  assert.ok(visibleLinks(live).includes('Watch live → https://example.org/live'));
  assert.ok(!visibleLinks(live).some((link) => link.endsWith('https://example.org/recording')));
  assert.ok(visibleLinks(after).includes('Watch the recording → https://example.org/recording'));
  assert.doesNotMatch(visibleText(after), /Watch live/);
});

test('the next session is marked, and a past session links to its recording instead of joining', async () => {
  const page = await pageAt(CONFERENCE, '2027-03-23T15:00:00Z');
  assert.match(page, /<li class="card" data-year="2027" data-session="0"\s*>\s*<h3>Opening/);
  assert.match(page, /<li class="card" data-year="2027" data-session="1" data-next>\s*<h3>Closing/);
  const links = visibleLinks(page);
  assert.ok(links.includes('Watch the recording : Opening → https://example.org/opening'), links.join('\n'));
  assert.ok(links.includes('Join online : Closing → https://example.org/join'));
});

test('a postponed event shows no countdown, says so, and strikes its old date; JSON-LD agrees', async () => {
  const page = await pageAt({ ...CONFERENCE, status: 'postponed' }, '2027-03-01T00:00:00Z');
  assert.doesNotMatch(page, /<summit-countdown/);
  assert.match(page, /This event has been postponed\. New dates will be announced here\./);
  assert.match(page, /<s><time datetime="2027-03-22">/);
  assert.match(page, /"eventStatus":"https:\/\/schema\.org\/EventPostponed"/);
  assert.doesNotMatch(page, /Watch live/);
});

test('an event moved online says so, shows the webcast before it starts, and is an online event in JSON-LD', async () => {
  const page = await pageAt({ ...CONFERENCE, status: 'moved-online' }, '2027-03-01T00:00:00Z');
  assert.match(page, /This event has moved online\./);
  assert.match(page, /<dd>Online<\/dd>/);
  assert.ok(visibleLinks(page).includes('Watch live → https://example.org/live'));
  assert.match(page, /"eventAttendanceMode":"https:\/\/schema\.org\/OnlineEventAttendanceMode"/);
  assert.match(page, /<summit-countdown/);
});

test('text that falls back to the default locale carries its real language and direction', async () => {
  const { campaign } = normaliseCampaign({ slug: 'water-dialogue', config: campaignSchema.parse(CONFERENCE), sharedNews: new Map(), now: Date.parse('2027-03-01T00:00:00Z') });
  const arabic = (await renderCampaign(campaign!, SITE, ASSETS, Date.parse('2027-03-01T00:00:00Z')))[1].content.replace(/<!--[^>]*-->/g, '');
  assert.match(arabic, /<html lang="ar" dir="rtl">/);
  assert.match(arabic, /<h1><span lang="en" dir="ltr">Water Dialogue<\/span><\/h1>/);
});

test('the calendar file gives sessions their wall-clock times in their zone and a cancelled event the CANCELLED status', async () => {
  const { campaign } = normaliseCampaign({ slug: 'water-dialogue', config: campaignSchema.parse({ ...CONFERENCE, status: 'cancelled' }), sharedNews: new Map(), now: Date.parse('2027-03-01T00:00:00Z') });
  const ics = calendarIcs(campaign!, 'https://events.example.org', Date.parse('2027-03-01T00:00:00Z'));
  assert.match(ics, /UID:water-dialogue-opening-2027@events\.example\.org\r\n/);
  assert.match(ics, /DTSTART;TZID=America\/New_York:20270322T100000\r\nDTEND;TZID=America\/New_York:20270322T120000\r\n/, 'the opening, 10:00–12:00 in New York');
  assert.equal([...ics.matchAll(/STATUS:CANCELLED/g)].length, 3);
});

test('a news image resolves from every language page to the campaign folder', async () => {
  const config = { ...CONFERENCE, news: [{ date: '2027-03-01', title: 'Opening', link: 'https://example.org/opening', image: 'assets/opening.jpg' }] };
  const { campaign } = normaliseCampaign({ slug: 'water-dialogue', config: campaignSchema.parse(config), sharedNews: new Map(), now: Date.parse('2027-03-01T00:00:00Z') });
  const [english, arabic] = await renderCampaign(campaign!, SITE, ASSETS, Date.parse('2027-03-01T00:00:00Z'));
  assert.match(english.content, /<img src="\.\.\/water-dialogue\/assets\/opening\.jpg"/);
  assert.match(arabic.content, /<img src="\.\.\/\.\.\/water-dialogue\/assets\/opening\.jpg"/, 'not assets/… below water-dialogue/ar/');
});

test('Lit\'s markers leave no trace: a line they alone held is left empty, and text around them stays', async () => {
  const cases: [string, string][] = [
    ['</p>\n          <!--lit-part abc--><!--/lit-part-->\n          <p>', '</p>\n\n          <p>'],
    ['<ul>\n  <!--lit-node 3--><li>a</li>\n</ul>', '<ul>\n  <li>a</li>\n</ul>'],
    ['a <!--lit-part--> b\n', 'a  b\n'],
    ['a\t<!--/lit-part-->  \n', 'a\n'],
    ['x  <!--lit-part--> <!---->\n', 'x  \n'],
    ['<!---->\n<!--lit-part x-->', '\n'],
    // Not Lit's: a comment of the page's own, and a marker's look-alike in text (escaped, as all page text is).
    ['<!-- note -->\n&lt;!--lit-part--&gt;', '<!-- note -->\n&lt;!--lit-part--&gt;'],
  ];
  for (const [html, expected] of cases) assert.equal(withoutLitMarkers(html), expected, JSON.stringify(html));
  // A whole page as the build writes it: the English page of a conference, with its server-rendered elements.
  const now = Date.parse('2027-03-01T12:00:00Z');
  const { campaign } = normaliseCampaign({ slug: 'water-dialogue', config: campaignSchema.parse(CONFERENCE), sharedNews: new Map(), now });
  const page = (await renderCampaign(campaign!, SITE, ASSETS, now))[0].content;
  assert.match(page, /<summit-countdown[^>]*>\s*<template shadowrootmode="open">/);
  assert.doesNotMatch(page, /<!--\/?lit-(?:part|node)|<!---->|\n[ \t]+\n/);
});
