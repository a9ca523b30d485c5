import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { jsonSchemaText, SCHEMA_FILES, withConfigReference } from '../../src/generator/schemas.js';
import { createCampaign } from '../../src/generator/new-campaign.js';
import { loadCampaigns } from '../../src/generator/load.js';
import { runBuild, SITE_YAML, tempDir, treeHashes, writeTree } from '../support/build.js';

test('the committed JSON Schemas are the ones the zod schemas generate (run npm run schema after a change)', async () => {
  for (const [name, schema] of Object.entries(SCHEMA_FILES)) {
    assert.equal(await readFile(path.join('campaigns', name), 'utf8'), jsonSchemaText(schema), name);
  }
});

test('the JSON Schema tells editors about misspelt keys and allowed values', () => {
  const schema = JSON.parse(jsonSchemaText(SCHEMA_FILES['campaign.schema.json']));
  assert.equal(schema.additionalProperties, false);
  assert.deepEqual(schema.properties.status.enum, ['scheduled', 'postponed', 'cancelled', 'moved-online']);
  assert.deepEqual(schema.properties.kind.enum, ['event', 'observance', 'initiative']);
  assert.deepEqual(schema.properties.downloads.items.properties.type.enum, ['press-release', 'report', 'photo-gallery', 'other']);
});

test('npm run new scaffolds a campaign that builds at once, and refuses a slug in use or a bad slug', async () => {
  const campaigns = await tempDir('new');
  await writeTree(campaigns, { 'site.yaml': SITE_YAML });
  const now = Date.parse('2026-11-27T12:00:00Z');
  await createCampaign(campaigns, 'water-dialogue-2027', now);
  const { errors, campaigns: loaded } = await loadCampaigns(campaigns, now);
  assert.deepEqual(errors, []);
  assert.equal(loaded[0].time?.start, '2026-12-25T10:00:00+01:00', 'four weeks later, 10:00 in Rome');
  await assert.rejects(createCampaign(campaigns, 'water-dialogue-2027', now), /exists already/);
  await assert.rejects(createCampaign(campaigns, 'Water Dialogue', now), /expected a slug in lowercase kebab-case/);
  const out = path.join(await tempDir('new-out'), 'dist');
  // At the log level of `npm run build`: Summit's summary, and none of the bundler's tables and progress lines.
  const run = await runBuild(out, { campaigns, args: ['--logLevel', 'info'] });
  assert.equal(run.code, 0, run.stderr);
  assert.ok(Object.keys(await treeHashes(out)).includes('water-dialogue-2027/fr/index.html'));
  assert.match(run.stdout, /^summit: 1 campaign, \d+ pages, [\d.]+ [KM]B, 0 warnings, written to .+ in [\d.]+ s$/m);
  assert.doesNotMatch(run.stdout, /staging|gzip|modules transformed|rendering chunks|building \w+ environment/);
});

test('npm run new runs from the TypeScript source, with --help, in a project of its own', async () => {
  const project = await tempDir('new-script');
  await writeTree(project, { 'campaigns/site.yaml': SITE_YAML });
  const script = path.resolve('package.json');
  const command = JSON.parse(await readFile(script, 'utf8')).scripts.new as string;
  assert.equal(command, 'node src/generator/run.mjs new-campaign', 'package.json runs the source, no compile step');
  const run = (args: string[]) => new Promise<{ code: number; stdout: string; pid: number | undefined }>((resolve) => {
    const child = spawn(process.execPath, [path.resolve('src/generator/run.mjs'), 'new-campaign', ...args], { cwd: project });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('exit', (code) => resolve({ code: code ?? 1, stdout, pid: child.pid }));
  });
  const help = await run(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: npm run new -- <slug>/);
  // Two at once, as two terminals would: each runs its own bundle of the command and removes it once loaded.
  const [created, other] = await Promise.all([run(['water-dialogue-2027']), run(['mountain-forum-2027'])]);
  assert.equal(created.code, 0);
  assert.equal(created.stdout.split('\n')[0], 'created campaigns/water-dialogue-2027/campaign.yaml');
  assert.equal(other.code, 0);
  assert.equal(other.stdout.split('\n')[0], 'created campaigns/mountain-forum-2027/campaign.yaml');
  // Their own files only: another test file may be running the command at the same time.
  const left = await readdir('node_modules/.cache/summit-run').catch(() => []);
  assert.deepEqual(left.filter((name) => [created.pid, other.pid].some((pid) => name === `new-campaign-${pid}.mjs`)), []);
  const { campaigns, errors } = await loadCampaigns(path.join(project, 'campaigns'), Date.now());
  assert.deepEqual(errors, []);
  assert.deepEqual(campaigns.map((c) => c.slug).sort(), ['mountain-forum-2027', 'water-dialogue-2027']);
});

