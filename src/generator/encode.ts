/**
 * Image encoding at build time, with sharp (libvips), behind a cache on disk: an encode is a pure function
 * of its input bytes and settings, so its output is kept under the hash of both and a rebuild of unchanged
 * images only reads files. Node only; sharp never reaches a browser bundle.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { SharpConstructor } from 'sharp';
import { writeAtomically } from './output.js';

/**
 * Where encoded images are kept between builds: `SUMMIT_IMAGE_CACHE`, else `node_modules/.cache/summit-images`
 * below the folder the build runs in (the place build tools keep their caches, ignored by git and by
 * `npm ci`'s users alike).
 */
export function imageCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.SUMMIT_IMAGE_CACHE || path.join('node_modules', '.cache', 'summit-images'));
}

/**
 * The fonts that text on generated images is drawn with: Noto Sans for Latin, Greek and Cyrillic, Noto Sans
 * Arabic, Noto Sans SC for Chinese, regular and bold, from pinned npm packages. Only these are used, never
 * the build machine's own fonts, so every machine draws the same pixels.
 */
const FONT_FOLDERS = ['noto-sans', 'noto-sans-arabic', 'noto-sans-sc'].flatMap((family) =>
  ['400Regular', '700Bold'].map((weight) => `@expo-google-fonts/${family}/${weight}`),
);

let loaded: Promise<SharpConstructor> | undefined;

/**
 * sharp, loaded once, with fontconfig pointed at Summit's fonts alone. fontconfig reads
 * `FONTCONFIG_FILE` once, when text is first drawn (by Pango, or by librsvg in an SVG), so it is set
 * before sharp does anything.
 */
export function loadSharp(): Promise<SharpConstructor> {
  loaded ??= (async (): Promise<SharpConstructor> => {
    const require = createRequire(import.meta.url);
    const folders = FONT_FOLDERS.map((folder) => path.dirname(require.resolve(`${folder}/index.js`)));
    const cache = path.join(imageCacheDir(), 'fontconfig');
    const config = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
${folders.map((folder) => `  <dir>${escapeXml(folder)}</dir>`).join('\n')}
  <cachedir>${escapeXml(cache)}</cachedir>
</fontconfig>
`;
    await mkdir(cache, { recursive: true });
    const file = path.join(cache, 'fonts.conf');
    await writeAtomically(file, config);
    process.env.FONTCONFIG_FILE = file;
    const sharp = (await import('sharp')).default;
    // Encodes are scheduled by the build; libvips' own cache of decoded images would only hold memory.
    sharp.cache(false);
    return sharp;
  })();
  return loaded;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Bumped when an encode's settings or drawing change, so cached files made the old way are not reused.
 * sharp's own version is part of every key too.
 */
const ENCODER_VERSION = '1';

/**
 * The bytes `make` encodes from `input` and `settings` (anything JSON, naming every choice that changes
 * the output), from the cache when the same encode was done before.
 */
export async function cachedEncode(kind: string, input: Uint8Array | string, settings: unknown, make: (sharp: SharpConstructor) => Promise<Uint8Array>): Promise<Uint8Array> {
  const sharp = await loadSharp();
  const key = createHash('sha256')
    .update(JSON.stringify([ENCODER_VERSION, sharp.versions, kind, settings]))
    .update(input)
    .digest('hex');
  const file = path.join(imageCacheDir(), kind, key.slice(0, 2), key);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return cached;
  const bytes = await make(sharp);
  await mkdir(path.dirname(file), { recursive: true });
  await writeAtomically(file, bytes);
  return bytes;
}
