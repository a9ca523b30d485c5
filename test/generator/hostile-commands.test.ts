/**
 * The commands under hostile conditions: two builds at once into one `dist/`, a build killed midway, a lock
 * left by a build that died, and `npm run new` with slugs that YAML would read as numbers, nulls or booleans.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runBuild, SITE_YAML, tempDir, TEST_EPOCH, treeHashes, type BuildRun } from '../support/build.js';
import { VALID_CAMPAIGN, writeEntries } from '../support/hostile.js';
import { isBuildFile } from '../../src/generator/output.js';
import { loadCampaigns } from '../../src/generator/load.js';

/** The campaigns every build here writes, and the files (with their hashes) one normal build of them gives. */
let campaigns: string;
let reference: Record<string, string>;
/** Another campaign, so that a `dist/` built from it differs from the reference. */
let otherCampaigns: string;

before(async () => {
  campaigns = await tempDir('commands');
  await writeEntries(campaigns, { 'site.yaml': SITE_YAML, 'water-dialogue/campaign.yaml': VALID_CAMPAIGN });
  otherCampaigns = await tempDir('commands-other');
  await writeEntries(otherCampaigns, { 'site.yaml': SITE_YAML, 'water-dialogue/campaign.yaml': VALID_CAMPAIGN.replace('Water Dialogue', 'Ocean Dialogue') });
  const dist = path.join(await tempDir('commands-reference'), 'dist');
  const run = await runBuild(dist, { campaigns });
  assert.equal(run.code, 0, run.stderr);
  reference = await treeHashes(dist);
});

/** A fresh folder for one test's `dist/`, with nothing beside it. */
async function freshDist(name: string): Promise<{ parent: string; dist: string; shown: string }> {
  const parent = await tempDir(name);
  const dist = path.join(parent, 'dist');
  return { parent, dist, shown: path.relative(process.cwd(), dist) };
}

