/**
 * Runs the real build, `npm run build`'s own command (which starts `vite build` with Summit's settings), in
 * a child process, on the shipped campaigns or on a fixture folder, into a folder of the test's choosing.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

/** 2026-11-27T00:00:00Z: the build date every test build uses unless it says otherwise. */
export const TEST_EPOCH = '1795737600';

/**
 * This test process's own record of what its builds wrote (see page-cache.ts), so that no test reuses
 * another's files or leaves records in the project. A test of the cache passes its own.
 */
const PAGE_CACHE = mkdtempSync(path.join(os.tmpdir(), 'summit-page-cache-'));

export interface BuildRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `args` go after `build`, such as `['--mode', 'strict']`. */
export function runBuild(outDir: string, options: { campaigns?: string; env?: NodeJS.ProcessEnv; args?: string[] } = {}): Promise<BuildRun> {
  return new Promise((resolve) => {
    const args = options.args ?? [];
    // Warnings and errors only, unless the test asks for the summary a team sees.
    const level = args.includes('--logLevel') ? [] : ['--logLevel', 'warn'];
    const child = spawn(process.execPath, ['src/generator/vite-command.mjs', 'build', ...args, '--outDir', outDir, ...level], {
      env: {
        ...process.env,
        SOURCE_DATE_EPOCH: TEST_EPOCH,
        // Plain text, as when the output is piped: CI=true otherwise turns on colours.
        NO_COLOR: '1',
        SUMMIT_PAGE_CACHE: PAGE_CACHE,
        // A fixture folder's calendar lock is the test's own; the shipped campaigns' is a source, never written.
        ...(options.campaigns ? { SUMMIT_CAMPAIGNS: options.campaigns } : { SUMMIT_CALENDAR_LOCK: 'read-only' }),
        ...options.env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `summit-${prefix}-`));
}

/** Writes a tree of files: `{ 'site.yaml': '…', 'csw67/campaign.yaml': '…' }`. */
export async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), content);
  }
}

/** Every file below `root` with the hash of its bytes, for "nothing changed" and "byte-identical" checks. */
export async function treeHashes(root: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else hashes[path.relative(root, full)] = createHash('sha256').update(await readFile(full)).digest('hex');
    }
  };
  await walk(root);
  return hashes;
}

export const SITE_YAML = 'url: https://events.example.org\nname: Example events\n';

/** A campaign in English, French and Arabic (its name only), in Rome, with one session; `n` tells copies apart. */
export const threeLanguageCampaign = (n = '') => `name: { en: Water Morning${n}, fr: Matinée de l’eau${n}, ar: صباح الماء${n} }
description: { en: A morning on water., fr: Une matinée sur l’eau. }
locales: [en, fr, ar]
time-zone: Europe/Rome
start: 2027-05-04T09:00
end: 2027-05-04T12:00
venue:
  name: { en: FAO headquarters, fr: Siège de la FAO }
  city: { en: Rome, fr: Rome }
organiser:
  name: FAO
sessions:
  - id: opening
    name: { en: Opening, fr: Ouverture }
    start: 2027-05-04T09:00
    end: 2027-05-04T09:30
`;

/** The campaigns `campaigns/` ships today, whichever they are: each folder holding a campaign config. */
export async function shippedSlugs(campaigns = 'campaigns'): Promise<string[]> {
  const folders = (await readdir(campaigns, { withFileTypes: true })).filter((entry) => entry.isDirectory());
  const withConfig = await Promise.all(folders.map(async (folder) => {
    const names = await readdir(path.join(campaigns, folder.name));
    return ['campaign.yaml', 'campaign.yml', 'campaign.json'].some((name) => names.includes(name)) ? [folder.name] : [];
  }));
  return withConfig.flat().sort();
}
