/**
 * YAML syntax errors as campaign teams read them. The parser's own messages ("Nested mappings are not allowed
 * in compact mappings") name its grammar, not the mistake; the mistakes teams make are few and known: a colon
 * inside a text ("Montagnes : notre avenir", as French typography writes it), an apostrophe inside single
 * quotes ('L'eau'), a quote never closed, a tab, a line out of step, a value that starts with `@` or a
 * backtick. Each gets what was expected, what was found and the line that fixes it. One mistake makes the
 * parser report several errors for the lines after it, so a file gets its first syntax error only.
 */
import { isScalar, visit, type Document, type LineCounter } from 'yaml';
import { describe } from './errors.js';

interface YamlError {
  code: string;
  message: string;
  pos: [number, number];
}

export interface YamlProblem {
  line: number;
  column: number;
  message: string;
}

/**
 * The file's YAML errors worth reading: its first syntax error, or else every duplicate key. (A syntax error
 * makes the parser see duplicate keys that are not there.)
 */
export function yamlProblems(source: string, doc: Document, lines: LineCounter, language: 'YAML' | 'JSON'): YamlProblem[] {
  const sorted = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const syntax = sorted.find((error) => error.code !== 'DUPLICATE_KEY');
  return (syntax ? [syntax] : sorted).map((error) => {
    const { offset, message } = explain(source, doc, lines, error, language);
    const { line, col } = lines.linePos(offset);
    return { line, column: col, message };
  });
}

/** The text of the line that holds `offset`, and where that line starts. */
function lineAt(source: string, offset: number): { text: string; start: number } {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const end = source.indexOf('\n', offset);
  return { text: source.slice(start, end === -1 ? undefined : end).replace(/\r$/, ''), start };
}

/** `key: value` on one line, or `- value` in a list; the value runs to the end of the line. */
const ENTRY = /^(\s*(?:-\s+)?)(?:([^\s#'"][^:#]*?|"[^"]*"|'[^']*'):\s+)?(.*)$/;

function explain(source: string, doc: Document, lines: LineCounter, error: YamlError, language: 'YAML' | 'JSON'): { offset: number; message: string } {
  const offset = error.pos[0];
  const at = (message: string, where = offset) => ({ offset: where, message });
  if (error.code === 'DUPLICATE_KEY') {
    const first = firstOfKey(doc, offset);
    const where = first === undefined ? '' : ` (its first is on line ${lines.linePos(first).line})`;
    return at(`expected each key once, got a duplicate key ${keyAt(source, offset)}${where}; remove or rename one`);
  }
  const parser = `expected valid ${language}, got a syntax error: ${error.message.split('\n')[0]}`;
  if (language === 'JSON') return at(parser);
  const line = lineAt(source, offset);
  const [, lead = '', key, rest = ''] = ENTRY.exec(line.text) ?? [];
  const value = rest.trim();
  const after = key ? `after "${key}:"` : 'on this line';
  // The line as the fix writes it: its dash and key, then `text` as given.
  const written = (text: string) => `${lead.trimStart()}${key ? `${key}: ` : ''}${text}`;
  const quoted = (text: string) => written(`"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);

  if (error.code === 'TAB_AS_INDENT') return at('expected indentation with spaces, got a tab; indent with spaces, two for each level');

  if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
    const mark = error.message.includes("'") ? "'" : '"';
    // The text runs from its opening quote to the end of the file: point at the quote that was opened.
    let opened = offset;
    visit(doc, {
      Scalar(_, node) {
        if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range && node.range[1] >= offset) {
          opened = node.range[0];
          return visit.BREAK;
        }
      },
    });
    return at(`expected a closing ${mark} for the text this ${mark} opens, got none before the end of the file; add the ${mark} where the text ends`, opened);
  }

  if (error.code === 'UNEXPECTED_TOKEN' && /^'[^']*'[^\s'#]/.test(value)) {
    const text = value.slice(1, value.endsWith("'") ? -1 : undefined);
    return at(
      `expected one text in single quotes ${after}, got ${value}, whose apostrophe ends the quotes early; write each apostrophe twice, ${written(`'${text.replace(/'/g, "''")}'`)}, or use double quotes: ${quoted(text)}`,
      line.start + line.text.indexOf(value),
    );
  }

  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && /:(\s|$)/.test(value) && !/^["'[{]/.test(value)) {
    return at(
      `expected one value ${after}, got ${describe(value)}, whose ": " YAML reads as the start of another key; put the text in double quotes: ${quoted(value)}`,
      line.start + line.text.indexOf(value),
    );
  }

  if (error.code === 'BAD_SCALAR_START') {
    const mark = /character (\S)/.exec(error.message)?.[1] ?? value.charAt(0);
    return at(`expected a value ${after} that starts with a letter, a digit or a quote, got one that starts with ${mark}, which YAML reserves; put it in double quotes: ${quoted(value)}`);
  }

  if (/\bflow (sequence|mapping|collection)/i.test(error.message)) {
    // A `[` or `{` never closed: YAML reads every line after it as part of the list or map.
    const opened = Math.max(source.lastIndexOf('[', offset), source.lastIndexOf('{', offset));
    if (opened !== -1) {
      const [mark, close, what] = source[opened] === '[' ? ['[', ']', 'list'] : ['{', '}', 'map'];
      return at(`expected a closing ${close} for the ${what} this ${mark} opens, got none; add the ${close}, or put the text in double quotes if the ${mark} is part of it`, opened);
    }
  }

  if (error.code === 'BAD_INDENT' || error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') {
    // A line indented further than the line above it, whose key already has its value: the parser trips there.
    const next = /\n([ \t]*)(?=\S)/.exec(source.slice(line.start + line.text.length));
    const indent = (text: string) => /^[ \t]*/.exec(text)![0].length;
    const deeper = error.code !== 'BAD_INDENT' && value !== '' && next !== null && next[1].length > indent(line.text);
    return at(
      `expected each key in the same column as the keys beside it, and each dash of a list in the same column as the others, got this line out of step; indent it as they are (${error.message.split('\n')[0]})`,
      deeper ? line.start + line.text.length + next.index + 1 : offset,
    );
  }

  return at(parser);
}

/** Where the first of a duplicate key's map entries starts: the key at `offset` is a later one. */
function firstOfKey(doc: Document, offset: number): number | undefined {
  let first: number | undefined;
  visit(doc, {
    Map(_, map) {
      const keyOf = (pair: (typeof map.items)[number]) => (isScalar(pair.key) ? pair.key : undefined);
      const later = map.items.find((pair) => keyOf(pair)?.range?.[0] === offset);
      if (!later) return undefined;
      first = keyOf(map.items.find((pair) => keyOf(pair)?.value === keyOf(later)?.value)!)?.range?.[0];
      return visit.BREAK;
    },
  });
  return first === offset ? undefined : first;
}

/** `"name"`: the key at `offset`, for a duplicate key. */
function keyAt(source: string, offset: number): string {
  const key = /^["']?([^"':\n]+)/.exec(source.slice(offset))?.[1]?.trim();
  return key ? `"${key}"` : '';
}
