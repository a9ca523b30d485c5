/**
 * Whether an SVG is safe to publish, read with a real XML parser: a drawing and nothing else. An SVG opened
 * on its own (a visitor follows the image link) is a document that can run scripts, load other files and
 * expand entities, so anything that could do so is refused, with the line it is on, rather than cleaned up
 * behind the author's back. Node only.
 */
import sax from 'sax';
import { describe } from './errors.js';

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** Elements that run code or embed a document of another kind, by local name, lowercase. */
const REFUSED_ELEMENTS: Record<string, string> = {
  script: 'an SVG without scripts',
  handler: 'an SVG without scripts',
  listener: 'an SVG without scripts',
  foreignobject: 'an SVG without embedded HTML',
};

/** Elements that can set another attribute while the drawing plays. */
const ANIMATIONS = new Set(['set', 'animate', 'animatemotion', 'animatetransform']);

/** A CSS reference to another file: `url(…)` not to a `#fragment`, `image-set(…)` and `@import`. */
const CSS_REFERENCE = /url\((?!\s*['"]?\s*#)(?!\s*\))[^)]*\)?|image-set\([^)]*\)?|@import[^;]*/i;

/** CSS pixels per unit, for a root width or height given in absolute units. */
const UNITS: Record<string, number> = { '': 1, px: 1, in: 96, cm: 96 / 2.54, mm: 96 / 25.4, pt: 4 / 3, pc: 16 };

export type SvgCheck =
  | { ok: true; width: number; height: number }
  | {
      ok: false;
      /** What the file should have been, for `expected …`. */
      expected: string;
      /** What was found instead, for `got …`. */
      found: string;
      /** 1-based line of the SVG it is on. */
      line: number;
      /** How to fix it. */
      fix: string;
    };

const REMOVE_IT = 'remove it or export the drawing again';

/** Checks an SVG document's text; on success, its size in CSS pixels (from width and height, else the viewBox). */
export function checkSvg(text: string): SvgCheck {
  const parser = sax.parser(true, { position: true });
  let problem: Extract<SvgCheck, { ok: false }> | undefined;
  let root: Record<string, string> | undefined;
  let inStyle = false;
  let element = '';
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  const refuse = (expected: string, found: string, line: number, fix = REMOVE_IT) => {
    problem ??= { ok: false, expected, found, line, fix };
    // Stops the parser: nothing after the first problem matters.
    throw problem;
  };

  parser.onerror = (error) => refuse('a well-formed SVG', `an XML error (${error.message.split('\n')[0]})`, parser.line + 1, 'export the drawing again');
  // The parser reports a DOCTYPE at its end, after its internal subset; the line shown is where it begins.
  parser.ondoctype = () =>
    refuse('an SVG without a DOCTYPE', '<!DOCTYPE>', lineAt(text.search(/<!DOCTYPE/i)), 'remove it: its entity declarations can read other files or expand without end');
  parser.onprocessinginstruction = ({ name }) => {
    if (name !== 'xml') refuse('an SVG without processing instructions', `<?${name}?>`, lineAt(parser.startTagPosition));
  };
  parser.onopentagstart = ({ name }) => {
    element = name;
    const local = localName(name).toLowerCase();
    if (REFUSED_ELEMENTS[local]) refuse(REFUSED_ELEMENTS[local], `<${name}>`, lineAt(parser.startTagPosition));
    if (root === undefined && local !== 'svg') refuse('an SVG drawing', `an XML file whose root is <${name}>`, lineAt(parser.startTagPosition), 'export the drawing again as SVG');
  };
  parser.onattribute = ({ name, value }) => {
    const local = localName(name).toLowerCase();
    const line = parser.line + 1;
    const shown = `${name}=${describe(value)}`;
    if (local.startsWith('on')) refuse('an SVG without event handlers', shown, line);
    if (local === 'href' && !value.trim().startsWith('#')) refuse('an SVG without external references', shown, line);
    if ((name === 'xmlns' || name.startsWith('xmlns:')) && value === XHTML_NAMESPACE) refuse('an SVG without embedded HTML', shown, line);
    if (CSS_REFERENCE.test(value)) refuse('an SVG without external references', shown, line);
    if (value.includes('\\') && local === 'style') refuse('an SVG without CSS escapes', shown, line, 'write the style without backslashes');
    if (ANIMATIONS.has(localName(element).toLowerCase()) && local === 'attributename' && /^(.*:)?href$|^on/i.test(value.trim())) {
      refuse('an SVG without external references', `<${element} ${shown}>`, line);
    }
  };
  parser.onopentag = (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    if (root === undefined) {
      if (attributes.xmlns !== SVG_NAMESPACE) {
        refuse('an SVG drawing', `<${tag.name}> without xmlns="${SVG_NAMESPACE}"`, lineAt(parser.startTagPosition), `add xmlns="${SVG_NAMESPACE}" or export the drawing again`);
      }
      root = attributes;
    }
    inStyle = localName(tag.name).toLowerCase() === 'style';
  };
  parser.onclosetag = () => {
    inStyle = false;
  };
  /** Checks the text of a `<style>`; `lineOf` gives the line of an index in it. */
  const checkStyle = (css: string, lineOf: (index: number) => number) => {
    if (!inStyle) return;
    const reference = CSS_REFERENCE.exec(css);
    if (reference) refuse('an SVG without external references', `${reference[0].trim().slice(0, 60)} in a <style>`, lineOf(reference.index));
    const escape = css.indexOf('\\');
    if (escape >= 0) refuse('an SVG without CSS escapes', 'a backslash in a <style>', lineOf(escape), 'write the style without backslashes');
  };
  const newlines = (part: string) => part.split('\n').length - 1;
  // Text is reported when the next tag is complete, so its lines count back from that tag's start;
  // CDATA is reported with its own start.
  parser.ontext = (css) => checkStyle(css, (i) => lineAt(parser.startTagPosition - 1) - newlines(css.slice(i)));
  parser.oncdata = (css) => checkStyle(css, (i) => lineAt(parser.startTagPosition) + newlines(css.slice(0, i)));

  try {
    parser.write(text).close();
  } catch (error) {
    if (error !== problem) throw error;
  }
  if (problem) return problem;
  if (!root) return { ok: false, expected: 'an SVG drawing', found: 'no <svg> element', line: 1, fix: 'export the drawing again as SVG' };
  const size = sizeOf(root);
  if (!size) {
    return { ok: false, expected: 'an SVG with a size', found: 'no viewBox and no width and height in pixels', line: 1, fix: 'add a viewBox like viewBox="0 0 1200 400"' };
  }
  return { ok: true, ...size };
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** The drawing's size: width and height in absolute units, else the viewBox's; undefined without a usable one. */
function sizeOf(attributes: Record<string, string>): { width: number; height: number } | undefined {
  const width = length(attributes.width);
  const height = length(attributes.height);
  if (width && height) return { width, height };
  const box = (attributes.viewBox ?? '').trim().split(/[\s,]+/).map(Number);
  if (box.length === 4 && box[2] > 0 && box[3] > 0 && box.every(Number.isFinite)) {
    return { width: Math.round(box[2]), height: Math.round(box[3]) };
  }
  return undefined;
}

/** A length in whole CSS pixels, or undefined for a relative one (`100%`, `2em`) or none. */
function length(value: string | undefined): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(px|in|cm|mm|pt|pc)?\s*$/.exec(value ?? '');
  if (!match) return undefined;
  const pixels = Math.round(Number(match[1]) * UNITS[match[2] ?? '']);
  return pixels > 0 ? pixels : undefined;
}
