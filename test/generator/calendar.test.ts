/**
 * The campaign calendar as calendar apps read it: parsed with ical.js, yearly rules expanded over ten
 * years, every instant checked against the campaign's zone and wall clock, identities checked across
 * list order and editions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import ICAL from 'ical.js';
import ical from 'ical-generator';
import { DateTime } from 'luxon';
import { loadCampaigns } from '../../src/generator/load.js';
import { calendarEvents, calendarIcs, icsFile, siteCalendarIcs, withOctetCounter } from '../../src/generator/calendar.js';
import { siteInfo } from '../../src/generator/pages/page.js';
import { plainText } from '../../src/campaign/text.js';
import { formatError } from '../../src/generator/errors.js';
import { SITE_YAML, tempDir, threeLanguageCampaign, writeTree } from '../support/build.js';

const NOW = Date.parse('2026-11-27T00:00:00Z');
const SITE = 'https://events.example.org';

/** The calendar of one campaign written in YAML, parsed back by ical.js. */
async function calendarOf(yaml: string, now = NOW): Promise<ICAL.Component> {
  const root = await tempDir('calendar');
  await writeTree(root, { 'site.yaml': SITE_YAML, 'water/campaign.yaml': yaml });
  const { campaigns, errors } = await loadCampaigns(root, now, (f) => path.relative(root, f));
  assert.deepEqual(errors.map(formatError), []);
  const ics = calendarIcs(campaigns[0], SITE, now);
  assert.ok(ics.endsWith('END:VCALENDAR\r\n'), 'every line ends with CRLF, the last one too');
  return ICAL.Component.fromString(ics);
}

const YEARLY_AT_TEN = `name: Water Morning
description: A yearly morning on water.
time-zone: America/New_York
start: 2027-03-10T10:00
end: 2027-03-10T12:00
recurrence: yearly
organiser:
  name: UN-Water
`;

test('a yearly event at 10:00 New York stays at 10:00 New York for ten years, across every DST rule', async () => {
  const calendar = await calendarOf(YEARLY_AT_TEN);
  const zones = calendar.getAllSubcomponents('vtimezone');
  assert.deepEqual(zones.map((z) => z.getFirstPropertyValue('tzid')), ['America/New_York']);
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  assert.equal(event.startDate.zone?.tzid, 'America/New_York');
  const expand = event.iterator();
  const seen: string[] = [];
  for (let next = expand.next(); next && seen.length < 10; next = expand.next()) {
    const instant = next.toUnixTime() * 1000;
    const wall = DateTime.fromMillis(instant, { zone: 'America/New_York' });
    assert.equal(wall.toFormat('MM-dd HH:mm'), '03-10 10:00', `occurrence ${seen.length + 1} at ${new Date(instant).toISOString()}`);
    seen.push(wall.toISO()!);
  }
  assert.equal(seen.length, 10);
  // 10 March falls before the DST change in some years and after it in others: both offsets appear.
  assert.deepEqual([...new Set(seen.map((iso) => iso.slice(-6)))].sort(), ['-04:00', '-05:00']);
});

test('a local event is a floating time: the same wall clock in every calendar', async () => {
  const calendar = await calendarOf(YEARLY_AT_TEN.replace('America/New_York', 'local'));
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  assert.equal(event.startDate.zone, ICAL.Timezone.localTimezone);
  assert.equal(event.startDate.toString(), '2027-03-10T10:00:00');
  assert.equal(calendar.getAllSubcomponents('vtimezone').length, 0);
});

const SESSIONS = (order: string[]) => `${YEARLY_AT_TEN.replace('start: 2027-03-10T10:00\nend: 2027-03-10T12:00', 'start: 2027-03-10')}editions:
  "2027":
    sessions:
${order.join('')}`;
const SOIL = '      - name: Soil webinar\n        start: 2027-03-10T14:00\n        end: 2027-03-10T15:00\n';
const WATER = '      - name: Water café\n        start: 2027-03-10T16:00\n        end: 2027-03-10T17:00\n';
const OPENING = '      - id: opening\n        name: Opening, renamed\n        start: 2027-03-10T09:00\n        end: 2027-03-10T09:30\n';

