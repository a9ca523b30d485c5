/**
 * The images and downloads a site publishes: exactly the ones its pages refer to, each a regular file inside
 * its campaign folder, checked by its bytes. A campaign folder is written by many hands, so a link to
 * `/etc/passwd`, a stray `.env` or a 50 MB photo never reaches `dist/`: the build reads each referenced file
 * once, refuses it with a positioned error when it is not a safe image (or a real PDF, ZIP or DOCX for a
 * download), and publishes the very bytes it checked. Node only.
 */
import { constants } from 'node:fs';
import { lstat, mkdir, open, readlink } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { imageSize } from 'image-size';
import type { CampaignConfig, NewsItemConfig } from '../campaign/schema.js';
import type { Banner, Campaign, Download, DownloadFormat } from '../campaign/model.js';
import type { FieldPath } from '../campaign/normalise.js';
import { checkSvg } from './svg.js';
import { cachedEncode } from './encode.js';
import { variantsOf, type RasterFormat } from './pictures.js';
import { writeOutput } from './output.js';

/** The largest image published: 5 MB. A banner rarely needs a fifth of it. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** The most pixels an image may have: 40 megapixels, about 8000 × 5000. Decoding costs 4 bytes a pixel. */
export const MAX_IMAGE_PIXELS = 40_000_000;

export type ImageType = 'png' | 'jpeg' | 'webp' | 'avif' | 'svg';

/** Each type's name in errors (and with its article), its file name extensions and its media type. */
export const IMAGE_TYPES: Record<ImageType, { name: string; aName: string; extensions: string[]; mime: string }> = {
  png: { name: 'PNG', aName: 'a PNG', extensions: ['.png'], mime: 'image/png' },
  jpeg: { name: 'JPEG', aName: 'a JPEG', extensions: ['.jpg', '.jpeg'], mime: 'image/jpeg' },
  webp: { name: 'WebP', aName: 'a WebP', extensions: ['.webp'], mime: 'image/webp' },
  avif: { name: 'AVIF', aName: 'an AVIF', extensions: ['.avif'], mime: 'image/avif' },
  svg: { name: 'SVG', aName: 'an SVG', extensions: ['.svg'], mime: 'image/svg+xml' },
};
const ALLOWED = 'a PNG, JPEG, WebP, AVIF or SVG image';

/** Where a campaign refers to an image: in its own config, or in a shared news item of `site.yaml`. */
export interface ImageReference {
  file: 'campaign' | 'site';
  /** The field holding the path, in that file. */
  path: FieldPath;
  /** The path as written: relative to the folder of the campaign that shows it. */
  image: string;
}

/** A checked file, ready to publish. */
export interface PublishedFile {
  /** The campaign folder's name. */
  slug: string;
  /** The file read. */
  source: string;
  /** Where it is published, below the output folder: `<slug>/<path as written>`, the URL pages and `campaign.json` use. */
  target: string;
  /** Its media type, for the dev server. */
  mime: string;
  /** The bytes that were checked, which are the bytes published. */
  bytes: Uint8Array;
}

/** A checked image, ready to publish. */
export interface PublishedImage extends PublishedFile {
  /** The path as written, relative to the campaign folder. */
  image: string;
  type: ImageType;
  /** Size as shown, in CSS pixels (for a JPEG, after its EXIF rotation). */
  width: number;
  height: number;
}

/** A checked download, ready to publish. */
export interface PublishedDownload extends PublishedFile {
  /** The path as written, relative to the campaign folder. */
  file: string;
  format: DownloadFormat;
}

/** The largest download published: 25 MB, a long illustrated report; a photo gallery this big belongs elsewhere. */
export const MAX_DOWNLOAD_BYTES = 25 * 1000 * 1000;

