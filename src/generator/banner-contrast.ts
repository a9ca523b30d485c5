/**
 * The contrast of a banner's white text against the real image under its overlay, as visitors see it: the
 * banner covers a wide box on a computer and a taller one on a phone, and its text sits in the lower part,
 * at the start (the left, or the right in Arabic). Within each such area, the text is measured against the
 * brightest 5% of its pixels, so a small bright spot does not fail a banner, and a bright band does.
 */
import type { SharpConstructor } from 'sharp';
import { cachedEncode } from './encode.js';
import { backgroundPixels, luminance, MIN_CONTRAST, type CardBackground } from './social-image.js';

/** The boxes the campaign page shows its banner in: a wide screen's and a phone's, in CSS pixels. */
const VIEWS: [number, number][] = [[1088, 304], [358, 264]];
/** Where the text sits: the lower 55% of the banner, the first or last 65% of its width. */
const TEXT_TOP = 0.45;
const TEXT_WIDTH = 0.65;
/** The share of the brightest pixels that text is measured against. */
const BRIGHTEST = 0.05;

/**
 * The worst contrast white text gets over `background` where the banner's text sits, in every view and
 * direction. Measured once for each banner, overlay and colour, then read from the image cache.
 */
export async function bannerTextContrast(background: CardBackground): Promise<number> {
  const { image, overlay, color } = background;
  const settings = { overlay, color, type: image?.type, views: VIEWS, top: TEXT_TOP, width: TEXT_WIDTH, brightest: BRIGHTEST };
  const measured = await cachedEncode('banner-contrast', image?.bytes ?? '', settings, async (sharp) => new TextEncoder().encode(String(await measure(sharp, background))));
  return Number(new TextDecoder().decode(measured));
}

async function measure(sharp: SharpConstructor, background: CardBackground): Promise<number> {
  let worst = Infinity;
  for (const [width, height] of VIEWS) {
    const { data } = await backgroundPixels(sharp, background, width, height);
    for (const [from, to] of [[0, TEXT_WIDTH], [1 - TEXT_WIDTH, 1]]) {
      const values: number[] = [];
      for (let y = Math.floor(height * TEXT_TOP); y < height; y++) {
        for (let x = Math.floor(width * from); x < Math.ceil(width * to); x++) {
          const i = (y * width + x) * 3;
          values.push(luminance([data[i], data[i + 1], data[i + 2]]));
        }
      }
      values.sort((a, b) => a - b);
      const bright = values[Math.min(values.length - 1, Math.floor(values.length * (1 - BRIGHTEST)))];
      worst = Math.min(worst, 1.05 / (bright + 0.05));
    }
  }
  return worst;
}

/**
 * The overlay to suggest when a banner fails: the same colour (black without one), opaque enough for
 * MIN_CONTRAST, in steps of 5%; undefined when even an opaque one would not do.
 */
export async function overlayThatPasses(background: CardBackground): Promise<string | undefined> {
  const rgb = /^#([0-9a-f]{6})/i.exec(background.overlay ?? '')?.[1] ?? '000000';
  for (let alpha = 0.05; alpha <= 1.0001; alpha += 0.05) {
    const overlay = `#${rgb}${Math.round(alpha * 255).toString(16).padStart(2, '0')}`;
    if ((await bannerTextContrast({ ...background, overlay })) >= MIN_CONTRAST) return overlay;
  }
  return undefined;
}
