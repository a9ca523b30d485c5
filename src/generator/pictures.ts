/**
 * Responsive images: each raster image a page shows is published at a few widths, in AVIF and WebP and
 * in its own format, beside the original, and pages show it as a `<picture>` that lets the browser take
 * the smallest file that is sharp on its screen. The names derive from the original path and the width
 * alone (`assets/photo.jpg` → `assets/photo-960w.avif`), so pages name them without waiting for an encode,
 * and the original URL keeps working for links made before. SVGs are vectors and stay as they are.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** The widths published, in CSS pixels: a phone, a laptop, a wide or high-density screen. Never above the original's. */
export const PICTURE_WIDTHS = [480, 960, 1600];

export type RasterFormat = 'avif' | 'webp' | 'png' | 'jpeg';

/** The formats offered before the original's own, best compression first. */
export const SOURCE_FORMATS = ['avif', 'webp'] as const;

const MIME: Record<RasterFormat, string> = { avif: 'image/avif', webp: 'image/webp', png: 'image/png', jpeg: 'image/jpeg' };
const EXTENSION: Record<RasterFormat, string> = { avif: '.avif', webp: '.webp', png: '.png', jpeg: '.jpg' };

/** The raster format a path names, or undefined for an SVG (or anything else). */
export function rasterFormat(image: string): RasterFormat | undefined {
  const extension = /\.([a-z]+)$/i.exec(image)?.[1].toLowerCase();
  if (extension === 'jpg' || extension === 'jpeg') return 'jpeg';
  return extension === 'png' || extension === 'webp' || extension === 'avif' ? extension : undefined;
}

/**
 * The widths an image of `width` pixels is published at: each of PICTURE_WIDTHS below it, and its own width
 * when that is below the largest, so nothing is ever enlarged.
 */
export function variantWidths(width: number): number[] {
  const largest = PICTURE_WIDTHS[PICTURE_WIDTHS.length - 1];
  const top = Math.min(width, largest);
  return [...PICTURE_WIDTHS.filter((w) => w < top), top];
}

/** The path of one variant, relative to the campaign folder like the original's: `assets/photo-960w.avif`. */
export function variantPath(image: string, width: number, format: RasterFormat): string {
  return `${image.replace(/\.[^./]+$/, '')}-${width}w${EXTENSION[format]}`;
}

/** Every variant of a raster image of `width` pixels whose own format is `format`. */
export function variantsOf(image: string, width: number, format: RasterFormat): { path: string; width: number; format: RasterFormat }[] {
  const formats: RasterFormat[] = [...SOURCE_FORMATS, ...((SOURCE_FORMATS as readonly RasterFormat[]).includes(format) ? [] : [format])];
  return formats.flatMap((f) => variantWidths(width).map((w) => ({ path: variantPath(image, w, f), width: w, format: f })));
}

/** An image as the campaign model gives it: its path in the campaign folder and the size the build read. */
export interface PictureImage {
  image: string;
  width?: number;
  height?: number;
}

export interface PictureOptions {
  /** The path from the page to the site root, like `../` (see `toRoot`). */
  root: string;
  /** The campaign folder the image is published in. */
  slug: string;
  alt: string;
  /** The image's displayed width for each layout, as a `sizes` attribute. */
  sizes: string;
  /**
   * The page's largest image above the fold (the banner): fetched first and at once. Otherwise the image
   * is fetched when it nears the screen and decoded off the main thread.
   */
  priority?: boolean;
  /** Attributes of the outermost element, for a slot or the page script's `data-year` and `hidden`. */
  slot?: string;
  className?: string;
  year?: number | symbol;
  hidden?: boolean;
}

/**
 * An image as a page shows it: a raster image of known size as a `<picture>` with an AVIF and a WebP
 * `<source>` and an `<img>` in its own format, each with every published width; an SVG (or an image the
 * build could not size) as a plain `<img>`. The `<img>` always has the original's width and height, so
 * nothing moves while it loads.
 */
export function picture({ image, width, height }: PictureImage, options: PictureOptions): TemplateResult {
  const { root, slug, alt, sizes, priority, slot, className, year, hidden } = options;
  const url = (file: string) => `${root}${slug}/${file}`;
  const format = rasterFormat(image);
  const lazy = priority ? nothing : 'lazy';
  const async = priority ? nothing : 'async';
  const high = priority ? 'high' : nothing;
  if (!format || !width || !height) {
    return html`<img src=${url(image)} alt=${alt} slot=${slot ?? nothing} class=${className ?? nothing} data-year=${year ?? nothing} ?hidden=${hidden} width=${width ?? nothing} height=${height ?? nothing} loading=${lazy} decoding=${async} fetchpriority=${high}>`;
  }
  const srcset = (f: RasterFormat) => variantWidths(width).map((w) => `${url(variantPath(image, w, f))} ${w}w`).join(', ');
  return html`<picture slot=${slot ?? nothing} class=${className ?? nothing} data-year=${year ?? nothing} ?hidden=${hidden}>${SOURCE_FORMATS.filter((f) => f !== format).map(
    (f) => html`<source type=${MIME[f]} srcset=${srcset(f)} sizes=${sizes}>`,
  )}<img src=${url(image)} srcset=${srcset(format)} sizes=${sizes} alt=${alt} width=${width} height=${height} loading=${lazy} decoding=${async} fetchpriority=${high}></picture>`;
}

/** `sizes` for an image as wide as the page's column (`.wrap`: the whole viewport, up to 72rem). */
export const COLUMN_SIZES = '(min-width: 72rem) 72rem, 100vw';