/** Each download format's name in errors (with its article) and its media type. */
export const DOWNLOAD_FORMATS: Record<DownloadFormat, { aName: string; mime: string }> = {
  pdf: { aName: 'a PDF', mime: 'application/pdf' },
  zip: { aName: 'a ZIP archive', mime: 'application/zip' },
  docx: { aName: 'a DOCX (Word) document', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
};

export interface ImageProblem {
  file: 'campaign' | 'site';
  path: FieldPath;
  message: string;
}

/**
 * Every image a campaign's pages show: its banner, each edition's banner, its news images and each
 * edition's, and the images of the shared news items it lists (`sharedNews`: the items of `site.yaml`,
 * in order). A shared item's image is read from the folder of each campaign that shows it, where the
 * pages link it.
 */
export function imageReferences(config: CampaignConfig, sharedNews: readonly NewsItemConfig[] = []): ImageReference[] {
  const found: ImageReference[] = [];
  const news = (list: CampaignConfig['news'], at: FieldPath) =>
    list?.forEach((entry, i) => {
      if (typeof entry !== 'string') {
        if (entry.image) found.push({ file: 'campaign', path: [...at, i, 'image'], image: entry.image });
        return;
      }
      const shared = sharedNews.findIndex((item) => item.id === entry);
      const image = sharedNews[shared]?.image;
      if (image) found.push({ file: 'site', path: ['news', shared, 'image'], image });
    });
  if (config.banner?.image) found.push({ file: 'campaign', path: ['banner', 'image'], image: config.banner.image });
  news(config.news, ['news']);
  for (const [year, edition] of Object.entries(config.editions ?? {})) {
    if (edition.banner?.image) found.push({ file: 'campaign', path: ['editions', year, 'banner', 'image'], image: edition.banner.image });
    news(edition.news, ['editions', year, 'news']);
  }
  return found;
}

/**
 * Reads and checks every referenced image of the campaign in `dir`. Each file is read once however many
 * fields name it. `display` turns a path into the one shown in errors. `builds` says what else the build
 * writes at a path inside the folder, if anything (besides the smaller copies of each image, known here).
 */
export async function checkImages(
  dir: string,
  references: ImageReference[],
  display: (file: string) => string,
  builds: (file: string) => string | undefined = () => undefined,
): Promise<{ images: PublishedImage[]; problems: ImageProblem[] }> {
  const slug = path.basename(dir);
  const checked = new Map<string, PublishedImage | string>();
  const problems: ImageProblem[] = [];
  for (const { image } of references) if (!checked.has(image)) checked.set(image, await checkImage(dir, slug, image, display));
  // The smaller copies of each raster image, written beside it.
  const written = new Map<string, string>();
  for (const result of checked.values()) {
    if (typeof result === 'string' || result.type === 'svg') continue;
    for (const variant of variantsOf(result.image, result.width, result.type)) {
      written.set(variant.path, `the ${variant.width} px ${IMAGE_TYPES[variant.format].name} copy it makes of ${result.image}`);
    }
  }
  for (const image of checked.keys()) {
    // A path of the build's own folder is left by moving the file; a copy's name, by renaming it.
    const own = builds(image);
    const copy = written.get(image);
    const where = own ? `${own}; rename the file, or move it to another folder like assets/` : copy && `${copy}; rename the file`;
    if (where) checked.set(image, `expected a path the build does not write itself, got "${image}", where it writes ${where}`);
  }
  for (const { file, path: fieldPath, image } of references) {
    const result = checked.get(image)!;
    if (typeof result === 'string') problems.push({ file, path: fieldPath, message: result });
  }
  const images = [...checked.values()].filter((result): result is PublishedImage => typeof result !== 'string');
  return { images, problems };
}

/** The image at `image` below the campaign folder `dir`, or the error message saying why it cannot be published. */
async function checkImage(dir: string, slug: string, image: string, display: (file: string) => string): Promise<PublishedImage | string> {
  const source = path.join(dir, image);
  const shown = display(source);
  const outside = await pathProblem(dir, image, display);
  if (outside) return outside;
  const file = await readRegularFile(source, MAX_IMAGE_BYTES);
  if (typeof file === 'string') return `expected a regular file inside the campaign folder, got ${file} at ${shown}; put the image file there`;
  const { bytes } = file;
  if (!bytes) {
    return `expected an image of at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB (${bytesOf(MAX_IMAGE_BYTES)}), got ${bytesOf(file.size)} in ${shown}; export it smaller or compress it`;
  }
  const type = sniff(bytes);
  if (!type) return `expected ${ALLOWED}, got a file that is not an image (${shown} starts with ${opening(bytes)}); export it again as an image`;
  const named = (Object.keys(IMAGE_TYPES) as ImageType[]).find((t) => IMAGE_TYPES[t].extensions.includes(path.extname(image).toLowerCase()));
  if (named !== type) {
    const found = IMAGE_TYPES[type];
    const expected = named ? `${IMAGE_TYPES[named].aName} as its name says` : ALLOWED;
    return `expected ${expected}, got ${found.aName} in ${shown}; rename it to ${found.extensions[0]}${named ? `, or export it again as ${IMAGE_TYPES[named].name}` : ''}`;
  }
  const content = inspect(type, bytes, shown);
  if (typeof content === 'string') return content;
  if (content.width * content.height > MAX_IMAGE_PIXELS) {
    return `expected an image of at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels, got ${content.width}×${content.height} (${Math.round((content.width * content.height) / 1_000_000)} megapixels) in ${shown}; scale it down`;
  }
  return { slug, image, source, target: `${slug}/${image}`, mime: IMAGE_TYPES[type].mime, type, width: content.width, height: content.height, bytes };
}

/**
 * Why the path `image` does not lead to a file inside the campaign folder `dir` without a link on the way
 * (a link anywhere could lead out of the folder), or undefined when it does.
 */
async function pathProblem(dir: string, image: string, display: (file: string) => string, what = 'image'): Promise<string | undefined> {
  const segments = image.split('/');
  if (path.isAbsolute(image) || segments.includes('..')) {
    return `expected a path inside the campaign folder, got "${image}"; copy the ${what} into ${display(dir)} and give its path from there`;
  }
  const hidden = segments.find((segment) => segment === '' || segment.startsWith('.'));
  if (hidden !== undefined) {
    return `expected a path without hidden or empty parts, got "${image}"; rename ${hidden ? `"${hidden}" without its leading dot` : 'it without the double slash'}`;
  }
  let current = dir;
  for (const [i, segment] of segments.entries()) {
    current = path.join(current, segment);
    const stats = await lstat(current).catch(() => undefined);
    if (!stats || (i < segments.length - 1 && !stats.isDirectory() && !stats.isSymbolicLink())) {
      return `expected a file at ${display(path.join(dir, image))}, got none; check the name, or add the ${what}`;
    }
    if (stats.isSymbolicLink()) {
      const target = await readlink(current).catch(() => '?');
      return `expected a regular file inside the campaign folder, got a symbolic link ${display(current)} → ${target}; copy the ${what} into the folder instead`;
    }
  }
  return undefined;
}

/**
 * The file's size and, when it is within `limit` bytes, its bytes: read through a handle opened without
 * following a link, so a file swapped for a link after it was looked at is not read. A string says what
 * it is when it is not a regular file.
 */
async function readRegularFile(file: string, limit: number): Promise<{ size: number; bytes?: Uint8Array } | string> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW).catch(() => undefined);
  if (!handle) return 'a file that cannot be read';
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) return 'a folder';
    if (!stats.isFile()) return 'something that is not a file';
    if (stats.size > limit) return { size: stats.size };
    const bytes = new Uint8Array(stats.size);
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
    return { size: stats.size, bytes: bytes.subarray(0, bytesRead) };
  } finally {
    await handle.close();
  }
}

