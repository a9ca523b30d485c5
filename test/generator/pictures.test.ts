/**
 * Images as a real build publishes them: raster banners and news images as `<picture>` with AVIF and WebP
 * variants that exist at the widths they claim and never above the original's, and every page's drawn card
 * image, 1200×630 as its tags say; the same sources give the same bytes, cache or no cache. The dev server
 * serves the same variants, and card text keeps its contrast.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { runBuild, SITE_YAML, tempDir, treeHashes } from '../support/build.js';
import { png } from '../support/images.js';
import { writeEntries } from '../support/hostile.js';
import { attr, elements, useBuiltPages, type BuiltPage, type Node } from '../support/built-pages.js';
import { checkImages, publishedFile } from '../../src/generator/assets.js';
import { contrastWithWhite, MIN_CONTRAST, renderCard, scrimFor } from '../../src/generator/social-image.js';

/** A picture with shapes and a gradient, so encoders have real work and a resize shows. */
async function photo(width: number, height: number, format: 'png' | 'jpeg'): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g"><stop offset="0" stop-color="#2a6f97"/><stop offset="1" stop-color="#f4a261"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width / 3}" cy="${height / 2}" r="${height / 3}" fill="#e9c46a"/></svg>`;
  return sharp(Buffer.from(svg)).toFormat(format, { quality: 90 }).toBuffer();
}

const CAMPAIGNS = {
  'site.yaml': SITE_YAML,
  'river-week/campaign.yaml': `name:
  en: River Week
  ar: أسبوع الأنهار
  zh: 河流周
  ru: Неделя рек
description: A week for the rivers of the world.
locales: [en, ar, zh, ru]
time-zone: Europe/Rome
start: 2027-05-10
end: 2027-05-16
theme: Rivers that connect us
organiser:
  name: Example
banner:
  image: assets/banner.jpg
  alt: A river at dawn
  overlay: "#00000080"
news:
  - date: 2027-04-01
    title: The programme is out
    link: https://example.org/programme
    image: assets/programme.png
    image-alt: The programme's cover
  - date: 2027-03-01
    title: A small picture
    link: https://example.org/small
    image: assets/small.png
    image-alt: A small picture
`,
  'river-week/assets/banner.jpg': await photo(2000, 1000, 'jpeg'),
  'river-week/assets/programme.png': await photo(1000, 750, 'png'),
  'river-week/assets/small.png': png(300, 200),
};

/** The file a URL on `page` points at, below `dist`. */
const fileOf = (dist: string, page: BuiltPage, url: string) => path.join(dist, path.dirname(page.file), url);

/** Each `url width` of a srcset. */
const candidates = (srcset: string) => srcset.split(', ').map((c) => { const [url, w] = c.split(' '); return { url, width: Number.parseInt(w, 10) }; });