function uids(calendar: ICAL.Component): Record<string, string> {
  return Object.fromEntries(calendar.getAllSubcomponents('vevent').map((e) => [String(e.getFirstPropertyValue('summary')).split(' · ')[0], String(e.getFirstPropertyValue('uid'))]));
}

test('session identities follow their id or name and year, never their place in the list', async () => {
  const first = uids(await calendarOf(SESSIONS([SOIL, WATER, OPENING])));
  const swapped = uids(await calendarOf(SESSIONS([OPENING, WATER, SOIL])));
  assert.deepEqual(swapped, first);
  assert.equal(first['Soil webinar'], 'water-soil-webinar-2027@events.example.org');
  assert.equal(first['Water café'], 'water-water-cafe-2027@events.example.org');
  assert.equal(first['Opening, renamed'], 'water-opening@events.example.org');
  assert.equal(first['Water Morning'], 'water@events.example.org');
});

test('the same session name in the next edition is another event', async () => {
  const next = SESSIONS([SOIL]).replace('"2027"', '"2028"').replaceAll('2027-03-10T', '2028-03-10T');
  const later = uids(await calendarOf(next, Date.parse('2027-06-01T00:00:00Z')));
  assert.equal(later['Soil webinar'], 'water-soil-webinar-2028@events.example.org');
});

test('two sessions that would share an id are an error that asks for one', async () => {
  const root = await tempDir('calendar-ids');
  await writeTree(root, { 'site.yaml': SITE_YAML, 'water/campaign.yaml': SESSIONS([SOIL, SOIL.replace('14:00', '15:30').replace('15:00', '16:00')]) });
  const { errors } = await loadCampaigns(root, NOW, (f) => path.relative(root, f));
  assert.deepEqual(errors.map(formatError), [
    'water/campaign.yaml:14:15 editions.2027.sessions[1].name: expected each session once, got the id "soil-webinar-2027" again (first at editions.2027.sessions.0); give one of them an id',
  ]);
});

