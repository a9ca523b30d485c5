// Browser tests: components in headless Chromium (Debian's /usr/bin/chromium, found by the launcher).
import { writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';

/** Lets a test run in a chosen IANA time zone: `executeServerCommand('emulate-time-zone', { zone })`. */
function emulateTimeZone() {
  return {
    name: 'emulate-time-zone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-time-zone') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateTimezone(payload.zone);
      return true;
    },
  };
}

/**
 * Writes the plain counts for `npm test`'s closing line. A test file that fails to load, or that ends
 * with an error outside any test, counts as one failed test.
 */
function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) continue;
          if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed++;
      }
      writeFileSync(file, JSON.stringify({ passed, failed }));
    },
  };
}

export default {
  files: ['test/components/**/*.test.ts', 'test/time/**/*.browser.test.ts', 'test/share.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  browsers: [chromeLauncher({ launchOptions: { args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] } })],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), emulateTimeZone()],
  reporters: [defaultReporter(), countReporter(process.env.SUMMIT_WTR_COUNTS ?? '.build/wtr-counts.json')],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
};
