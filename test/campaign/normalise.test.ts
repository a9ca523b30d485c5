import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { normaliseCampaign } from '../../src/campaign/normalise.js';
import { campaignSchema } from '../../src/campaign/schema.js';
import { momentAt, type State } from '../../src/time/lifecycle.js';

async function mountainDayAt(now: string) {
  const config = campaignSchema.parse(parse(await readFile('campaigns/international-mountain-day/campaign.yaml', 'utf8')));
  const { campaign, problems } = normaliseCampaign({ slug: 'international-mountain-day', config, sharedNews: new Map([['water-conference-mountains-cryosphere', { id: 'water-conference-mountains-cryosphere', date: '2023-03-28', title: 'x', link: 'https://example.org/' }], ['csw67-utah-students', { id: 'csw67-utah-students', date: '2023-03-24', title: 'y', link: 'https://example.org/' }]]), now: Date.parse(now) });
  assert.deepEqual(problems, []);
  return campaign!;
}

test('International Mountain Day stays on its Day through the recap week, then rolls over to the next year', async () => {
  const campaign = await mountainDayAt('2026-11-27T00:00:00Z');
  const cases: [string, number, State, string | undefined][] = [
    ['2024-12-01T00:00:00Z', 2024, 'upcoming', 'Mountain solutions for a sustainable future – innovation, adaptation and youth'],
    ['2025-12-12T11:59:59Z', 2025, 'live', 'Glaciers matter for water, food and livelihoods in mountains and beyond'],
    ['2025-12-12T12:00:00Z', 2025, 'ended', 'Glaciers matter for water, food and livelihoods in mountains and beyond'],
    ['2025-12-19T11:59:59Z', 2025, 'ended', 'Glaciers matter for water, food and livelihoods in mountains and beyond'],
    ['2025-12-19T12:00:00Z', 2026, 'upcoming', undefined],
    ['2026-11-27T00:00:00Z', 2026, 'upcoming', undefined],
  ];
  for (const [now, year, state, theme] of cases) {
    const moment = momentAt(campaign, Date.parse(now))!;
    assert.deepEqual([moment.occurrence.year, moment.state], [year, state], now);
    assert.equal(campaign.editions.find((e) => e.year === year)?.theme?.en?.text, theme, now);
  }
});

test('the model does not depend on the build date', async () => {
  assert.deepEqual(await mountainDayAt('2023-12-01T00:00:00Z'), await mountainDayAt('2031-06-01T00:00:00Z'));
});

test('the 2023 edition keeps its sessions in their own zones, and one running two days after the Day keeps the Day current', async () => {
  const campaign = await mountainDayAt('2023-12-01T00:00:00Z');
  const sessions = campaign.editions.find((e) => e.year === 2023)!.sessions;
  assert.deepEqual(sessions.map((s) => [s.start, s.end, s.timeZone]), [
    ['2023-12-11T14:00:00+04:00', '2023-12-11T15:00:00+04:00', 'Asia/Dubai'],
    ['2023-12-13T14:30:00+01:00', '2023-12-13T16:00:00+01:00', 'Europe/Rome'],
  ]);
  const moment = momentAt({ ...campaign, recapDays: 0 }, Date.parse('2023-12-13T14:00:00Z'))!;
  assert.equal(moment.occurrence.year, 2023);
  assert.deepEqual(moment.sessions.map((s) => s.state), ['ended', 'live']);
  assert.equal(moment.nextSession, 1);
});