test('STATUS follows the lifecycle: CONFIRMED, TENTATIVE while postponed, CANCELLED; an event moved online drops its place', async () => {
  const withVenue = `${YEARLY_AT_TEN}venue:\n  name: UN Headquarters\n  city: New York\nsessions:\n  - name: Panel\n    start: 2027-03-10T10:00\n    end: 2027-03-10T11:00\n`;
  const expected = { scheduled: 'CONFIRMED', 'moved-online': 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED' };
  for (const [status, shown] of Object.entries(expected)) {
    const calendar = await calendarOf(`${withVenue}status: ${status}\n`);
    const events = calendar.getAllSubcomponents('vevent');
    assert.equal(events.length, 2);
    for (const event of events) assert.equal(event.getFirstPropertyValue('status'), shown, `${status}: ${event.getFirstPropertyValue('summary')}`);
    assert.equal(events[0].getFirstPropertyValue('location'), status === 'moved-online' ? null : 'UN Headquarters, New York', status);
  }
});

test('each language has its own calendar file: its name, titles, place and page in that language, with the same identities', async () => {
  const root = await tempDir('calendar-locales');
  const yaml = threeLanguageCampaign();
  await writeTree(root, { 'site.yaml': SITE_YAML, 'water/campaign.yaml': yaml });
  const { campaigns, errors } = await loadCampaigns(root, NOW, (f) => path.relative(root, f));
  assert.deepEqual(errors.map(formatError), []);
  const read = (locale: 'en' | 'fr' | 'ar') => ICAL.Component.fromString(calendarIcs(campaigns[0], SITE, NOW, {}, locale));
  const fr = read('fr');
  assert.equal(fr.getFirstPropertyValue('x-wr-calname'), 'Matinée de l’eau');
  assert.match(String(fr.getFirstPropertyValue('prodid')), /\/\/FR$/);
  const [event, session] = fr.getAllSubcomponents('vevent');
  assert.equal(event.getFirstPropertyValue('summary'), 'Matinée de l’eau');
  assert.equal(event.getFirstPropertyValue('location'), 'Siège de la FAO, Rome');
  assert.equal(event.getFirstPropertyValue('description'), 'Une matinée sur l’eau.\n\nhttps://events.example.org/water/fr/');
  assert.equal(session.getFirstPropertyValue('summary'), 'Ouverture · Matinée de l’eau');
  // Arabic has the name only: the rest falls back to the default language's text.
  const [arEvent] = read('ar').getAllSubcomponents('vevent');
  assert.equal(arEvent.getFirstPropertyValue('summary'), 'صباح الماء');
  assert.equal(arEvent.getFirstPropertyValue('location'), 'FAO headquarters, Rome');
  const ids = (c: ICAL.Component) => c.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid'));
  assert.deepEqual(ids(fr), ids(read('en')));
});

test('the site calendar made of the campaigns\' files is, byte for byte, the one ical-generator writes for all their events at once', async () => {
  const root = await tempDir('site-calendar');
  const sessions = `sessions:
  - id: opening
    name: "Opening with a title long enough that its SUMMARY line is folded, in more than seventy-five octets: ça déborde"
    start: 2027-03-10T10:00
    end: 2027-03-10T10:30
`;
  await writeTree(root, {
    'site.yaml': SITE_YAML,
    'water/campaign.yaml': `${YEARLY_AT_TEN}locales: [en, fr]\n${sessions}`,
    'snow/campaign.yaml': YEARLY_AT_TEN.replace('Water Morning', 'Snow Morning').replace('America/New_York', 'Europe/Rome'),
    'rain/campaign.yaml': YEARLY_AT_TEN.replace('Water Morning', 'Rain Morning'),
    'forest/campaign.yaml': 'name: Forest Watch\ndescription: An initiative.\nkind: initiative\norganiser:\n  name: FAO\n',
  });
  const { campaigns, site: config, errors } = await loadCampaigns(root, NOW, (f) => path.relative(root, f));
  assert.deepEqual(errors.map(formatError), []);
  const site = siteInfo(config!);
  const sequences = { 'water-opening@events.example.org': 2 };
  for (const locale of ['en', 'fr'] as const) {
    const spliced = siteCalendarIcs(campaigns, site, NOW, sequences, locale, (campaign, shown) => calendarIcs(campaign, site.url, NOW, sequences, shown));
    const events = campaigns.flatMap((c) => calendarEvents(c, site.url, NOW, c.locales.includes(locale) ? locale : c.defaultLocale));
    assert.equal(spliced, icsFile({ name: plainText(site.name, locale), locale, events }, sequences, NOW));
    assert.equal(siteCalendarIcs(campaigns, site, NOW, sequences, locale), spliced, 'written here when the build has not');
    const calendar = ICAL.Component.fromString(spliced);
    assert.deepEqual(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')), ['America/New_York', 'Europe/Rome'], 'each zone once');
    assert.equal(calendar.getAllSubcomponents('vevent').length, 4);
  }
});

test('calendars are folded exactly as ical-generator folds them with a real TextEncoder, in every script, and the real one is put back', () => {
  const text = 'Journée internationale de la montagne — 国际山岳日 — اليوم الدولي للجبال — 🏔️ Международный день гор; ';
  const calendar = ical({ name: text.repeat(3) });
  // Every offset of the fold against the characters: one to four octets, a surrogate pair, a lone surrogate.
  for (let i = 0; i < 80; i++) calendar.createEvent({ id: `e${i}`, start: new Date(NOW), summary: `${'x'.repeat(i)}${text}\ud83c${text}`, stamp: new Date(NOW) });
  const encoder = globalThis.TextEncoder;
  const counted = withOctetCounter(() => calendar.toString());
  assert.equal(globalThis.TextEncoder, encoder);
  assert.equal(counted, calendar.toString());
  const octets = counted.split('\r\n').map((line) => new encoder().encode(line).length);
  assert.ok(Math.max(...octets) <= 75 && octets.filter((n) => n >= 72).length > 100, 'long lines are folded at 75 octets');
  assert.throws(() => withOctetCounter(() => {
    throw new Error('a calendar that cannot be written');
  }), /cannot be written/);
  assert.equal(globalThis.TextEncoder, encoder, 'put back after a failure too');
});