type Content = { width: number; height: number };

/** The size an image of `type` shows at; or the error message when its bytes are not a whole, safe image. */
function inspect(type: ImageType, bytes: Uint8Array, shown: string): Content | string {
  const { name } = IMAGE_TYPES[type];
  if (type === 'svg') {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
    let source: string;
    try {
      source = text.decode(bytes);
    } catch {
      return `expected an SVG in UTF-8, got bytes that are not UTF-8 in ${shown}; save it again as UTF-8`;
    }
    const svg = checkSvg(source);
    if (!svg.ok) return `expected ${svg.expected}, got ${svg.found} at line ${svg.line} of ${shown}; ${svg.fix}`;
    return { width: svg.width, height: svg.height };
  }
  const damage = damaged(type, bytes);
  if (damage) return `expected a complete ${name}, got a damaged one (${shown} ${damage}); export it again`;
  let size;
  try {
    size = imageSize(bytes);
  } catch {
    size = undefined;
  }
  if (!size?.width || !size.height) return `expected a complete ${name}, got a damaged one (${shown} has no readable size); export it again`;
  // EXIF orientations 5 to 8 turn the picture a quarter, and browsers show it turned.
  const turned = type === 'jpeg' && (size.orientation ?? 1) >= 5;
  return { width: turned ? size.height : size.width, height: turned ? size.width : size.height };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const AVIF_BRANDS = new Set(['avif', 'avis']);

/** The image type the bytes begin like, whatever the file is called. */
function sniff(bytes: Uint8Array): ImageType | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 8) === 'ftyp') {
    const size = view(bytes).getUint32(0);
    const brands = [ascii(8, 12), ...Array.from({ length: Math.max(0, (Math.min(size, bytes.length) - 16) / 4) }, (_, i) => ascii(16 + 4 * i, 20 + 4 * i))];
    if (brands.some((brand) => AVIF_BRANDS.has(brand))) return 'avif';
  }
  // An XML document: optional byte order mark and white space, then markup. The parser decides the rest.
  if (/^(\uFEFF)?\s*</.test(new TextDecoder().decode(bytes.subarray(0, 256)))) return 'svg';
  return undefined;
}

