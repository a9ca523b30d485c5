/**
 * Browser locale chunks that hold only the messages their script can show.
 *
 * `lit-localize build` writes one catalogue per locale with every interface string, most of them for the
 * build's own pages. A browser bundle needs only the ones its modules pass to `msg()`: the build walks the
 * bundle's source modules from its entry (static and dynamic relative imports), computes each message's id as
 * `@lit/localize` does at runtime, and keeps those entries of each locale module. The `str` tag becomes a
 * local function, so a locale chunk imports nothing and is fetched right after the script that needs it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

/** The generated locale modules (`src/i18n/generated/fr.ts` …); `locale-codes.ts` holds no messages. */
export const LOCALE_MODULE = /\/src\/i18n\/generated\/(?!locale-codes)[a-z-]+\.ts$/;

/** A `msg()` call with a literal or a `str` template; the walk refuses any other form. */
const MESSAGE = /\bmsg\(\s*(?:'((?:[^'\\\n]|\\.)*)'|str`([^`]*)`)/g;
/** Any `msg(` call with an argument (`msg()` in comments has none). */
const ANY_MESSAGE = /\bmsg\((?!\))/g;
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)'(\.{1,2}\/[^']+)\.js'/g;

/** The line of an offset in a text, from 1. */
function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** The ids of the messages one module passes to `msg()`. */
export function messageIdsOf(source: string, file: string): string[] {
  const ids: string[] = [];
  const understood = new Set<number>();
  for (const match of source.matchAll(MESSAGE)) {
    understood.add(match.index);
    const [, literal, template] = match;
    if (literal !== undefined) ids.push(generateMsgId(literal.replace(/\\(.)/g, '$1'), false));
    else ids.push(generateMsgId(template.split(/\$\{[^}]*\}/), false));
  }
  for (const call of source.matchAll(ANY_MESSAGE)) {
    if (!understood.has(call.index)) {
      throw new Error(`${file}:${lineOf(source, call.index)}: expected msg('…') or msg(str\`…\`), got another form; write the message as a literal, so the build can keep it in the browser's locale chunks`);
    }
  }
  return ids;
}

/** The ids of every message the modules reachable from `entries` can show (generated locale modules excluded). */
export function messageIdsFrom(entries: string[]): Set<string> {
  const ids = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || LOCALE_MODULE.test(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const id of messageIdsOf(source, file)) ids.add(id);
    for (const [, specifier] of source.matchAll(RELATIVE_IMPORT)) visit(path.resolve(path.dirname(file), `${specifier}.ts`));
  };
  for (const entry of entries) visit(path.resolve(entry));
  return ids;
}

/**
 * A generated locale module with only the messages in `keep`, and without its import of `@lit/localize`.
 * `file` names the module in errors.
 */
export function localeModuleFor(code: string, keep: Set<string>, file: string): string {
  const lines = code.split('\n');
  const open = lines.findIndex((line) => /export const templates = \{\s*$/.test(line));
  const close = lines.findIndex((line, index) => index > open && /^\s*\};?\s*$/.test(line));
  if (open < 0 || close < 0) throw new Error(`${file}: expected the module lit-localize generates (export const templates = { … }), got another shape; run npx lit-localize build`);
  const kept: string[] = [];
  for (let index = open + 1; index < close; index++) {
    const entry = /^\s*'(s[0-9a-f]+)': (.*),\s*$/.exec(lines[index]);
    if (!entry) throw new Error(`${file}:${index + 1}: expected one message per line ('<id>': \`…\`,), got ${JSON.stringify(lines[index].slice(0, 80))}; run npx lit-localize build`);
    if (keep.has(entry[1])) kept.push(`  '${entry[1]}': ${entry[2]},`);
  }
  return [
    '// The str tag as @lit/localize defines it, so this chunk imports nothing.',
    'const str = (strings: TemplateStringsArray, ...values: number[]) => ({ strTag: true as const, strings, values });',
    'export const templates = {',
    ...kept,
    '};',
    '',
  ].join('\n');
}
