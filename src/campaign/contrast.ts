/**
 * WCAG 2 contrast between two hex colours (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio).
 */

/** The colours an element attribute or `campaign.json` may give: a hex colour, nothing a style could be smuggled in with. */
export const HEX_COLOR = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of `#rgb` or `#rrggbb`. */
export function luminance(hex: string): number {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1, 7);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16));
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** `#rrggbb` of a hex colour (`#rgb`, `#rrggbb` or `#rrggbbaa`, alpha dropped). */
function rgb(hex: string): [number, number, number] {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1, 7);
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

/** `a` moved towards `b` by `amount` (0 to 1), per channel in sRGB. */
export function mix(a: string, b: string, amount: number): string {
  const [x, y] = [rgb(a), rgb(b)];
  return `#${x.map((c, i) => Math.round(c + (y[i] - c) * amount).toString(16).padStart(2, '0')).join('')}`;
}

/** The first step from `from` towards `to` that reaches `minimum` against `against`: the colour that changes least. */
function towards(from: string, to: string, against: string, minimum: number): string {
  for (let step = 0; step <= 20; step++) {
    const colour = mix(from, to, step / 20);
    if (contrastRatio(colour, against) >= minimum) return colour;
  }
  return to;
}

/** Every colour a page paints, in one scheme. */
export interface SchemeColors {
  accent: string;
  onAccent: string;
  text: string;
  background: string;
  muted: string;
  surface: string;
  border: string;
}

/** The WCAG minimum for text, and for the accent digits, links and focus rings that share its colour. */
export const TEXT_CONTRAST = 4.5;

/** The WCAG minimum for large text (the countdown's digits) and for focus rings. */
export const LARGE_TEXT_CONTRAST = 3;

/**
 * A campaign's colours for light and dark schemes. The light scheme is the campaign's own. The dark one
 * keeps its character: the background is the campaign's dark text colour, deepened; the accent is the
 * campaign's, lightened only as far as it needs to reach 4.5:1 on that background, so links, buttons
 * and countdown digits stay readable in both schemes.
 */
export function colorSchemes(colors: { accent: string; text: string; background: string }): { light: SchemeColors; dark: SchemeColors } {
  // Links, muted text and countdown digits also sit on the surface (cards, the hero's bar): a light
  // surface is tinted only as far as the campaign's accent keeps 4.5:1 on it.
  let surface = colors.background;
  for (const amount of [0.06, 0.04, 0.02]) {
    const tinted = mix(colors.background, colors.accent, amount);
    if (contrastRatio(colors.accent, tinted) >= TEXT_CONTRAST) {
      surface = tinted;
      break;
    }
  }
  const light: SchemeColors = {
    ...colors,
    onAccent: colors.background,
    muted: towards(mix(colors.text, colors.background, 0.3), colors.text, surface, TEXT_CONTRAST),
    surface,
    border: mix(colors.background, colors.text, 0.2),
  };
  const background = luminance(colors.text) <= 0.02 ? mix(colors.text, '#000000', 0.25) : mix(colors.text, '#000000', 0.75);
  const text = towards(mix(colors.background, background, 0.08), '#ffffff', background, 12);
  // The dark surface is lighter than the background: what holds on it holds on both.
  const darkSurface = mix(background, text, 0.07);
  return {
    light,
    dark: {
      accent: towards(colors.accent, '#ffffff', darkSurface, TEXT_CONTRAST),
      onAccent: background,
      text,
      background,
      muted: towards(mix(text, background, 0.3), text, darkSurface, TEXT_CONTRAST),
      surface: darkSurface,
      border: mix(background, text, 0.22),
    },
  };
}
