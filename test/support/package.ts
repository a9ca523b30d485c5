/**
 * Summit's npm package as a developer gets it: `npm pack` (which builds `lib/`), and the tarball unpacked
 * into a scratch project's `node_modules`. What npm would download beside it is linked from this checkout
 * instead: the tests run offline.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import assert from 'node:assert/strict';
import { tempDir } from './build.js';

/** The package's own dependencies, with theirs, as npm installs them. */
const DEPENDENCIES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize', '@lit-labs/ssr-dom-shim'];

export function run(command: string, args: string[], cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** `tsc -p <project>` in `cwd`, with this checkout's TypeScript. */
export function typeCheck(project: string, cwd: string): Promise<{ code: number; output: string }> {
  return run(process.execPath, [path.resolve('node_modules/typescript/bin/tsc'), '-p', project], cwd);
}

/**
 * The environment variable naming a tarball of this checkout that `npm test` packed once before the tests: the
 * files that install the package then run side by side without each rebuilding `lib/` under the other.
 */
export const PACKED = 'SUMMIT_TEST_PACKAGE';

/** `npm pack` of this checkout into a new folder (its `prepack` builds `lib/`); returns the tarball's path. */
export async function packPackage(): Promise<string> {
  const packed = await tempDir('pack');
  const pack = await run('npm', ['pack', '--pack-destination', packed, '--silent'], process.cwd());
  assert.equal(pack.code, 0, pack.output);
  return path.join(packed, (await readdir(packed)).find((f) => f.endsWith('.tgz'))!);
}

/**
 * A new scratch project with the packed `summit` installed, and its dependencies; `alsoInstalled` names
 * the project's own (`react`, `@types/react` …), linked from this checkout too. Returns the project's folder.
 */
export async function installPackage(prefix: string, alsoInstalled: string[] = []): Promise<string> {
  const tarball = process.env[PACKED] || (await packPackage());
  const scratch = await tempDir(prefix);
  const installed = path.join(scratch, 'node_modules', 'summit');
  await mkdir(installed, { recursive: true });
  const untar = await run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1'], scratch);
  assert.equal(untar.code, 0, untar.output);
  for (const dependency of [...DEPENDENCIES, ...alsoInstalled]) {
    await mkdir(path.dirname(path.join(scratch, 'node_modules', dependency)), { recursive: true });
    await symlink(path.resolve('node_modules', dependency), path.join(scratch, 'node_modules', dependency));
  }
  return scratch;
}
