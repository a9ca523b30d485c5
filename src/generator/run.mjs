/**
 * Runs one of Summit's commands from its TypeScript source, without compiling the project first: Vite's
 * module runner transforms the command and what it imports as they load, so `npm run new` answers in
 * about a second instead of waiting for a whole type-check. Usage: `node src/generator/run.mjs <command> [args]`,
 * where `<command>` names a module in this folder that exports `main(args)`.
 */
import { fileURLToPath, URL } from 'node:url';
import { runnerImport } from 'vite';

const [command, ...args] = process.argv.slice(2);
if (!/^[a-z-]+$/.test(command ?? '')) {
  console.error(`run.mjs: expected a command such as new-campaign, got ${JSON.stringify(command ?? '')}`);
  process.exit(1);
}
const { module } = await runnerImport(fileURLToPath(new URL(`./${command}.ts`, import.meta.url)));
process.exitCode = await module.main(args);
