/**
 * The hostile-input corpus harness. A case is a campaigns folder written as a stranger would (files,
 * bytes, links), built with the real `vite build` into a copy of a last good `dist/`:
 * - refused input must exit 1, print exactly the expected lines, and leave that `dist/` byte-identical;
 * - accepted input must exit 0 and pass the case's own check of the output, parsed by a real parser.
 */
import assert from 'node:assert/strict';
import { cp, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runBuild, SITE_YAML, tempDir, treeHashes, type BuildRun } from './build.js';

/** A file's content, or a symbolic link to `target`. */
export type Entry = string | Uint8Array | { symlink: string };

export interface HostileCase {
  name: string;
  /** The campaigns folder; `site.yaml` defaults to a valid one. */
  files: Record<string, Entry>;
  /**
   * Refused input: every line the build must print, with `<root>` for the campaigns folder as the
   * build shows it. Accepted input: omit it, and give `check`.
   */
  errors?: string[];
  /** Warnings the build must print (without their `warning: ` prefix), refused or accepted. */
  warnings?: string[];
  /** Accepted input: what must hold of the built output. */
  check?: (dist: string, run: BuildRun) => Promise<void> | void;
  /** Extra environment for the build. */
  env?: NodeJS.ProcessEnv;
}

/** A campaign that builds, for cases that change one thing in it. */
export const VALID_CAMPAIGN = `name: Water Dialogue
description: A dialogue on water.
time-zone: America/New_York
start: 2027-03-22T10:00
end: 2027-03-22T13:00
organiser:
  name: UN-Water
`;

export async function writeEntries(root: string, files: Record<string, Entry>): Promise<void> {
  for (const [name, entry] of Object.entries(files)) {
    const target = path.join(root, name);
    await mkdir(path.dirname(target), { recursive: true });
    if (typeof entry === 'object' && 'symlink' in entry) await symlink(entry.symlink, target);
    else await writeFile(target, entry);
  }
}

let lastGood: Promise<string> | undefined;

/** A `dist/` built once from a valid campaign: what a failed build must leave untouched. */
function lastGoodDist(): Promise<string> {
  lastGood ??= (async () => {
    const campaigns = await tempDir('hostile-good');
    await writeEntries(campaigns, { 'site.yaml': SITE_YAML, 'water-dialogue/campaign.yaml': VALID_CAMPAIGN });
    const dist = path.join(await tempDir('hostile-good-dist'), 'dist');
    const run = await runBuild(dist, { campaigns });
    assert.equal(run.code, 0, run.stderr);
    return dist;
  })();
  return lastGood;
}

/** The lines of a build's output that are config errors or warnings, with the campaigns folder as `<root>`. */
export function reported(run: BuildRun, campaigns: string): { errors: string[]; warnings: string[] } {
  const shown = path.relative(process.cwd(), campaigns);
  const lines = `${run.stdout}\n${run.stderr}`.split('\n').map((line) => line.replaceAll(shown, '<root>'));
  return {
    errors: lines.filter((line) => line.startsWith('<root>')),
    warnings: lines.filter((line) => line.startsWith('warning: ')).map((line) => line.slice('warning: '.length)),
  };
}

/** Builds one case and asserts everything the corpus promises about it. */
export async function runHostile(hostile: HostileCase): Promise<void> {
  const campaigns = await tempDir('hostile');
  await writeEntries(campaigns, { 'site.yaml': SITE_YAML, ...hostile.files });
  const dist = path.join(await tempDir('hostile-dist'), 'dist');
  await cp(await lastGoodDist(), dist, { recursive: true });
  const before = await treeHashes(dist);
  const run = await runBuild(dist, { campaigns, env: hostile.env });
  const { errors, warnings } = reported(run, campaigns);
  if (hostile.warnings) assert.deepEqual(warnings, hostile.warnings, run.stderr);
  if (hostile.errors) {
    assert.equal(run.code, 1, `expected the build to fail\n${run.stdout}${run.stderr}`);
    assert.deepEqual(errors, hostile.errors, run.stderr);
    assert.doesNotMatch(run.stderr, /^\s+at /m, 'a refused input prints no stack trace');
    assert.deepEqual(await treeHashes(dist), before, 'a failed build leaves dist/ byte-identical');
  } else {
    assert.equal(run.code, 0, `expected the build to succeed\n${run.stdout}${run.stderr}`);
    assert.deepEqual(errors, [], run.stderr);
    assert.ok(hostile.check, `case "${hostile.name}" accepts its input and must check the output`);
    await hostile.check(dist, run);
  }
}
