/** Escaping for inline JSON in the plain-string page shell (Lit escapes everything rendered through templates). */

/**
 * JSON safe inside `<script type="application/ld+json">`: no `</script>`, no `<!--`, and no line
 * separators that old parsers choke on.
 */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
