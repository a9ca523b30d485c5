/**
 * Every page's JSON-LD, on real builds (the shipped campaigns and fixtures with no venue, a hybrid event and
 * one moved online), against Google's required and recommended Event properties and against the truth:
 * the campaign's own `campaign.json`. Nothing may be claimed that the campaign does not say.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { Banner, Campaign, Localised, Status, Venue } from '../../src/campaign/model.js';
import type { Locale } from '../../src/campaign/locales.js';
import { sessionsOf } from '../../src/time/lifecycle.js';
import { spanDays, type TimeSpan } from '../../src/time/span.js';
import { attr, elements, jsonLdOf, useBuiltPages, type BuiltPage, type BuiltPages } from '../support/built-pages.js';
import { FINDABLE_CAMPAIGNS } from '../support/findable-campaigns.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** What the campaign says about one event (the campaign's occurrence, or a session). */
interface Truth {
  locale: Locale;
  name: Localised;
  description?: Localised;
  /** Exact span, when the test can know which occurrence the page is about. */
  span?: TimeSpan;
  allDay: boolean;
  floating: boolean;
  venue?: Venue;
  online?: string;
  status: Status;
  banner?: Banner;
  organiser?: Campaign['organiser'];
  sessions?: Truth[];
  slug: string;
  siteUrl: string;
  dist: string;
}

interface Rule {
  property: string;
  /** Google's level for an Event rich result; `summit` for rules of honesty Google does not check. */
  level: 'required' | 'recommended' | 'summit';
  /** What is wrong, or undefined. */
  check(event: Json, truth: Truth): string | undefined | Promise<string | undefined>;
}

const SCHEMA = 'https://schema.org/';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?[+-]\d{2}:\d{2}$/;
const FLOATING = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

function dateProblem(value: unknown, truth: Truth, which: 'start' | 'end'): string | undefined {
  const form = truth.allDay ? DATE : truth.floating ? FLOATING : ZONED;
  if (typeof value !== 'string' || !form.test(value)) return `expected ${truth.allDay ? 'a date' : truth.floating ? 'a floating date-time' : 'a date-time with the event’s offset'}, got ${JSON.stringify(value)}`;
  if (!truth.span) return undefined;
  const expected = truth.allDay ? (which === 'start' ? truth.span.start.slice(0, 10) : spanDays(truth.span).last) : truth.span[which];
  return value === expected ? undefined : `expected ${expected}, got ${value}`;
}

