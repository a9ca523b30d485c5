import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseCampaign } from '../../src/campaign/normalise.js';
import { campaignSchema } from '../../src/campaign/schema.js';
import { coverageTable, translationGaps } from '../../src/campaign/coverage.js';

const NOW = Date.parse('2026-11-27T00:00:00Z');

function campaignOf(config: unknown) {
  const { campaign, problems } = normaliseCampaign({ slug: 'dialogue', config: campaignSchema.parse(config), sharedNews: new Map(), now: NOW });
  assert.deepEqual(problems, []);
  return campaign!;
}

const BASE = {
  name: { en: 'Mountain dialogue', fr: 'Dialogue de la montagne', ar: 'حوار الجبال' },
  description: { en: 'A dialogue.', fr: 'Un dialogue.' },
  'time-zone': 'Europe/Rome',
  start: '2027-05-04',
  locales: ['en', 'fr', 'ar'],
  organiser: { name: 'FAO' },
};

test('a missing translation falls back to the default locale, field by field, and says which language it is in', () => {
  const campaign = campaignOf(BASE);
  assert.deepEqual(campaign.name.ar, { text: 'حوار الجبال', lang: 'ar' });
  assert.deepEqual(campaign.description.ar, { text: 'A dialogue.', lang: 'en' });
  assert.deepEqual(campaign.description.fr, { text: 'Un dialogue.', lang: 'fr' });
});

test('translation gaps are listed per locale and field, and the coverage table names them', () => {
  const campaign = campaignOf(BASE);
  assert.deepEqual(Object.fromEntries(translationGaps(campaign)), { fr: ['organiser.name'], ar: ['description', 'organiser.name'] });
  assert.deepEqual(coverageTable([campaign]), ['dialogue fr: 1 untranslated (organiser.name)', 'dialogue ar: 2 untranslated (description, organiser.name)']);
});

test('an event that is over, still scheduled and says nothing of how it went is a warning; news of the outcome settles it', () => {
  const past = { ...BASE, start: '2023-03-22', end: '2023-03-24' };
  const warned = normaliseCampaign({ slug: 'dialogue', config: campaignSchema.parse(past), sharedNews: new Map(), now: NOW });
  assert.match(warned.warnings[0].message, /the event is over but still scheduled/);
  assert.deepEqual(warned.warnings[0].path, ['status']);
  const outcome = { ...past, news: [{ date: '2023-03-28', title: 'Outcome', link: 'https://example.org/outcome' }] };
  assert.deepEqual(normaliseCampaign({ slug: 'dialogue', config: campaignSchema.parse(outcome), sharedNews: new Map(), now: NOW }).warnings, []);
});
