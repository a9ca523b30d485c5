/**
 * The calendar lock through real builds: a change to what a calendar shows raises that event's SEQUENCE by
 * one and records it in the lock; a build with nothing changed gives the same bytes and leaves the lock as it
 * was; a strict build and a failed build never touch it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ICAL from 'ical.js';
import { updateLock } from '../../src/generator/calendar-lock.js';
import { runBuild, SITE_YAML, tempDir, treeHashes, writeTree } from '../support/build.js';

const CAMPAIGN = `name: Water Morning
description: A morning on water.
locales: [en]
time-zone: Europe/Rome
start: 2027-05-04T09:00
end: 2027-05-04T12:00
organiser:
  name: FAO
sessions:
  - id: opening
    name: Opening
    start: 2027-05-04T09:00
    end: 2027-05-04T09:30
  - id: panel
    name: Panel
    start: 2027-05-04T10:00
    end: 2027-05-04T11:00
`;
const EVENT = 'water@events.example.org';
const OPENING = 'water-opening@events.example.org';
const PANEL = 'water-panel@events.example.org';

/** SEQUENCE by UID in a built calendar file, read by ical.js. */
async function sequences(dist: string, file = 'water/water.ics'): Promise<Record<string, number>> {
  const calendar = ICAL.Component.fromString(await readFile(path.join(dist, file), 'utf8'));
  return Object.fromEntries(calendar.getAllSubcomponents('vevent').map((e) => [String(e.getFirstPropertyValue('uid')), Number(e.getFirstPropertyValue('sequence'))]));
}

async function lockOf(campaigns: string): Promise<{ version: number; events: Record<string, { sequence: number; hash: string }> }> {
  return JSON.parse(await readFile(path.join(campaigns, 'calendar.lock.json'), 'utf8'));
}

async function fixture(name: string): Promise<{ campaigns: string; dist: string }> {
  const campaigns = await tempDir(`${name}-campaigns`);
  await writeTree(campaigns, { 'site.yaml': SITE_YAML, 'water/campaign.yaml': CAMPAIGN });
  return { campaigns, dist: path.join(await tempDir(`${name}-out`), 'dist') };
}

test('a lock entry is new at 0, kept while its digest is the same, and one higher when it changes; the lock keeps events no longer published', () => {
  const first = updateLock({}, new Map([['b@x', 'sha256:1'], ['a@x', 'sha256:2']]));
  assert.deepEqual(first.sequences, { 'b@x': 0, 'a@x': 0 });
  assert.deepEqual(Object.keys(first.lock), ['a@x', 'b@x'], 'sorted, so the file is the same whatever the campaign order');
  assert.deepEqual(first.changed, ['a@x', 'b@x']);
  const same = updateLock(first.lock, new Map([['a@x', 'sha256:2'], ['b@x', 'sha256:1']]));
  assert.deepEqual(same.changed, []);
  assert.deepEqual(same.lock, first.lock);
  const moved = updateLock(same.lock, new Map([['a@x', 'sha256:3']]));
  assert.deepEqual(moved.sequences, { 'a@x': 1 });
  assert.deepEqual(moved.lock, { 'a@x': { sequence: 1, hash: 'sha256:3' }, 'b@x': { sequence: 0, hash: 'sha256:1' } });
});

test('a session moved to another time rises to SEQUENCE 1 and the lock records it; nothing else moves', async () => {
  const { campaigns, dist } = await fixture('sequence');
  const first = await runBuild(dist, { campaigns });
  assert.equal(first.code, 0, first.stderr);
  assert.deepEqual(await sequences(dist), { [EVENT]: 0, [OPENING]: 0, [PANEL]: 0 });
  const before = await lockOf(campaigns);
  assert.equal(before.version, 1);
  assert.deepEqual(Object.keys(before.events), [OPENING, PANEL, EVENT], "sorted by UID");

  await writeFile(path.join(campaigns, 'water/campaign.yaml'), CAMPAIGN.replace('start: 2027-05-04T10:00\n    end: 2027-05-04T11:00', 'start: 2027-05-04T10:30\n    end: 2027-05-04T11:30'));
  // At the log level of `npm run build`, which tells the team what to commit.
  const moved = await runBuild(dist, { campaigns, args: ['--logLevel', 'info'] });
  assert.equal(moved.code, 0, moved.stderr);
  assert.match(moved.stdout, new RegExp(`^summit: 1 calendar event new or changed, recorded in \\S+calendar\\.lock\\.json; commit it with the campaign files \\(${PANEL.replace(/\./g, '\\.')}\\)$`, 'm'));
  assert.deepEqual(await sequences(dist), { [EVENT]: 0, [OPENING]: 0, [PANEL]: 1 });
  const after = await lockOf(campaigns);
  assert.equal(after.events[PANEL].sequence, 1);
  assert.notEqual(after.events[PANEL].hash, before.events[PANEL].hash);
  assert.deepEqual(after.events[EVENT], before.events[EVENT]);

  // A translation is something a calendar shows too, in that language's file.
  await writeFile(path.join(campaigns, 'water/campaign.yaml'), (await readFile(path.join(campaigns, 'water/campaign.yaml'), 'utf8')).replace('name: Water Morning', 'name: { en: Water Morning, fr: Matinée de l’eau }').replace('locales: [en]', 'locales: [en, fr]'));
  assert.equal((await runBuild(dist, { campaigns })).code, 0);
  assert.equal((await lockOf(campaigns)).events[EVENT].sequence, 1);
});