/** How a raster file is cut short or corrupt, for the formats whose structure says; undefined when it looks whole. */
function damaged(type: ImageType, bytes: Uint8Array): string | undefined {
  const data = view(bytes);
  if (type === 'png') {
    // Chunks: length, type, data, CRC of type and data; the image is whole when IEND is reached.
    for (let offset = PNG_SIGNATURE.length; ; ) {
      if (offset + 12 > bytes.length) return 'ends before its last chunk';
      const length = data.getUint32(offset);
      const name = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
      if (offset + 12 + length > bytes.length) return `ends inside its ${JSON.stringify(name)} chunk`;
      if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== data.getUint32(offset + 8 + length)) return `has a corrupt ${JSON.stringify(name)} chunk`;
      if (name === 'IEND') return undefined;
      offset += 12 + length;
    }
  }
  if (type === 'webp' && data.getUint32(4, true) + 8 > bytes.length) return 'is shorter than its header says';
  if (type === 'avif') {
    // Top-level boxes: a 32-bit size (1: a 64-bit size follows; 0: to the end), then the type.
    for (let offset = 0; offset < bytes.length; ) {
      if (offset + 8 > bytes.length) return 'ends inside a box header';
      const size = data.getUint32(offset);
      const length = size === 1 && offset + 16 <= bytes.length ? Number(data.getBigUint64(offset + 8)) : size === 0 ? bytes.length - offset : size;
      if (length < 8 || offset + length > bytes.length) return 'ends before its last box';
      offset += length;
    }
  }
  return undefined;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The first bytes, as text when they are printable (`"PK"`), else in hex. */
function opening(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'nothing: it is empty';
  const printable = /^[\x20-\x7e]+/.exec(String.fromCharCode(...bytes.subarray(0, 8)))?.[0];
  if (printable) return JSON.stringify(printable);
  return `bytes ${Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join(' ')}`;
}

function bytesOf(count: number): string {
  return `${count.toLocaleString('en')} bytes`;
}

