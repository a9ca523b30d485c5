/**
 * Whitespace-only CSS minification for Summit's own stylesheets: comments and the spaces around
 * punctuation go, everything else stays as written. Enough for the component styles, which every page
 * carries in its declarative shadow roots and every bundle in its code.
 */

/** Minified CSS by its source: every page carries the same component styles, minified once per build. */
const minified = new Map<string, string>();

/** CSS without comments or needless spaces (quoted strings in Summit's styles hold no punctuation). */
export function minifyCss(css: string): string {
  let result = minified.get(css);
  if (result === undefined) {
    result = minifyOnce(css);
    // Theme tokens differ per campaign; keep the cache to the styles that repeat, not one entry per page.
    if (minified.size < 256) minified.set(css, result);
  }
  return result;
}

function minifyOnce(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** Every `<style>` in a page, minified. */
export function minifyStyleElements(html: string): string {
  return html.replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => `<style>${minifyCss(css)}</style>`);
}

/** A module's css`…` tagged templates (without interpolations), minified. */
export function minifyCssTemplates(code: string): string {
  return code.replace(/\bcss`([^`$]*)`/g, (_, css: string) => `css\`${minifyCss(css)}\``);
}