const text = (localised: Localised | undefined, locale: Locale) => localised?.[locale]?.text;
const list = (value: unknown): Json[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The locations the campaign gives the event: a Place for a venue (not once moved online), a VirtualLocation for a real URL. */
function expectedLocations(truth: Truth): Json[] {
  const moved = truth.status === 'moved-online';
  return [
    ...(truth.venue && !moved ? [{ type: 'Place', name: text(truth.venue.name, truth.locale), locality: text(truth.venue.city, truth.locale), country: text(truth.venue.country, truth.locale) }] : []),
    ...(truth.online ? [{ type: 'VirtualLocation', url: truth.online }] : []),
  ];
}

const EVENT_RULES: Rule[] = [
  {
    property: 'name',
    level: 'required',
    check: (e, t) => (e.name === text(t.name, t.locale) && e.name ? undefined : `expected ${JSON.stringify(text(t.name, t.locale))}, got ${JSON.stringify(e.name)}`),
  },
  { property: 'startDate', level: 'required', check: (e, t) => dateProblem(e.startDate, t, 'start') },
  {
    property: 'location',
    level: 'required',
    check: (e, t) => {
      const got = list(e.location).map((l) =>
        l['@type'] === 'Place'
          ? { type: 'Place', name: l.name, locality: l.address?.addressLocality, country: l.address?.addressCountry, addressType: l.address?.['@type'] }
          : { type: l['@type'], url: l.url },
      );
      const expected = expectedLocations(t).map((l) => (l.type === 'Place' ? { ...l, addressType: l.locality || l.country ? 'PostalAddress' : undefined } : l));
      // Google requires a location; with neither a venue nor a real URL there is none to give, and none is invented.
      return JSON.stringify(got) === JSON.stringify(expected) ? undefined : `expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`;
    },
  },
  {
    property: 'eventAttendanceMode',
    level: 'recommended',
    check: (e, t) => {
      const types = expectedLocations(t).map((l) => l.type);
      const mode =
        t.status === 'moved-online' || (types.includes('VirtualLocation') && !types.includes('Place'))
          ? 'OnlineEventAttendanceMode'
          : types.length === 2
            ? 'MixedEventAttendanceMode'
            : types.length === 1
              ? 'OfflineEventAttendanceMode'
              : undefined;
      const expected = mode && `${SCHEMA}${mode}`;
      return e.eventAttendanceMode === expected ? undefined : `expected ${expected}, got ${e.eventAttendanceMode}`;
    },
  },
  { property: 'endDate', level: 'recommended', check: (e, t) => dateProblem(e.endDate, t, 'end') ?? (e.endDate < e.startDate ? `ends ${e.endDate} before it starts ${e.startDate}` : undefined) },
  {
    property: 'eventStatus',
    level: 'recommended',
    check: (e, t) => {
      const expected = `${SCHEMA}${{ scheduled: 'EventScheduled', postponed: 'EventPostponed', cancelled: 'EventCancelled', 'moved-online': 'EventMovedOnline' }[t.status]}`;
      return e.eventStatus === expected ? undefined : `expected ${expected}, got ${e.eventStatus}`;
    },
  },
  {
    property: 'inLanguage',
    level: 'summit',
    check: (e, t) => {
      const langs = new Set([t.name, t.description].filter(Boolean).map((l) => l![t.locale]!.lang));
      const expected = langs.size === 1 ? [...langs][0] : undefined;
      return e.inLanguage === expected ? undefined : `expected the language the text is written in (${expected ?? 'none: mixed'}), got ${e.inLanguage}`;
    },
  },
];

/** Rules for the page's own event only (sessions have no image, description or organiser of their own). */
const PAGE_EVENT_RULES: Rule[] = [
  {
    property: 'description',
    level: 'recommended',
    check: (e, t) => (e.description && e.description === text(t.description, t.locale) ? undefined : `expected the campaign's description, got ${JSON.stringify(e.description)}`),
  },
  {
    property: 'image',
    level: 'recommended',
    check: async (e, t) => {
      if (!t.banner?.image) return e.image === undefined ? undefined : `expected no image, the campaign has none, got ${JSON.stringify(e.image)}`;
      const url = typeof e.image === 'string' ? e.image : e.image?.url;
      const expected = `${t.siteUrl}/${t.slug}/${t.banner.image}`;
      if (url !== expected) return `expected ${expected}, got ${JSON.stringify(e.image)}`;
      const size = imageSize(await readFile(path.join(t.dist, t.slug, t.banner.image)));
      if (typeof e.image === 'object' && (e.image['@type'] !== 'ImageObject' || e.image.width !== size.width || e.image.height !== size.height)) {
        return `expected an ImageObject of ${size.width}×${size.height}, got ${JSON.stringify(e.image)}`;
      }
      return undefined;
    },
  },
  {
    property: 'organizer',
    level: 'recommended',
    check: (e, t) => {
      const expected = { '@type': 'Organization', name: text(t.organiser?.name, t.locale), ...(t.organiser?.url && { url: t.organiser.url }) };
      return JSON.stringify(e.organizer) === JSON.stringify(expected) ? undefined : `expected ${JSON.stringify(expected)}, got ${JSON.stringify(e.organizer)}`;
    },
  },
  {
    property: 'subEvent',
    level: 'summit',
    check: async (e, t) => {
      const subs = list(e.subEvent);
      if (subs.length !== t.sessions!.length) return `expected ${t.sessions!.length} sessions as subEvents, got ${subs.length}`;
      const problems = await Promise.all(subs.map(async (sub, i) => (await problemsOf(sub, t.sessions![i], EVENT_RULES)).map((p) => `[${i}] ${p}`)));
      return problems.flat().join('; ') || undefined;
    },
  },
];

async function problemsOf(event: Json, truth: Truth, rules: Rule[]): Promise<string[]> {
  const problems: string[] = [];
  if (event['@type'] !== 'Event') problems.push(`@type: expected Event, got ${event['@type']}`);
  for (const rule of rules) {
    const problem = await rule.check(event, truth);
    if (problem) problems.push(`${rule.property} (${rule.level}): ${problem}`);
  }
  return problems;
}

function truthOf(campaign: Campaign, locale: Locale, event: Json, built: BuiltPages, siteUrl: string): Truth {
  const year = Number(String(event.startDate).slice(0, 4));
  const edition = campaign.editions.find((e) => e.year === year);
  const base = { locale, status: campaign.status, slug: campaign.slug, siteUrl, dist: built.dist };
  const sessions = sessionsOf(campaign, year).map((s) => ({
    ...base,
    name: s.name,
    span: s,
    allDay: s.allDay,
    floating: s.timeZone === 'local',
    // A session without a venue of its own is held at the event's.
    venue: s.venue ?? campaign.venue,
    online: s.online,
  }));
  return {
    ...base,
    name: campaign.name,
    description: campaign.description,
    span: campaign.recurrence ? undefined : campaign.time,
    allDay: campaign.time!.allDay,
    floating: campaign.time!.timeZone === 'local',
    venue: campaign.venue,
    online: campaign.links.webcast,
    banner: { ...campaign.banner, ...edition?.banner },
    organiser: campaign.organiser,
    sessions,
  };
}

function localeOf(page: BuiltPage): Locale {
  return attr(elements(page.document, 'html')[0], 'lang') as Locale;
}

/** Checks every page of a build: each campaign page has one Event that passes every rule; each directory page describes the site. */
async function checkEveryPage(built: BuiltPages, siteUrl: string): Promise<number> {
  let campaignPages = 0;
  for (const page of built.pages) {
    const blocks = jsonLdOf(page);
    const campaign = await built.campaignOf(page);
    const locale = localeOf(page);
    if (!campaign) {
      assert.equal(blocks.length, 1, `${page.file}: one JSON-LD block for the site`);
      const graph = (blocks[0] as Json)['@graph'] as Json[];
      assert.deepEqual(graph.map((n) => n['@type']), ['Organization', 'WebSite'], page.file);
      assert.ok(graph.every((n) => n.name && n.url === `${siteUrl}/`), `${page.file}: the site's name and its https URL`);
      assert.deepEqual(graph[1].publisher, { '@id': graph[0]['@id'] }, `${page.file}: the organisation publishes the site`);
      continue;
    }
    if (page.file.includes('/embed/')) {
      assert.equal(blocks.length, 0, `${page.file}: the embed kit is not the event`);
      continue;
    }
    if (campaign.kind === 'initiative') {
      // No dates, so not an Event: test/generator/kinds.test.ts checks its Project.
      assert.deepEqual(blocks.map((b) => (b as Json)['@type']), ['Project'], page.file);
      continue;
    }
    campaignPages++;
    assert.equal(blocks.length, 1, `${page.file}: one Event`);
    const event = blocks[0] as Json;
    assert.equal(event['@context'], 'https://schema.org');
    const problems = await problemsOf(event, truthOf(campaign, locale, event, built, siteUrl), [...EVENT_RULES, ...PAGE_EVENT_RULES]);
    assert.deepEqual(problems, [], `${page.file}:\n${problems.join('\n')}`);
  }
  return campaignPages;
}

describe('the shipped campaigns', () => {
  const built = useBuiltPages();
  test('every campaign page describes its event truthfully by Google’s Event rules; the directory describes the site', async () => {
    const pages = await checkEveryPage(built, 'https://events.mountain-partnership.example');
    const dated = await Promise.all(built.pages.map(async (p) => !p.file.includes('/embed/') && (await built.campaignOf(p))?.time !== undefined));
    assert.equal(pages, dated.filter(Boolean).length, 'every page of every campaign with a time, whichever campaigns ship today');
  });
});

describe('fixture campaigns: no venue, hybrid, moved online', () => {
  const built = useBuiltPages(FINDABLE_CAMPAIGNS);
  const event = (file: string): Json => jsonLdOf(built.pages.find((p) => p.file === file)!)[0];

  test('every page passes the same rules', async () => {
    assert.equal(await checkEveryPage(built, 'https://events.example.org'), 7);
  });

  test('an event with neither venue nor webcast has no location and no attendance mode; its online session is online', () => {
    const soil = event('soil-day/index.html');
    assert.equal(soil.location, undefined);
    assert.equal(soil.eventAttendanceMode, undefined);
    assert.equal(soil.startDate, '2027-12-05');
    assert.deepEqual(soil.subEvent[0].location, { '@type': 'VirtualLocation', url: 'https://example.org/soil-webinar' });
    assert.equal(soil.subEvent[0].eventAttendanceMode, `${SCHEMA}OnlineEventAttendanceMode`);
    assert.equal(soil.subEvent[0].startDate, '2027-12-05T10:00:00+01:00', 'the session’s own offset');
  });

  test('a hybrid event is mixed, with a PostalAddress, the webcast, its image and its sessions at their own places', () => {
    const water = event('water-dialogue/index.html');
    assert.equal(water.eventAttendanceMode, `${SCHEMA}MixedEventAttendanceMode`);
    assert.deepEqual(water.location, [
      { '@type': 'Place', name: 'UN Headquarters', address: { '@type': 'PostalAddress', addressLocality: 'New York', addressCountry: 'United States' } },
      { '@type': 'VirtualLocation', url: 'https://webtv.un.org/dialogue' },
    ]);
    assert.deepEqual(water.image, { '@type': 'ImageObject', url: 'https://events.example.org/water-dialogue/assets/banner.png', width: 1200, height: 630 });
    assert.equal(water.startDate, '2027-03-22T10:00:00-04:00');
    assert.equal(water.subEvent[0].eventAttendanceMode, `${SCHEMA}OfflineEventAttendanceMode`, 'the opening is at the event’s venue');
    assert.equal(water.subEvent[1].eventAttendanceMode, `${SCHEMA}MixedEventAttendanceMode`);
  });

  test('inLanguage names the language the text is written in, not the page’s, and is left out when name and description differ', () => {
    assert.equal(event('water-dialogue/ar/index.html').inLanguage, 'en', 'the Arabic page shows the English fallback');
    assert.equal(event('water-dialogue/fr/index.html').inLanguage, undefined, 'a French name with an English description');
    assert.equal(event('water-dialogue/index.html').inLanguage, 'en');
  });

  test('an event moved online is online, with its webcast and no venue', () => {
    const glacier = event('glacier-forum/ru/index.html');
    assert.equal(glacier.eventStatus, `${SCHEMA}EventMovedOnline`);
    assert.equal(glacier.eventAttendanceMode, `${SCHEMA}OnlineEventAttendanceMode`);
    assert.deepEqual(glacier.location, { '@type': 'VirtualLocation', url: 'https://webtv.un.org/glacier-forum' });
    assert.deepEqual([glacier.startDate, glacier.endDate], ['2027-06-10', '2027-06-11']);
  });
});