describe('a campaign with raster images', () => {
  const built = useBuiltPages(CAMPAIGNS);
  const campaignPages = () => built.pages.filter((p) => p.file.startsWith('river-week/') && !p.file.includes('/embed/'));

  test('every page (directory, campaign, embed kit) has a card image in dist that decodes to 1200×630, as its tags say', async () => {
    assert.ok(built.pages.length >= 15);
    for (const page of built.pages) {
      const meta = (key: string) => attr(elements(page.document, 'meta').find((m) => attr(m, 'property') === key)!, 'content');
      const url = meta('og:image') ?? '';
      assert.ok(url.startsWith('https://events.example.org/'), `${page.file}: ${url}`);
      const file = path.join(built.dist, new URL(url).pathname);
      const { width, height, format } = await sharp(await readFile(file)).metadata();
      assert.deepEqual([format, width, height], ['png', 1200, 630], page.file);
      assert.deepEqual([meta('og:image:width'), meta('og:image:height')], ['1200', '630'], page.file);
      assert.ok(meta('og:image:alt'), page.file);
    }
    const ar = built.pages.find((p) => p.file === 'river-week/ar/index.html')!;
    const alt = attr(elements(ar.document, 'meta').find((m) => attr(m, 'property') === 'og:image:alt')!, 'content');
    assert.match(alt!, /^أسبوع الأنهار · /, 'the alt text is the text drawn: the name first');
  });

  test('a raster news image is a <picture> with AVIF and WebP sources whose files exist at the widths they claim, never enlarged, lazy', async () => {
    for (const page of campaignPages()) {
      const news = elements(page.document, 'ul').find((u) => attr(u, 'class') === 'news-list')!;
      const pictures = elements(news, 'picture');
      assert.equal(pictures.length, 2, page.file);
      for (const [picture, original] of [[pictures[0], 1000], [pictures[1], 300]] as [Node, number][]) {
        const types = elements(picture, 'source').map((s) => attr(s, 'type'));
        assert.deepEqual(types, ['image/avif', 'image/webp'], page.file);
        const img = elements(picture, 'img')[0];
        assert.equal(attr(img, 'loading'), 'lazy');
        assert.equal(attr(img, 'decoding'), 'async');
        assert.equal(attr(img, 'width'), String(original));
        const sets = [...elements(picture, 'source').map((s) => [attr(s, 'type')!, attr(s, 'srcset')!]), ['image/png', attr(img, 'srcset')!]];
        for (const [type, srcset] of sets) {
          const widths = candidates(srcset).map((c) => c.width);
          assert.deepEqual(widths, original === 1000 ? [480, 960, 1000] : [300], `${page.file} ${type}`);
          for (const { url, width } of candidates(srcset)) {
            const meta = await sharp(await readFile(fileOf(built.dist, page, url))).metadata();
            assert.equal(`image/${meta.format === 'heif' ? 'avif' : meta.format}`, type, url);
            assert.equal(meta.width, width, url);
          }
        }
        await readFile(fileOf(built.dist, page, attr(img, 'src')!)).then((bytes) => assert.ok(bytes.length > 0, 'the original URL still works'));
      }
    }
  });

  test('the banner is a <picture> in the banner’s image slot whose image is fetched first and at once', () => {
    for (const page of campaignPages()) {
      const banner = elements(page.document, 'summit-banner')[0];
      const picture = elements(banner, 'picture')[0];
      assert.equal(attr(picture, 'slot'), 'image', page.file);
      const img = elements(picture, 'img')[0];
      assert.equal(attr(img, 'fetchpriority'), 'high', page.file);
      assert.equal(attr(img, 'loading'), undefined, page.file);
      assert.deepEqual([attr(img, 'width'), attr(img, 'height')], ['2000', '1000']);
      assert.deepEqual(candidates(attr(img, 'srcset')!).map((c) => c.width), [480, 960, 1600], 'the largest published width is 1600');
    }
  });

  test('a second build with an empty image cache gives byte-identical images and pages', async () => {
    const folder = await tempDir('pictures-again');
    await writeEntries(folder, CAMPAIGNS);
    const dist = path.join(await tempDir('pictures-dist'), 'dist');
    const run = await runBuild(dist, { campaigns: folder, env: { SUMMIT_IMAGE_CACHE: await tempDir('pictures-cache') } });
    assert.equal(run.code, 0, run.stderr);
    const [first, second] = [await treeHashes(built.dist), await treeHashes(dist)];
    const images = Object.keys(first).filter((f) => /\.(png|jpg|webp|avif)$/.test(f));
    assert.ok(images.length > 30, `${images.length} images`);
    assert.deepEqual(second, first);
  });
});

test('the dev server answers a variant URL with the variant encoded on request, and no other name', async () => {
  const dir = path.join(await tempDir('pictures-dev'), 'river-week');
  await writeEntries(dir, { 'assets/programme.png': await photo(1000, 750, 'png') });
  const { images } = await checkImages(dir, [{ file: 'campaign', path: ['banner', 'image'], image: 'assets/programme.png' }], (file) => file);
  const variant = await publishedFile(images, '/river-week/assets/programme-480w.avif');
  assert.equal(variant?.mime, 'image/avif');
  assert.equal((await sharp(variant.bytes).metadata()).width, 480);
  assert.equal((await publishedFile(images, '/river-week/assets/programme.png'))?.mime, 'image/png', 'the original as it is');
  assert.equal(await publishedFile(images, '/river-week/assets/programme-481w.avif'), undefined);
  assert.equal(await publishedFile(images, '/river-week/assets/programme-1600w.avif'), undefined, 'never enlarged');
});

test('white card text keeps a contrast of at least 4.5:1 on the brightest background, and the background is left as it is when it has it', () => {
  for (const brightest of [[255, 255, 255], [250, 230, 40], [120, 200, 255], [90, 90, 90]] as [number, number, number][]) {
    const kept = 1 - scrimFor(brightest);
    assert.ok(contrastWithWhite(brightest.map((c) => Math.ceil(c * kept)) as [number, number, number]) >= MIN_CONTRAST, `${brightest}`);
  }
  assert.equal(scrimFor([27, 74, 40]), 0, 'a dark green needs no darkening');
});

test('a card is drawn from an SVG banner of any shape, a very thin one too, within the pixel limits', async () => {
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1000"><rect width="1" height="1000" fill="#e9c46a"/></svg>');
  const image = { slug: 'river-week', image: 'assets/thin.svg', source: 'thin.svg', target: 'river-week/assets/thin.svg', type: 'svg' as const, mime: 'image/svg+xml', width: 1, height: 1000, bytes: svg };
  const card = await renderCard({ locale: 'en', alt: 'River Week', lines: [{ text: 'River Week', size: 76, box: 230, bold: true }] }, { image, color: '#000000' });
  const { width, height, format } = await sharp(card).metadata();
  assert.deepEqual([format, width, height], ['png', 1200, 630]);
});