/** The campaign with the real size of each of its images, from the checked `images` of its folder. */
export function withImageSizes(campaign: Campaign, images: readonly PublishedImage[]): Campaign {
  const size = (image: string | undefined) => images.find((published) => published.image === image);
  const banner = (b: Banner): Banner => {
    const found = size(b.image);
    return found ? { ...b, width: found.width, height: found.height } : b;
  };
  return {
    ...campaign,
    banner: banner(campaign.banner),
    editions: campaign.editions.map((edition) => (edition.banner ? { ...edition, banner: banner(edition.banner) } : edition)),
    news: campaign.news.map((item) => {
      const found = size(item.image);
      return found ? { ...item, imageWidth: found.width, imageHeight: found.height } : item;
    }),
  };
}

/**
 * Writes each image's checked bytes to its target below `dir`, and each raster image's smaller and
 * better-compressed variants beside it (see pictures.ts): regular files, never a link to or a copy of a file
 * of the campaign's folder (an unchanged one may be the last build's file, linked: see `writeOutput`).
 * Images were checked first, so only files within the build's limits are ever decoded.
 */
export async function publishImages(images: readonly PublishedImage[], dir: string, kept?: string): Promise<void> {
  for (const image of images) {
    await mkdir(path.dirname(path.join(dir, image.target)), { recursive: true });
    await writeOutput(dir, image.target, image.bytes, kept);
    if (image.type === 'svg') continue;
    await Promise.all(variantsOf(image.image, image.width, image.type).map(async (variant) => {
      await writeOutput(dir, path.join(image.slug, variant.path), await encodeVariant(image.bytes, variant.width, variant.format), kept);
    }));
  }
}

/**
 * The file a published URL path (`/<slug>/assets/photo-960w.avif`) serves, among the checked `images` and
 * their variants, encoded when asked for: what the dev server answers, as the build would have written it.
 */
export async function publishedFile(images: readonly PublishedImage[], pathname: string): Promise<{ mime: string; bytes: Uint8Array } | undefined> {
  for (const image of images) {
    if (`/${image.target}` === pathname) return { mime: IMAGE_TYPES[image.type].mime, bytes: image.bytes };
    if (image.type === 'svg') continue;
    const variant = variantsOf(image.image, image.width, image.type).find((v) => `/${image.slug}/${v.path}` === pathname);
    if (variant) return { mime: IMAGE_TYPES[variant.format].mime, bytes: await encodeVariant(image.bytes, variant.width, variant.format) };
  }
  return undefined;
}

/**
 * Writes each file's checked bytes to its target below `dir`: regular files, never a link to or a copy of a
 * file of the campaign's folder (an unchanged one may be the last build's file, linked: see `writeOutput`).
 */
export async function publishFiles(files: readonly PublishedFile[], dir: string, kept?: string): Promise<void> {
  for (const file of files) {
    await mkdir(path.dirname(path.join(dir, file.target)), { recursive: true });
    await writeOutput(dir, file.target, file.bytes, kept);
  }
}

/** Where a campaign offers a file of its folder for download: its own downloads and each edition's. */
export function downloadReferences(config: CampaignConfig): { path: FieldPath; file: string }[] {
  const found: { path: FieldPath; file: string }[] = [];
  const list = (downloads: CampaignConfig['downloads'], at: FieldPath) =>
    downloads?.forEach((d, i) => d.file && found.push({ path: [...at, i, 'file'], file: d.file }));
  list(config.downloads, ['downloads']);
  for (const [year, edition] of Object.entries(config.editions ?? {})) list(edition.downloads, ['editions', year, 'downloads']);
  return found;
}

/** Reads and checks every referenced download of the campaign in `dir`, each file once. */
export async function checkDownloads(
  dir: string,
  references: { path: FieldPath; file: string }[],
  display: (file: string) => string,
): Promise<{ downloads: PublishedDownload[]; problems: { path: FieldPath; message: string }[] }> {
  const slug = path.basename(dir);
  const checked = new Map<string, PublishedDownload | string>();
  const problems: { path: FieldPath; message: string }[] = [];
  for (const { path: fieldPath, file } of references) {
    if (!checked.has(file)) checked.set(file, await checkDownload(dir, slug, file, display));
    const result = checked.get(file)!;
    if (typeof result === 'string') problems.push({ path: fieldPath, message: result });
  }
  const downloads = [...checked.values()].filter((result): result is PublishedDownload => typeof result !== 'string');
  return { downloads, problems };
}

