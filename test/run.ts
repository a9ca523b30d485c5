/**
 * `npm test`: the Node tests (time, schema, errors, the build and the built site), then the browser
 * tests (components in Chromium). Ends with one plain line, `N passed, N failed`.
 */
import { spawn } from 'node:child_process';
import { readFile, rm, stat } from 'node:fs/promises';
import { PACKED, packPackage } from './support/package.js';

const NODE_COUNTS = '.build/node-counts.json';
const WTR_COUNTS = '.build/wtr-counts.json';
/**
 * Test files run side by side, each in its own process: much of a file's time is spent waiting on the builds
 * and the Chromium it starts, so two at once finish sooner on 2 cores. Every file builds into its own folders.
 */
const NODE_FILES_AT_ONCE = 2;
/**
 * A test that has not ended after this long fails by its name, rather than holding the run until CI's own limit
 * (the longest, axe on every page of the sitemap, takes 60–95 s on 2 busy cores).
 */
const TEST_TIMEOUT_MS = 600_000;

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function counts(file: string): Promise<{ passed: number; failed: number } | undefined> {
  return readFile(file, 'utf8').then((text) => JSON.parse(text), () => undefined);
}

await rm(NODE_COUNTS, { force: true });
await rm(WTR_COUNTS, { force: true });
const nodeDirs: string[] = [];
for (const dir of ['.build/test/time', '.build/test/campaign', '.build/test/i18n', '.build/test/generator']) {
  if (await stat(dir).then(() => true, () => false)) nodeDirs.push(dir);
}
// The test files that install the npm package share one tarball. If packing fails here, each of them packs
// on its own and reports why.
const packed = await packPackage().catch(() => undefined);
const nodeExit = await run(process.execPath, [
  '--test',
  `--test-concurrency=${NODE_FILES_AT_ONCE}`,
  `--test-timeout=${TEST_TIMEOUT_MS}`,
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=./.build/test/support/count-reporter.js',
  `--test-reporter-destination=${NODE_COUNTS}`,
  ...nodeDirs,
], { TZ: 'America/Santiago', ...(packed && { [PACKED]: packed }) });
const browserExit = await run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs'], { SUMMIT_WTR_COUNTS: WTR_COUNTS });

const node = await counts(NODE_COUNTS);
const browser = await counts(WTR_COUNTS);
const passed = (node?.passed ?? 0) + (browser?.passed ?? 0);
// A runner that exited badly without counts (it crashed) counts as one failure, never as silence.
const failed = (node?.failed ?? (nodeExit ? 1 : 0)) + (browser?.failed ?? (browserExit ? 1 : 0));
const total = failed === 0 && (nodeExit !== 0 || browserExit !== 0) ? failed + 1 : failed;
console.log(`${passed} passed, ${total} failed`);
process.exitCode = total > 0 ? 1 : 0;
