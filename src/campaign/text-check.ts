/**
 * What counts as text in a campaign file. Names, titles and descriptions reach HTML, JSON-LD, calendars,
 * sitemaps and partner pages; characters that steer or hide text are refused where they are written,
 * so every output shows exactly what the team sees in its editor.
 */

/** Bidirectional embeddings and overrides: they reorder the text that follows them. Isolates (U+2066–9) are allowed. */
const BIDI_CONTROL = /[\u202a-\u202e]/u;
/** C0 and C1 controls, DEL, and the Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
/** Characters that occupy no space and show nothing: text made only of these (and spaces) reads as empty. */
const INVISIBLE = /[\s\u00ad\u061c\u115f\u1160\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0]|\u034f|\u17b4|\u17b5|\u180b|\u180c|\u180d|\u180e|\u180f|\p{Variation_Selector}/gu;

const NAMES: Record<string, string> = {
  '\u202a': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202b': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202c': 'POP DIRECTIONAL FORMATTING',
  '\u202d': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202e': 'RIGHT-TO-LEFT OVERRIDE',
  '\t': 'TAB',
  '\n': 'LINE FEED',
  '\r': 'CARRIAGE RETURN',
};

/** `U+202E (RIGHT-TO-LEFT OVERRIDE)`: a character named so it can be found in an editor. */
export function codePoint(char: string): string {
  const hex = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return NAMES[char] ? `U+${hex} (${NAMES[char]})` : `U+${hex}`;
}

/**
 * Why `value` is not acceptable text, or undefined when it is. One-line fields refuse line breaks and
 * tabs; multi-line fields allow them.
 */
export function textProblem(value: string, multiLine: boolean): string | undefined {
  const chars = [...value];
  const at = (i: number) => `at character ${i + 1}`;
  const bidi = chars.findIndex((c) => BIDI_CONTROL.test(c));
  if (bidi >= 0) {
    return `expected text without direction overrides, got ${codePoint(chars[bidi])} ${at(bidi)}; remove it: each page sets the direction of its language, and mixed scripts are isolated for you`;
  }
  const control = chars.findIndex((c) => CONTROL.test(c) && !(multiLine && (c === '\n' || c === '\t')));
  if (control >= 0) {
    const char = chars[control];
    if (!multiLine && (char === '\n' || char === '\r')) return `expected one line, got a line break ${at(control)}; write this field on one line`;
    return `expected text without control characters, got ${codePoint(char)} ${at(control)}; remove it`;
  }
  if (value.replace(INVISIBLE, '') === '') {
    const shown = [...new Set(chars.filter((c) => !/\s/u.test(c)))].map(codePoint).join(', ');
    return `expected visible text, got only invisible characters${shown ? ` (${shown})` : ''}; write the text, or leave the field out`;
  }
  return undefined;
}

/** A string with every control, bidi and invisible character written as `\u{…}`, for error messages. */
export function showInvisible(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