test('a build with nothing changed gives the same bytes and leaves the lock as it was', async () => {
  const { campaigns, dist } = await fixture('same');
  assert.equal((await runBuild(dist, { campaigns })).code, 0);
  const output = await treeHashes(dist);
  const lock = await readFile(path.join(campaigns, 'calendar.lock.json'), 'utf8');
  const again = await runBuild(dist, { campaigns });
  assert.equal(again.code, 0, again.stderr);
  assert.deepEqual(await treeHashes(dist), output);
  assert.equal(await readFile(path.join(campaigns, 'calendar.lock.json'), 'utf8'), lock);
  assert.deepEqual(Object.keys(await treeHashes(campaigns)).sort(), ['calendar.lock.json', 'site.yaml', 'water/campaign.yaml'], 'no temporary file left');
});

test('--mode strict fails on a lock that is not current, naming each event and the fix, and changes nothing', async () => {
  const { campaigns, dist } = await fixture('strict-lock');
  const missing = await runBuild(dist, { campaigns, args: ['--mode', 'strict'] });
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, new RegExp(`calendar\\.lock\\.json:1:1 events\\["${EVENT}"\\]: expected an entry for this event, got none: it is new since the lock was written; run npm run build and commit calendar\\.lock\\.json`));
  assert.deepEqual(Object.keys(await treeHashes(campaigns)).sort(), ['site.yaml', 'water/campaign.yaml'], 'strict never writes the lock');

  assert.equal((await runBuild(dist, { campaigns })).code, 0);
  const lock = await readFile(path.join(campaigns, 'calendar.lock.json'), 'utf8');
  assert.equal((await runBuild(dist, { campaigns, args: ['--mode', 'strict'] })).code, 0, 'a current lock passes');
  await writeFile(path.join(campaigns, 'water/campaign.yaml'), CAMPAIGN.replace('name: Opening', 'name: Welcome'));
  const stale = await runBuild(dist, { campaigns, args: ['--mode', 'strict'] });
  assert.equal(stale.code, 1);
  assert.match(stale.stderr, new RegExp(`events\\["${OPENING}"\\]: expected the digest of what calendars show now \\(sha256:[0-9a-f]{64}\\), got sha256:[0-9a-f]{64}: the event changed since the lock was written; run npm run build and commit calendar\\.lock\\.json \\(its SEQUENCE becomes 1\\)`));
  assert.equal(await readFile(path.join(campaigns, 'calendar.lock.json'), 'utf8'), lock);
});

test('a failed build leaves the lock as it was, and a damaged lock is an error, never replaced', async () => {
  const { campaigns, dist } = await fixture('failed-lock');
  assert.equal((await runBuild(dist, { campaigns })).code, 0);
  const lock = await readFile(path.join(campaigns, 'calendar.lock.json'), 'utf8');
  await writeFile(path.join(campaigns, 'water/campaign.yaml'), CAMPAIGN.replace('name: Opening', 'name: Welcome').replace('Europe/Rome', 'Europe/Roma'));
  assert.equal((await runBuild(dist, { campaigns })).code, 1);
  assert.equal(await readFile(path.join(campaigns, 'calendar.lock.json'), 'utf8'), lock);

  await writeFile(path.join(campaigns, 'calendar.lock.json'), '{ "events": [] }');
  await writeFile(path.join(campaigns, 'water/campaign.yaml'), CAMPAIGN);
  const damaged = await runBuild(dist, { campaigns });
  assert.equal(damaged.code, 1);
  assert.match(damaged.stderr, /calendar\.lock\.json:1:1 expected the calendar lock that npm run build writes .*, got another shape; restore it from version control, or delete it to start every SEQUENCE again at 0/);
  assert.equal(await readFile(path.join(campaigns, 'calendar.lock.json'), 'utf8'), '{ "events": [] }');
});

test('with SUMMIT_CALENDAR_LOCK=read-only a build uses the lock’s numbers and never writes it', async () => {
  const { campaigns, dist } = await fixture('read-only');
  assert.equal((await runBuild(dist, { campaigns })).code, 0);
  const lock = await readFile(path.join(campaigns, 'calendar.lock.json'), 'utf8');
  await writeFile(path.join(campaigns, 'water/campaign.yaml'), CAMPAIGN.replace('name: Opening', 'name: Welcome'));
  const run = await runBuild(dist, { campaigns, env: { SUMMIT_CALENDAR_LOCK: 'read-only' } });
  assert.equal(run.code, 0, run.stderr);
  assert.equal((await sequences(dist))[OPENING], 1, 'the published file still says the event changed');
  assert.equal(await readFile(path.join(campaigns, 'calendar.lock.json'), 'utf8'), lock);
});
