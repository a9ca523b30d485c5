/**
 * Runs one of Summit's commands from its TypeScript source, without compiling the project first. The bundler
 * (rolldown, which the build uses too) joins the command and Summit's modules it imports into one file, with
 * the packages left as imports; Node then loads that file. Loading Vite's module runner instead took about
 * 1.55 s of `npm run new` on 2 busy cores, this about 0.9 s (medians of five, interleaved).
 * Usage: `node src/generator/run.mjs <command> [args]`, where `<command>` names a module in this folder that
 * exports `main(args)`.
 */
import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rolldown } from 'rolldown';

const [command, ...args] = process.argv.slice(2);
if (!/^[a-z-]+$/.test(command ?? '')) {
  console.error(`run.mjs: expected a command such as new-campaign, got ${JSON.stringify(command ?? '')}`);
  process.exit(1);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const source = path.join(here, `${command}.ts`);
if (!(await access(source).then(() => true, () => false))) {
  console.error(`run.mjs: expected a command such as new-campaign, got ${JSON.stringify(command)}: there is no ${path.relative(process.cwd(), source)}`);
  process.exit(1);
}
const bundle = await rolldown({
  input: source,
  platform: 'node',
  // Packages and Node's own modules stay imports, resolved from the project's node_modules as usual.
  external: (id) => !id.startsWith('.') && !path.isAbsolute(id),
  // Summit's sources import each other as `./x.js`, the name tsc gives the compiled file.
  resolve: { extensionAlias: { '.js': ['.ts', '.js'] } },
  logLevel: 'silent',
});
const { output } = await bundle.generate({ format: 'esm' });
await bundle.close();
// Inside the project, so that the packages resolve; one file per process, so that two commands at once never
// share one, removed as soon as Node has loaded it.
const cache = path.join(here, '..', '..', 'node_modules', '.cache', 'summit-run');
const file = path.join(cache, `${command}-${process.pid}.mjs`);
await mkdir(cache, { recursive: true });
await writeFile(file, output[0].code);
let module;
try {
  module = await import(pathToFileURL(file).href);
} finally {
  await rm(file, { force: true });
}
process.exitCode = await module.main(args);