test('run.mjs names a command it does not have, with no stack trace', async () => {
  const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['src/generator/run.mjs', 'new-campaing']);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (exit) => resolve({ code: exit ?? 1, stderr }));
  });
  assert.equal(code, 1);
  assert.equal(stderr, 'run.mjs: expected a command such as new-campaign, got "new-campaing": there is no src/generator/new-campaing.ts\n');
});

describeDevServer();

function describeDevServer() {
  let server: ViteDevServer;
  let campaigns: string;
  const reloads: unknown[] = [];
  const valid = 'name: Dialogue\ndescription: A dialogue.\ntime-zone: Europe/Rome\nstart: 2027-05-04\norganiser:\n  name: FAO\n';

  before(async () => {
    campaigns = await tempDir('dev');
    await writeTree(campaigns, { 'site.yaml': SITE_YAML, 'dialogue/campaign.yaml': valid });
    process.env.SUMMIT_CAMPAIGNS = campaigns;
    server = await createServer({ configFile: 'vite.config.ts', logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
    delete process.env.SUMMIT_CAMPAIGNS;
    await server.listen();
    const send = server.ws.send.bind(server.ws);
    server.ws.send = ((payload: unknown) => {
      reloads.push(payload);
      return send(payload as never);
    }) as typeof server.ws.send;
  });

  after(async () => {
    await server?.close();
  });

  const base = () => server.resolvedUrls!.local[0].replace(/\/$/, '');

  test('npm run dev serves the campaign page with the live-reload client', async () => {
    const response = await fetch(`${base()}/dialogue/`);
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /<h1>(<!--[^>]*-->)*Dialogue/);
    assert.match(html, /\/@vite\/client/);
  });

  test('saving a campaign file reloads the open page, and an invalid file shows its errors in the page', async () => {
    await writeFile(path.join(campaigns, 'dialogue/campaign.yaml'), valid.replace('Europe/Rome', 'Europe/Roma'));
    for (let i = 0; i < 100 && !reloads.some((r) => (r as { type: string }).type === 'full-reload'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.ok(reloads.some((r) => (r as { type: string }).type === 'full-reload'), 'a full reload was sent');
    const response = await fetch(`${base()}/dialogue/`);
    assert.equal(response.status, 500);
    const html = await response.text();
    assert.match(html, /dialogue\/campaign\.yaml:3:12 time-zone: expected an IANA time zone/);
    assert.match(html, /\/@vite\/client/, 'the error page reloads itself when the file is fixed');
  });

  test('npm run dev serves every output the build writes, with its media type', async () => {
    await writeFile(path.join(campaigns, 'dialogue/campaign.yaml'), valid);
    const types: Record<string, RegExp> = {
      '/dialogue/': /^text\/html/,
      '/dialogue/fr/': /^text\/html/,
      '/dialogue/campaign.json': /^application\/json/,
      '/dialogue/dialogue.ics': /^text\/calendar/,
      '/sitemap.xml': /^application\/xml/,
      '/robots.txt': /^text\/plain/,
      '/rebuild.json': /^application\/json/,
      '/': /^text\/html/,
      '/dialogue/social/fr.png': /^image\/png$/,
      '/social/en.png': /^image\/png$/,
    };
    for (const [url, type] of Object.entries(types)) {
      const response = await fetch(`${base()}${url}`);
      assert.equal(response.status, 200, url);
      assert.match(response.headers.get('content-type') ?? '', type, url);
    }
    assert.match(await (await fetch(`${base()}/dialogue/dialogue.ics`)).text(), /^BEGIN:VCALENDAR\r\n/);
    // The card image a shared link shows, as the build draws it: a 1200×630 PNG.
    const card = Buffer.from(await (await fetch(`${base()}/dialogue/social/fr.png`)).arrayBuffer());
    assert.equal(card.subarray(1, 4).toString(), 'PNG');
    assert.deepEqual([card.readUInt32BE(16), card.readUInt32BE(20)], [1200, 630]);
  });

  test('npm run dev shows warnings at the top of the page, and a changed site.yaml or campaign is read again', async () => {
    await writeFile(path.join(campaigns, 'dialogue/campaign.yaml'), valid.replace('2027-05-04', '1900-05-04'));
    await writeFile(path.join(campaigns, 'site.yaml'), SITE_YAML.replace('Example events', 'Renamed events'));
    for (let i = 0; i < 100; i++) {
      const html = await (await fetch(`${base()}/dialogue/`)).text();
      if (html.includes('1900') && html.includes('Renamed events')) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const html = await (await fetch(`${base()}/dialogue/`)).text();
    assert.match(html, /<aside role="note"[^>]*><strong>2 warnings in the campaign files<\/strong>/);
    assert.match(html, /dialogue\/campaign\.yaml:4:8 start: expected a year between 1945 and 2100, got 1900-05-04; check the year/);
    assert.match(html, /Renamed events/, 'the site name from the saved site.yaml');
    await writeFile(path.join(campaigns, 'site.yaml'), SITE_YAML);
    await writeFile(path.join(campaigns, 'dialogue/campaign.yaml'), valid);
  });
}

test('npm run dev never serves the raw campaign files, only the pages and images made from them', async () => {
  const server = await createServer({ configFile: 'vite.config.ts', logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
  try {
    await server.listen();
    const base = server.resolvedUrls!.local[0].replace(/\/$/, '');
    const status = async (url: string) => (await fetch(`${base}${url}`)).status;
    assert.equal(await status('/campaigns/csw67/campaign.yaml'), 403);
    assert.equal(await status('/campaigns/site.yaml'), 403);
    assert.equal(await status('/campaigns/csw67/assets/banner.svg'), 403);
    assert.equal(await status('/csw67/assets/banner.svg'), 200);
  } finally {
    await server.close();
  }
});

test('the README’s field reference is the one the schema generates (run npm run schema after a change)', async () => {
  const readme = await readFile('README.md', 'utf8');
  assert.equal(withConfigReference(readme), readme);
  assert.match(readme, /\| `name` \| yes \|/);
});

test('npm run build -- --help and npm run dev -- --help name every option and every variable the build reads', async () => {
  const scripts = JSON.parse(await readFile('package.json', 'utf8')).scripts;
  assert.equal(scripts.build, 'node src/generator/vite-command.mjs build');
  assert.equal(scripts.dev, 'node src/generator/vite-command.mjs dev');
  const help = (command: string) =>
    new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, ['src/generator/vite-command.mjs', command, '--help']);
      let out = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.on('exit', (code) => resolve({ code, out }));
    });
  const build = await help('build');
  assert.equal(build.code, 0);
  const config = await readFile('vite.config.ts', 'utf8');
  const generator = await Promise.all((await readdir('src/generator')).filter((f) => f.endsWith('.ts')).map((f) => readFile(path.join('src/generator', f), 'utf8')));
  const variables = [...new Set([
    ...[...config.matchAll(/process\.env\.([A-Z_]+)/g)].map((m) => m[1]),
    ...generator.flatMap((source) => [...source.matchAll(/\benv\.(SUMMIT_[A-Z_]+)/g)].map((m) => m[1])),
  ])];
  assert.ok(variables.includes('SUMMIT_PAGE_CACHE') && variables.includes('SUMMIT_IMAGE_CACHE'), `the build reads ${variables.join(', ')}`);
  for (const name of [...variables, 'SOURCE_DATE_EPOCH', '--mode strict', '--outDir']) assert.ok(build.out.includes(name), `build --help names ${name}`);
  const dev = await help('dev');
  assert.equal(dev.code, 0);
  for (const name of ['--port', '--host', 'SUMMIT_CAMPAIGNS']) assert.ok(dev.out.includes(name), `dev --help names ${name}`);
  assert.doesNotMatch(build.out + dev.out, /vite\/\d|Commands:/, 'Summit\'s own help, not the bundler\'s');
});

test('npm run build and dev start Vite with its settings (lazy allocator, no native-loader check), unless the team set them', async () => {
  // Each process of the command says what it was given: the launcher first, then the Vite it starts.
  const given = (name: string, setting?: string) =>
    new Promise<string[]>((resolve) => {
      const env = Object.fromEntries(Object.entries(process.env).filter(([variable]) => variable !== name));
      if (setting !== undefined) env[name] = setting;
      env.NODE_OPTIONS = `--import=data:text/javascript,console.log('given='+process.env.${name})`;
      const child = spawn(process.execPath, ['src/generator/vite-command.mjs', 'dev', '--version'], { env });
      let out = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.on('exit', () => resolve(out.split('\n').filter((line) => line.startsWith('given='))));
    });
  assert.deepEqual(await given('MIMALLOC_ARENA_EAGER_COMMIT'), ['given=undefined', 'given=0']);
  assert.deepEqual(await given('MIMALLOC_ARENA_EAGER_COMMIT', '1'), ['given=1', 'given=1']);
  assert.deepEqual(await given('VITE_CONFIG_NATIVE_IGNORE_WARNING'), ['given=undefined', 'given=true']);
  assert.deepEqual(await given('VITE_CONFIG_NATIVE_IGNORE_WARNING', ''), ['given=', 'given=']);
});