/** The lines a build printed that start with `summit: ` and speak of the lock or the output folder. */
function outputNotices(run: BuildRun): string[] {
  return `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => /^summit: (another build|took over|put back)/.test(line));
}

const ISO = '\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pid that ran and has exited. */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  assert.ok(pid);
  return pid;
}

test('two builds at once into one dist/: the later one waits for the first, both succeed, and dist/ is one complete build', async () => {
  const { parent, dist, shown } = await freshDist('twice');
  const runs = await Promise.all([runBuild(dist, { campaigns }), runBuild(dist, { campaigns })]);
  for (const run of runs) assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(await treeHashes(dist), reference, 'every file of a normal build, byte for byte, hashed names included');
  const waiting = new RegExp(`^summit: another build is writing ${escape(shown)}/ \\(pid \\d+, started ${ISO}\\); waiting up to 60 s$`);
  // Usually the second build finds the lock and waits; on a loaded machine the first may be done before the
  // second starts. Either way at most one waits, and says so once.
  const notices = runs.flatMap(outputNotices);
  assert.ok(notices.length <= 1 && notices.every((line) => waiting.test(line)), JSON.stringify(notices));
  assert.deepEqual(await readdir(parent), ['dist'], 'no lock, staging folder or previous build is left beside dist/');
});

test('a build that finds dist/ locked past its wait stops with who holds it, and leaves dist/ and the lock as they were', async () => {
  const { parent, dist, shown } = await freshDist('locked');
  assert.equal((await runBuild(dist, { campaigns: otherCampaigns })).code, 0);
  const before = await treeHashes(dist);
  const lock = `${JSON.stringify({ pid: process.pid, started: '2026-11-27T09:00:00.000Z' })}\n`;
  await writeFile(`${dist}.lock`, lock);
  const run = await runBuild(dist, { campaigns, env: { SUMMIT_BUILD_WAIT: '1' } });
  assert.equal(run.code, 1, run.stdout + run.stderr);
  assert.deepEqual(outputNotices(run), [
    `summit: another build is writing ${shown}/ (pid ${process.pid}, started 2026-11-27T09:00:00.000Z); waiting up to 1 s`,
    `summit: another build is writing ${shown}/ (pid ${process.pid}, started 2026-11-27T09:00:00.000Z); wait for it or stop it`,
  ]);
  assert.match(run.stderr, new RegExp(`^error during build:\n\\[Summit: another build kept ${escape(shown)}/; nothing was written\\]$`, 'm'));
  assert.doesNotMatch(run.stderr, /^\s+at /m, 'no stack trace');
  assert.deepEqual(await treeHashes(dist), before);
  assert.deepEqual((await readdir(parent)).sort(), ['dist', 'dist.lock']);
  assert.equal(await readFile(`${dist}.lock`, 'utf8'), lock, 'the lock of the running build is left alone');
});

test('with SUMMIT_BUILD_WAIT=0 a build stops at once when another holds dist/', async () => {
  const { dist, shown } = await freshDist('no-wait');
  await writeFile(`${dist}.lock`, JSON.stringify({ pid: process.pid, started: '2026-11-27T09:00:00.000Z' }));
  const run = await runBuild(dist, { campaigns, env: { SUMMIT_BUILD_WAIT: '0' } });
  assert.equal(run.code, 1);
  assert.deepEqual(outputNotices(run), [`summit: another build is writing ${shown}/ (pid ${process.pid}, started 2026-11-27T09:00:00.000Z); wait for it or stop it`]);
});

test('a lock left by a build that no longer runs is taken over with one notice', async () => {
  const { parent, dist, shown } = await freshDist('stale');
  const pid = deadPid();
  await writeFile(`${dist}.lock`, `${JSON.stringify({ pid, started: '2026-11-27T09:00:00.000Z' })}\n`);
  const run = await runBuild(dist, { campaigns });
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(outputNotices(run), [`summit: took over ${shown}.lock, left by a build that is no longer running (pid ${pid}, started 2026-11-27T09:00:00.000Z)`]);
  assert.deepEqual(await treeHashes(dist), reference);
  assert.deepEqual(await readdir(parent), ['dist']);
});

test('a lock file that a killed build left empty is taken over once it is a few seconds old', async () => {
  const { parent, dist, shown } = await freshDist('empty-lock');
  await writeFile(`${dist}.lock`, '');
  const old = new Date('2026-11-27T09:00:00.000Z');
  await utimes(`${dist}.lock`, old, old);
  const run = await runBuild(dist, { campaigns });
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(outputNotices(run), [`summit: took over ${shown}.lock, left by a build that is no longer running (pid unknown, started 2026-11-27T09:00:00.000Z)`]);
  assert.deepEqual(await readdir(parent), ['dist']);
});

test('a build killed midway leaves the previous dist/ byte-identical; the next build clears its leftovers and is complete', async () => {
  const { parent, dist, shown } = await freshDist('killed');
  assert.equal((await runBuild(dist, { campaigns: otherCampaigns })).code, 0);
  const before = await treeHashes(dist);
  assert.notDeepEqual(before, reference);
  const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', dist, '--logLevel', 'warn'], {
    env: { ...process.env, SOURCE_DATE_EPOCH: TEST_EPOCH, SUMMIT_CAMPAIGNS: campaigns },
    stdio: 'ignore',
  });
  const exited = once(child, 'exit');
  const staging = async () => (await readdir(parent)).filter((name) => name.startsWith('dist.staging'));
  for (let i = 0; i < 3000 && (await staging()).length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.equal((await staging()).length, 1, 'the build began writing its staging folder');
  child.kill('SIGKILL');
  await exited;
  assert.deepEqual(await treeHashes(dist), before, 'the previous dist/ is untouched');
  assert.deepEqual((await readdir(parent)).filter((name) => !name.startsWith('dist.staging')).sort(), ['dist', 'dist.lock'], 'the killed build left its lock');

  const next = await runBuild(dist, { campaigns });
  assert.equal(next.code, 0, next.stderr);
  const tookOver = new RegExp(`^summit: took over ${escape(shown)}\\.lock, left by a build that is no longer running \\(pid ${child.pid}, started ${ISO}\\)$`);
  assert.equal(outputNotices(next).length, 1);
  assert.match(outputNotices(next)[0], tookOver);
  assert.deepEqual(await treeHashes(dist), reference, 'the next build is complete and holds nothing of the killed one');
  assert.deepEqual(await readdir(parent), ['dist'], 'the killed build’s staging folder is gone');
});

test('a build killed between its two renames left only dist.previous/: the next build puts it back first', async () => {
  const { parent, dist, shown } = await freshDist('between');
  assert.equal((await runBuild(dist, { campaigns: otherCampaigns })).code, 0);
  const before = await treeHashes(dist);
  // What the kill leaves: the old build moved aside, the new one still staged, the lock of a dead pid.
  spawnSync('mv', [dist, `${dist}.previous`]);
  await writeEntries(parent, { 'dist.staging-1/index.html': 'half a build' });
  const pid = deadPid();
  await writeFile(`${dist}.lock`, JSON.stringify({ pid, started: '2026-11-27T09:00:00.000Z' }));
  const invalid = await tempDir('commands-invalid');
  await writeEntries(invalid, { 'site.yaml': SITE_YAML, 'water-dialogue/campaign.yaml': 'name: [\n' });
  const locked = await runBuild(dist, { campaigns: invalid });
  assert.equal(locked.code, 1, 'a build that fails on its campaigns still puts dist/ back');
  assert.deepEqual(outputNotices(locked), [
    `summit: took over ${shown}.lock, left by a build that is no longer running (pid ${pid}, started 2026-11-27T09:00:00.000Z)`,
    `summit: put back ${shown}/ from ${shown}.previous/, left by a build stopped while it replaced it`,
  ]);
  assert.deepEqual(await treeHashes(dist), before);
  assert.deepEqual(await readdir(parent), ['dist']);
});

test('the dev server’s watcher ignores what builds keep beside dist/, and nothing else', () => {
  const ignored = ['dist.lock', 'dist.lock-41-0123abcd', 'dist.staging', 'dist.staging-41/assets/page-x.js', 'dist.previous', 'dist.previous/index.html'];
  const watched = ['dist/index.html', 'dist.stagingarea/a.txt', 'dist.lockfile', 'distant/a.txt', 'campaigns/csw67/campaign.yaml', 'src/page.ts'];
  for (const file of ignored) assert.equal(isBuildFile('/site/dist', path.join('/site', file)), true, file);
  for (const file of watched) assert.equal(isBuildFile('/site/dist', path.join('/site', file)), false, file);
});

/** Runs the compiled `npm run new` in `cwd`, as the script does from the project's folder. */
function runNew(cwd: string, ...args: string[]): Promise<BuildRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.resolve('.build/src/generator/new-campaign.js'), ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

const created = (slug: string) => `created campaigns/${slug}/campaign.yaml\nnext: npm run dev, then open http://localhost:5173/${slug}/\n`;

test('npm run new with slugs YAML reads as a number, null or boolean writes text, and every such campaign builds', async () => {
  const project = await tempDir('new-hostile');
  await writeEntries(project, { 'campaigns/site.yaml': SITE_YAML });
  const names: Record<string, string> = { '2027': '2027', null: 'Null', true: 'True', '1e3': '1e3', yes: 'Yes', on: 'On' };
  for (const slug of Object.keys(names)) {
    assert.deepEqual(await runNew(project, slug), { code: 0, stdout: created(slug), stderr: '' }, slug);
  }
  assert.deepEqual((await readdir(path.join(project, 'campaigns'))).sort(), [...Object.keys(names), 'site.yaml'].sort(), 'nothing else was left');
  const dist = path.join(await tempDir('new-hostile-dist'), 'dist');
  const run = await runBuild(dist, { campaigns: path.join(project, 'campaigns') });
  assert.equal(run.code, 0, run.stderr);
  for (const [slug, name] of Object.entries(names)) {
    const json = JSON.parse(await readFile(path.join(dist, slug, 'campaign.json'), 'utf8'));
    assert.equal(json.name.en.text, name, slug);
  }
});

test('npm run new refuses a slug that is not kebab-case and a folder that exists, and leaves the campaigns as they were', async () => {
  const project = await tempDir('new-refused');
  await writeEntries(project, { 'campaigns/site.yaml': SITE_YAML, 'campaigns/water-dialogue/campaign.yaml': VALID_CAMPAIGN });
  const before = await treeHashes(project);
  const kebab = (slug: string) => `npm run new: expected a slug in lowercase kebab-case like water-dialogue-2027, got "${slug}"\n`;
  const cases: [string[], string][] = [
    [['~'], kebab('~')],
    [['Water Dialogue'], kebab('Water Dialogue')],
    [['water--dialogue'], kebab('water--dialogue')],
    [['../outside'], kebab('../outside')],
    [[], kebab('')],
    [['water-dialogue'], 'npm run new: campaigns/water-dialogue exists already; pick another slug\n'],
    [['ar'], 'npm run new: expected a slug the site does not use itself, got "ar": dist/ar/ holds the front page, calendar and feeds in that language; pick another slug\n'],
    [['social'], 'npm run new: expected a slug the site does not use itself, got "social": dist/social/ holds the front page\'s card images; pick another slug\n'],
  ];
  for (const [args, message] of cases) {
    assert.deepEqual(await runNew(project, ...args), { code: 1, stdout: '', stderr: message }, args.join(' '));
    assert.deepEqual(await treeHashes(project), before, `${args.join(' ')}: nothing was written`);
  }
  const empty = await tempDir('new-no-campaigns');
  assert.deepEqual(await runNew(empty, 'water-dialogue'), {
    code: 1,
    stdout: '',
    stderr: "npm run new: expected the folder of campaigns at campaigns, got none; run npm run new in the project's folder\n",
  });
  assert.deepEqual(await readdir(empty), []);
});

test('npm run new creates a valid campaign when other campaign files have errors, and says the build fails until they are fixed', async () => {
  const project = await tempDir('new-elsewhere');
  await writeEntries(project, { 'campaigns/site.yaml': SITE_YAML, 'campaigns/broken/campaign.yaml': VALID_CAMPAIGN.replace('America/New_York', 'America/NewYork') });
  const run = await runNew(project, 'water-dialogue');
  assert.deepEqual(run, {
    code: 0,
    stdout: created('water-dialogue'),
    stderr: 'note: npm run build fails until 1 error in other files is fixed:\n'
      + 'campaigns/broken/campaign.yaml:3:12 time-zone: expected an IANA time zone like America/New_York, or "local", got "America/NewYork"; did you mean "America/New_York"?\n',
  });
  const { errors } = await loadCampaigns(path.join(project, 'campaigns'), Date.parse('2026-11-27T00:00:00Z'));
  assert.deepEqual(errors.map((e) => e.file.endsWith('broken/campaign.yaml')), [true], 'the only error is the other campaign’s');
});
