import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { normaliseCampaign } from '../../src/campaign/normalise.js';
import { campaignSchema } from '../../src/campaign/schema.js';

async function mountainDayAt(now: string) {
  const config = campaignSchema.parse(parse(await readFile('campaigns/international-mountain-day/campaign.yaml', 'utf8')));
  const { campaign, problems } = normaliseCampaign({ slug: 'international-mountain-day', config, sharedNews: new Map([['water-conference-mountains-cryosphere', { id: 'water-conference-mountains-cryosphere', date: '2023-03-28', title: 'x', link: 'https://example.org/' }], ['csw67-utah-students', { id: 'csw67-utah-students', date: '2023-03-24', title: 'y', link: 'https://example.org/' }]]), now: Date.parse(now) });
  assert.deepEqual(problems, []);
  return campaign!;
}

test('International Mountain Day rolls over to the next year only once the day is over everywhere', async () => {
  const cases: [string, string, string | undefined][] = [
    ['2024-12-01T00:00:00Z', '2024-12-11T00:00:00', 'Mountain solutions for a sustainable future – innovation, adaptation and youth'],
    ['2025-12-12T11:59:59Z', '2025-12-11T00:00:00', 'Glaciers matter for water, food and livelihoods in mountains and beyond'],
    ['2025-12-12T12:00:00Z', '2026-12-11T00:00:00', undefined],
    ['2026-11-27T00:00:00Z', '2026-12-11T00:00:00', undefined],
  ];
  for (const [now, start, theme] of cases) {
    const campaign = await mountainDayAt(now);
    assert.equal(campaign.time.start, start, now);
    assert.equal(campaign.theme?.en?.text, theme, now);
  }
});

test('the 2023 edition keeps its sessions in their own zones', async () => {
  const campaign = await mountainDayAt('2023-12-01T00:00:00Z');
  assert.deepEqual(campaign.sessions.map((s) => [s.start, s.end, s.timeZone]), [
    ['2023-12-11T10:00:00Z', '2023-12-11T11:00:00Z', 'Asia/Dubai'],
    ['2023-12-13T13:30:00Z', '2023-12-13T15:00:00Z', 'Europe/Rome'],
  ]);
});
