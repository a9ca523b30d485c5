/**
 * Config errors as campaign teams read them: `file:line:col field.path: expected …, got …`.
 */
import type { z } from 'zod';
import { closest } from '../campaign/suggest.js';
import { FIXES } from '../campaign/schema.js';
import { showInvisible } from '../campaign/text-check.js';
import type { FieldPath } from '../campaign/normalise.js';

export interface ConfigError {
  file: string;
  line: number;
  column: number;
  /** `news[2].link`; empty for errors about the whole file. */
  field: string;
  message: string;
}

/** `news[2].link` from `['news', 2, 'link']`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? showInvisible(String(seg)) : `.${showInvisible(String(seg))}`))
    .join('');
}

/** `1 error`, `2 errors`: a count and its noun, for the lines the build prints. */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function formatError(error: ConfigError): string {
  const where = `${error.file}:${error.line}:${error.column}`;
  return error.field ? `${where} ${error.field}: ${error.message}` : `${where} ${error.message}`;
}

/** A short, safe rendering of a value found in the config. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return showInvisible(JSON.stringify(shown));
  }
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map of fields';
  return String(value);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  object: 'a map of fields',
  array: 'a list',
  boolean: 'true or false',
};

type Issue = z.core.$ZodIssue & { input?: unknown };

export interface Located {
  path: FieldPath;
  message: string;
  /** Point at the key rather than its value (unknown keys). */
  atKey?: boolean;
  /** The known key suggested for a misspelt one. */
  suggested?: string;
  /** The field is required and absent. */
  missing?: boolean;
}

/**
 * Turns zod issues into messages that say what was expected and what was found, each with the path
 * of the field it belongs to. `knownKeys` gives the fields allowed at a path, for "did you mean".
 */
export function explainIssues(issues: readonly Issue[], knownKeys: (path: FieldPath) => string[]): Located[] {
  const located = issues.flatMap((issue) => explainIssue(issue, [], knownKeys));
  // A misspelt key also leaves its real field missing; the "did you mean" already says how to fix both.
  const explained = new Set(located.flatMap((l) => (l.suggested ? [fieldName([...l.path.slice(0, -1), l.suggested])] : [])));
  return located.filter((l) => !(l.missing && explained.has(fieldName(l.path))));
}

/** For a number or true/false where text was expected: YAML read the bare word as one; quotes make it text. */
function asText(expected: string, input: unknown): string {
  return /\btext\b/.test(expected) && (typeof input === 'number' || typeof input === 'boolean') ? `; put it in double quotes to make it text: "${String(input)}"` : '';
}

function explainIssue(issue: Issue, base: FieldPath, knownKeys: (path: FieldPath) => string[]): Located[] {
  const path = [...base, ...(issue.path as FieldPath)];
  const got = describe(issue.input);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const suggestion = closest(key, knownKeys(path));
        return {
          path: [...path, key],
          atKey: true,
          ...(suggestion && { suggested: suggestion }),
          message: suggestion
            ? `unknown field ${describe(key)}; did you mean "${suggestion}"?`
            : `unknown field ${describe(key)}; expected one of ${knownKeys(path).join(', ')}`,
        };
      });
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return [{ path, missing: true, message: `expected ${expected}, got nothing (this field is required)` }];
      return [{ path, message: `expected ${expected}, got ${got}${asText(expected, issue.input)}` }];
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v));
      const suggestion = typeof issue.input === 'string' ? closest(issue.input, issue.values.map(String)) : undefined;
      return [{
        path,
        message: `expected ${options.length === 1 ? options[0] : `one of ${options.join(', ')}`}, got ${got}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      }];
    }
    case 'invalid_union': {
      const branch = pickBranch(issue.errors as Issue[][], issue.input);
      if (branch) return branch.flatMap((inner) => explainIssue(inner, path, knownKeys));
      const expected = unionExpectation(issue.errors as Issue[][]);
      return [{ path, missing: issue.input === undefined, message: `expected ${expected}, got ${got}${asText(expected, issue.input)}` }];
    }
    case 'too_big':
      if (issue.origin === 'string' || issue.origin === 'array') {
        const [unit, size] = issue.origin === 'string' ? ['characters', String(issue.input).length] : ['items', (issue.input as unknown[]).length];
        return [{ path, message: `expected at most ${issue.maximum} ${unit}, got ${size.toLocaleString('en')}; ${issue.origin === 'string' ? 'shorten it' : 'split the list or remove some'}` }];
      }
      break;
    case 'custom':
      if (issue.params?.complete) return [{ path, message: issue.message }];
      break;
  }
  if (issue.input === undefined) return [{ path, message: issue.message }];
  const fix = typeof issue.input === 'string' ? FIXES.get(issue.message)?.(issue.input) : undefined;
  return [{ path, message: `${issue.message}, got ${got}${fix ? `; ${fix}` : ''}` }];
}

/** The union branch meant for this input: the one that failed inside the value rather than on its type. */
function pickBranch(branches: Issue[][], input: unknown): Issue[] | undefined {
  // An empty value is no branch's: YAML's null is not a map of fields.
  const inputType = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
  return branches.find((issues) => !issues.some((i) => i.path.length === 0 && i.code === 'invalid_type'))
    ?? branches.find((issues) => issues.some((i) => i.code === 'invalid_type' && i.expected === inputType));
}

function unionExpectation(branches: Issue[][]): string {
  const names = branches.flatMap((issues) =>
    issues.filter((i) => i.code === 'invalid_type' && i.path.length === 0).map((i) => TYPE_NAMES[(i as { expected: string }).expected] ?? 'a value'),
  );
  const unique = [...new Set(names)];
  return unique.length ? unique.join(' or ') : 'a valid value';
}
