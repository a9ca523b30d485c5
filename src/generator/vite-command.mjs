/**
 * `npm run build` and `npm run dev`: Vite's own commands, behind Summit's `--help`, which names every
 * option and environment variable a campaign team or a CI job uses (Vite's generic help names none of
 * them). Usage: `node src/generator/vite-command.mjs build|dev [options]`. Plain JavaScript, so it adds
 * nothing to the start of a build.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const HELP = {
  build: `Usage: npm run build [-- options]

Validates every campaign under campaigns/ and writes the site to dist/: every page in every locale, past
editions, campaign.json, calendars, feeds, the sitemap and the partner scripts. Every error in every file is
printed at once, with its file, line and field; a failed build leaves the last good dist/ as it was. A
build that runs longer than two seconds says every two seconds how many campaigns it has written. The
closing lines give the campaigns, pages, bytes, warnings and time, and when the static pages go stale.
A campaign whose files, settings and schedule moment are the same as at the last build into the same
folder is not rendered again: its files are checked against the last build's record and reused. The
browser scripts are bundled again only when Summit's code or the project's build settings changed.

Options:
  --mode strict     also fail on warnings, on untranslated text and on a calendar lock that is not current
                    (for CI; campaigns/calendar.lock.json is then never written)
  --outDir <dir>    write the site somewhere other than dist/
  --help, -h        this text

Environment:
  SOURCE_DATE_EPOCH     the build's date, in whole seconds since 1970 (the clock otherwise): the only way a
                        date reaches the output, so the same input and date give the same bytes
  SUMMIT_CAMPAIGNS      the folder of campaigns to build (default: campaigns/)
  SUMMIT_CALENDAR_LOCK  read-only: use the calendar lock's SEQUENCE numbers without writing the lock
  SUMMIT_BUILD_WAIT     seconds a build waits for another one to finish before it stops (default: 60)
  SUMMIT_PAGE_CACHE     where builds record what they wrote, to reuse it (default:
                        node_modules/.cache/summit-pages); delete it, or name an empty folder, to render and
                        bundle everything
  SUMMIT_IMAGE_CACHE    where encoded images and card images are kept (default: node_modules/.cache/summit-images)
  NO_COLOR              plain output, without colours`,
  dev: `Usage: npm run dev [-- options]

A live preview of every campaign at http://localhost:5173/ (a campaign at /<slug>/, a language at
/<slug>/<locale>/). Each request renders only the page asked for; saving a campaign file reloads it, and
its errors and warnings show in the page and in the terminal. Nothing is written to dist/.

Options:
  --port <number>   another port than 5173
  --host            also listen on the local network, to open the preview on a phone
  --help, -h        this text

Environment:
  SUMMIT_CAMPAIGNS  the folder of campaigns to preview (default: campaigns/)`,
};

const [command, ...args] = process.argv.slice(2);
if (!(command in HELP)) {
  console.error(`vite-command.mjs: expected build or dev, got ${JSON.stringify(command ?? '')}`);
  process.exit(1);
}
if (args.includes('--help') || args.includes('-h')) {
  console.log(HELP[command]);
  process.exit(0);
}
const manifest = createRequire(import.meta.url).resolve('vite/package.json');
const vite = path.join(path.dirname(manifest), 'bin', 'vite.js');
/**
 * Two settings for the Vite process; a team's own setting of either wins.
 * - The bundler's allocator (mimalloc, in rolldown's native binding) commits its memory eagerly by default, and
 *   a build then peaks about 85 MiB higher in the same time (1001 pages: 466–485 MiB against 382–390 MiB).
 * - At every start, Vite parses the config and every module it imports a second time, to warn about
 *   what its planned native config loader would not run. Summit's config is loaded by the bundler, which reads
 *   TypeScript, so that check only takes about 0.2 s of every build's and every dev server's start.
 */
const env = { MIMALLOC_ARENA_EAGER_COMMIT: '0', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...process.env };
const child = spawn(process.execPath, [vite, ...(command === 'build' ? ['build'] : []), ...args], { stdio: 'inherit', env });
// Ctrl-C reaches both processes from the terminal; a signal sent to this one alone is passed on.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