/** The download at `name` below the campaign folder `dir`, or the error message saying why it cannot be published. */
async function checkDownload(dir: string, slug: string, name: string, display: (file: string) => string): Promise<PublishedDownload | string> {
  const source = path.join(dir, name);
  const shown = display(source);
  const outside = await pathProblem(dir, name, display, 'file');
  if (outside) return outside;
  const file = await readRegularFile(source, MAX_DOWNLOAD_BYTES);
  if (typeof file === 'string') return `expected a regular file inside the campaign folder, got ${file} at ${shown}; put the file there`;
  if (!file.bytes) return `expected a download of at most ${MAX_DOWNLOAD_BYTES / 1_000_000} MB, got ${bytesOf(file.size)} in ${shown}; compress it, or publish it elsewhere and give its url`;
  const named = path.extname(name).slice(1).toLowerCase() as DownloadFormat;
  const found = sniffDocument(file.bytes);
  if (found !== named && !(named === 'zip' && found === 'docx')) {
    const got = found ? DOWNLOAD_FORMATS[found].aName : `a file that is not one (${shown} starts with ${opening(file.bytes)})`;
    return `expected ${DOWNLOAD_FORMATS[named].aName} as its name says, got ${got}${found ? ` in ${shown}` : ''}; export it again${found ? `, or rename it to .${found}` : ''}`;
  }
  return { slug, file: name, source, target: `${slug}/${name}`, mime: DOWNLOAD_FORMATS[named].mime, format: named, bytes: file.bytes };
}

/**
 * The format the bytes begin like: `%PDF-` for a PDF; a ZIP's local file header (or the end record of an
 * empty one); a DOCX is a ZIP whose entry names (stored uncompressed in the headers) include the Word parts.
 */
function sniffDocument(bytes: Uint8Array): DownloadFormat | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 5));
  if (head === '%PDF-') return 'pdf';
  if (head.startsWith('PK\x03\x04') || head.startsWith('PK\x05\x06')) {
    const names = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    return names.includes('[Content_Types].xml') && names.includes('word/document.xml') ? 'docx' : 'zip';
  }
  return undefined;
}

/** Encoder settings per format: good-looking photos at a small size, fast enough to encode on every build. */
const ENCODINGS = {
  avif: { quality: 50, effort: 2 },
  webp: { quality: 75, effort: 4 },
  jpeg: { quality: 80, mozjpeg: true },
  png: { compressionLevel: 9, effort: 7 },
} as const;

/** The image at `width` CSS pixels (turned as its EXIF orientation says, metadata dropped) in `format`. */
export function encodeVariant(bytes: Uint8Array, width: number, format: RasterFormat): Promise<Uint8Array> {
  const settings = { width, format, options: ENCODINGS[format] };
  return cachedEncode('variant', bytes, settings, (sharp) =>
    sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS })
      .rotate()
      .resize({ width, withoutEnlargement: true })
      .toFormat(format, ENCODINGS[format])
      .toBuffer(),
  );
}

/** The campaign with each published download's measured size, from the checked `downloads` of its folder. */
export function withDownloadSizes(campaign: Campaign, downloads: readonly PublishedDownload[]): Campaign {
  const sized = (list: Download[]) => list.map((d) => {
    const found = downloads.find((published) => published.file === d.url);
    return found ? { ...d, format: found.format, size: found.bytes.byteLength } : d;
  });
  return {
    ...campaign,
    ...(campaign.downloads && { downloads: sized(campaign.downloads) }),
    editions: campaign.editions.map((edition) => (edition.downloads ? { ...edition, downloads: sized(edition.downloads) } : edition)),
  };
}
