/**
 * Whitespace-only CSS minification for Summit's own stylesheets: comments and the spaces around
 * punctuation go, everything else stays as written. Enough for the component styles, which every page
 * carries in its declarative shadow roots and every bundle in its code.
 */

/** CSS without comments or needless spaces (quoted strings in Summit's styles hold no punctuation). */
export function minifyCss(css: string): string {
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
