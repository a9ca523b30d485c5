/**
 * Hostile corpus: files. Only the images a page shows are published, each a regular file inside its
 * campaign folder, checked by its bytes: links, paths out of the folder, dotfiles, disguised or damaged
 * files, huge images and SVGs that could run or load anything get one positioned error each, and nothing
 * else of a campaign folder reaches `dist/`.
 */
import assert from 'node:assert/strict';
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'parse5';
import { runHostile, VALID_CAMPAIGN, type HostileCase } from '../support/hostile.js';
import { SITE_YAML } from '../support/build.js';
import { png } from '../support/images.js';

const svg = (body = '', size = 'viewBox="0 0 1200 300"') => `<svg xmlns="http://www.w3.org/2000/svg" ${size}>\n${body}\n</svg>\n`;
const CLEAN_SVG = svg('  <rect width="1200" height="300" fill="url(#sky)"/>\n  <defs><linearGradient id="sky"><stop offset="0" stop-color="#0b5d8c"/></linearGradient></defs>');
/** The campaign with a banner image at `image`: its value is at line 9, column 10. */
const withBanner = (image: string) => `${VALID_CAMPAIGN}banner:\n  image: ${image}\n`;
const BANNER_AT = '<root>/water/campaign.yaml:9:10 banner.image:';
/** A site.yaml with one shared news item whose image is at `image`: its value is at line 8, column 12. */
const siteWithNews = (image: string) =>
  `${SITE_YAML}news:\n  - id: shared-photo\n    date: 2027-03-01\n    title: A shared photo\n    link: https://example.org/shared\n    image: ${image}\n`;
const SHOWS_SHARED = `${VALID_CAMPAIGN}news:\n  - shared-photo\n`;

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node };

/** Every element named `name` in a page, template contents included, as attribute maps. */
function elements(html: string, name: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  const walk = (node: Node) => {
    if (node.nodeName === name) found.push(Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value])));
    for (const child of [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])]) walk(child);
  };
  walk(parse(html) as unknown as Node);
  return found;
}

/** Every path below `dir` that is a symbolic link. */
async function links(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { recursive: true })) {
    if ((await lstat(path.join(dir, entry))).isSymbolicLink()) found.push(entry);
  }
  return found;
}

/** The file an `<img src>` of the page at `page` (below `dist`) loads. */
function imageFile(dist: string, page: string, src: string): string {
  const url = new URL(src, `https://events.example.org/${page}`);
  return path.join(dist, decodeURIComponent(url.pathname));
}

async function exists(file: string): Promise<boolean> {
  return lstat(file).then(() => true, () => false);
}

const CASES: HostileCase[] = [
  {
    name: 'a banner that is a link to an absolute file outside the project',
    files: { 'water/campaign.yaml': withBanner('assets/banner.svg'), 'water/assets/banner.svg': { symlink: '/etc/passwd' } },
    errors: [`${BANNER_AT} expected a regular file inside the campaign folder, got a symbolic link <root>/water/assets/banner.svg → /etc/passwd; copy the image into the folder instead`],
  },
  {
    name: 'a banner that is a relative link out of the campaign folder',
    files: {
      'water/campaign.yaml': withBanner('assets/banner.svg'),
      'water/assets/banner.svg': { symlink: '../../secret.svg' },
      'secret.svg': CLEAN_SVG,
    },
    errors: [`${BANNER_AT} expected a regular file inside the campaign folder, got a symbolic link <root>/water/assets/banner.svg → ../../secret.svg; copy the image into the folder instead`],
  },
  {
    name: 'an assets folder that is a link to a system folder',
    files: { 'water/campaign.yaml': withBanner('assets/banner.svg'), 'water/assets': { symlink: '/etc' } },
    errors: [`${BANNER_AT} expected a regular file inside the campaign folder, got a symbolic link <root>/water/assets → /etc; copy the image into the folder instead`],
  },
  {
    name: 'a banner that is a link to another file inside the campaign folder',
    files: {
      'water/campaign.yaml': withBanner('assets/banner.svg'),
      'water/assets/real.svg': CLEAN_SVG,
      'water/assets/banner.svg': { symlink: 'real.svg' },
    },
    errors: [`${BANNER_AT} expected a regular file inside the campaign folder, got a symbolic link <root>/water/assets/banner.svg → real.svg; copy the image into the folder instead`],
  },
  {
    name: 'a banner path that climbs out with ..',
    files: { 'water/campaign.yaml': withBanner('assets/../../secret.svg'), 'secret.svg': CLEAN_SVG },
    errors: [`${BANNER_AT} expected a relative path to an image in the campaign folder, like assets/banner.webp, got "assets/../../secret.svg"`],
  },
  {
    name: 'an absolute banner path',
    files: { 'water/campaign.yaml': withBanner('/etc/banner.svg') },
    errors: [`${BANNER_AT} expected a relative path to an image in the campaign folder, like assets/banner.webp, got "/etc/banner.svg"`],
  },
  {
    name: 'a referenced dotfile',
    files: { 'water/campaign.yaml': withBanner('assets/.banner.svg'), 'water/assets/.banner.svg': CLEAN_SVG },
    errors: [`${BANNER_AT} expected a path without hidden or empty parts, got "assets/.banner.svg"; rename ".banner.svg" without its leading dot`],
  },
  {
    name: 'a missing banner',
    files: { 'water/campaign.yaml': withBanner('assets/banner.svg') },
    errors: [`${BANNER_AT} expected a file at <root>/water/assets/banner.svg, got none; check the name, or add the image`],
  },
  {
    name: 'a folder where the banner should be',
    files: { 'water/campaign.yaml': withBanner('assets/banner.svg'), 'water/assets/banner.svg/inside.txt': 'a folder' },
    errors: [`${BANNER_AT} expected a regular file inside the campaign folder, got a folder at <root>/water/assets/banner.svg; put the image file there`],
  },
  {
    name: 'dotfiles, links and unreferenced files beside a referenced banner',
    files: {
      'water/campaign.yaml': withBanner('assets/banner.svg'),
      'water/assets/banner.svg': CLEAN_SVG,
      'water/assets/.env': 'SECRET=1\n',
      'water/assets/unused.png': png(2, 2),
      'water/assets/passwd.svg': { symlink: '/etc/passwd' },
      'water/assets/etc': { symlink: '/etc' },
      'water/notes.txt': 'draft\n',
    },
    async check(dist) {
      assert.deepEqual((await readdir(path.join(dist, 'water/assets'))).sort(), ['banner.svg']);
      assert.equal(await exists(path.join(dist, 'water/notes.txt')), false);
      assert.deepEqual(await links(dist), [], 'dist/ holds no link');
    },
  },
  {
    name: 'a banner outside assets/',
    files: { 'water/campaign.yaml': withBanner('banner.svg'), 'water/banner.svg': CLEAN_SVG },
    async check(dist) {
      for (const page of ['water/index.html', 'water/fr/index.html']) {
        const [banner] = elements(await readFile(path.join(dist, page), 'utf8'), 'img').filter((img) => img.class === 'banner-image');
        assert.ok(banner, `${page} shows the banner`);
        assert.deepEqual(await readFile(imageFile(dist, page, banner.src), 'utf8'), CLEAN_SVG, `${page}: ${banner.src} is published`);
      }
      assert.deepEqual(await links(dist), []);
    },
  },
  {
    // The build writes the page's card image there: one of the two would be lost.
    name: 'a banner where the build writes the card image',
    files: { 'water/campaign.yaml': withBanner('social/en.png'), 'water/social/en.png': png(40, 20) },
    errors: [`${BANNER_AT} expected a path the build does not write itself, got "social/en.png", where it writes the page's card image for social networks; rename the file, or move it to another folder like assets/`],
  },
  {
    name: 'a site image in a social/ folder of the site\'s own, where the build writes no card image',
    files: {
      'site.yaml': `${SITE_YAML}stories:\n  items:\n    - title: A story\n      summary: Told in pictures.\n      image: social/en.png\n      link: https://example.org/story\n`,
      'site/social/en.png': png(64, 36),
      'water/campaign.yaml': VALID_CAMPAIGN,
    },
    async check(dist) {
      assert.deepEqual(await readFile(path.join(dist, 'site/social/en.png')), png(64, 36));
    },
  },
  {
    name: 'a site image named like a smaller copy the build makes of another',
    files: {
      'site.yaml': `${SITE_YAML}stories:\n  items:\n    - title: A story\n      summary: Told in pictures.\n      image: stories/photo.png\n      link: https://example.org/story\n    - title: Another\n      summary: Told again.\n      image: stories/photo-480w.png\n      link: https://example.org/another\n`,
      'site/stories/photo.png': png(1000, 250),
      'site/stories/photo-480w.png': png(48, 12),
      'water/campaign.yaml': VALID_CAMPAIGN,
    },
    errors: ['<root>/site.yaml:11:14 stories.items[1].image: expected a path the build does not write itself, got "stories/photo-480w.png", where it writes the 480 px PNG copy it makes of stories/photo.png; rename the file'],
  },
  {
    name: 'a news image named like a smaller copy the build makes of the banner',
    files: {
      'water/campaign.yaml': `${withBanner('assets/photo.png')}news:\n  - date: 2027-02-01\n    title: Own news\n    link: https://example.org/own\n    image: assets/photo-480w.png\n`,
      'water/assets/photo.png': png(1000, 250),
      'water/assets/photo-480w.png': png(48, 12),
    },
    errors: ['<root>/water/campaign.yaml:14:12 news[0].image: expected a path the build does not write itself, got "assets/photo-480w.png", where it writes the 480 px PNG copy it makes of assets/photo.png; rename the file'],
  },
  {
    name: 'a text file named .jpg',
    files: { 'water/campaign.yaml': withBanner('assets/photo.jpg'), 'water/assets/photo.jpg': 'hello, this is not a picture\n' },
    errors: [`${BANNER_AT} expected a PNG, JPEG, WebP, AVIF or SVG image, got a file that is not an image (<root>/water/assets/photo.jpg starts with "hello, t"); export it again as an image`],
  },
  {
    name: 'a ZIP archive named .webp',
    files: { 'water/campaign.yaml': withBanner('assets/photo.webp'), 'water/assets/photo.webp': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]) },
    errors: [`${BANNER_AT} expected a PNG, JPEG, WebP, AVIF or SVG image, got a file that is not an image (<root>/water/assets/photo.webp starts with "PK"); export it again as an image`],
  },
  {
    name: 'a PNG named .jpg',
    files: { 'water/campaign.yaml': withBanner('assets/photo.jpg'), 'water/assets/photo.jpg': png(4, 3) },
    errors: [`${BANNER_AT} expected a JPEG as its name says, got a PNG in <root>/water/assets/photo.jpg; rename it to .png, or export it again as JPEG`],
  },
  {
    name: 'a truncated PNG',
    files: { 'water/campaign.yaml': withBanner('assets/photo.png'), 'water/assets/photo.png': png(64, 64).subarray(0, 60) },
    errors: [`${BANNER_AT} expected a complete PNG, got a damaged one (<root>/water/assets/photo.png ends inside its "IDAT" chunk); export it again`],
  },
  {
    name: 'an image over the byte limit',
    files: { 'water/campaign.yaml': withBanner('assets/photo.png'), 'water/assets/photo.png': Buffer.alloc(5 * 1024 * 1024 + 1) },
    errors: [`${BANNER_AT} expected an image of at most 5 MB (5,242,880 bytes), got 5,242,881 bytes in <root>/water/assets/photo.png; export it smaller or compress it`],
  },
  {
    name: 'an image over the pixel limit',
    files: { 'water/campaign.yaml': withBanner('assets/photo.png'), 'water/assets/photo.png': png(20000, 20000, { pixels: false }) },
    errors: [`${BANNER_AT} expected an image of at most 40 megapixels, got 20000×20000 (400 megapixels) in <root>/water/assets/photo.png; scale it down`],
  },
  {
    name: 'an SVG with a script',
    files: { 'water/campaign.yaml': withBanner('assets/banner.svg'), 'water/assets/banner.svg': svg('  <rect width="10" height="10"/>\n  <script>alert(document.domain)</script>') },
    errors: [`${BANNER_AT} expected an SVG without scripts, got <script> at line 3 of <root>/water/assets/banner.svg; remove it or export the drawing again`],
  },
  {
    name: 'an SVG with an event handler',
    files: { 'water/campaign.yaml': withBanner('assets/banner.svg'), 'water/assets/banner.svg': svg('  <rect width="10" height="10"\n    onload="alert(1)"/>') },
    errors: [`${BANNER_AT} expected an SVG without event handlers, got onload="alert(1)" at line 3 of <root>/water/assets/banner.svg; remove it or export the drawing again`],
  },
  {
    name: 'an SVG with a foreignObject',
    files: {
      'water/campaign.yaml': withBanner('assets/banner.svg'),
      'water/assets/banner.svg': svg('  <foreignObject width="10" height="10"><p xmlns="http://www.w3.org/1999/xhtml">hi</p></foreignObject>'),
    },
    errors: [`${BANNER_AT} expected an SVG without embedded HTML, got <foreignObject> at line 2 of <root>/water/assets/banner.svg; remove it or export the drawing again`],
  },
  {
    name: 'an SVG with an external xlink:href',
    files: {
      'water/campaign.yaml': withBanner('assets/banner.svg'),
      'water/assets/banner.svg': svg('  <image xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="https://tracker.example/pixel.png" width="1" height="1"/>'),
    },
    errors: [`${BANNER_AT} expected an SVG without external references, got xlink:href="https://tracker.example/pixel.png" at line 2 of <root>/water/assets/banner.svg; remove it or export the drawing again`],
  },
  {
    name: 'an SVG with an external url() in a style',
    files: {
      'water/campaign.yaml': withBanner('assets/banner.svg'),
      'water/assets/banner.svg': svg('  <style>\n    rect { fill: url(https://tracker.example/p.svg#x) }\n  </style>'),
    },
    errors: [`${BANNER_AT} expected an SVG without external references, got url(https://tracker.example/p.svg#x) in a <style> at line 3 of <root>/water/assets/banner.svg; remove it or export the drawing again`],
  },
  {
    name: 'an SVG with a DOCTYPE declaring entities',
    files: {
      'water/campaign.yaml': withBanner('assets/banner.svg'),
      'water/assets/banner.svg': `<?xml version="1.0"?>\n<!DOCTYPE svg [\n  <!ENTITY lol "lol">\n  <!ENTITY lol2 "&lol;&lol;&lol;&lol;">\n]>\n${svg('<text>&lol2;</text>')}`,
    },
    errors: [`${BANNER_AT} expected an SVG without a DOCTYPE, got <!DOCTYPE> at line 2 of <root>/water/assets/banner.svg; remove it: its entity declarations can read other files or expand without end`],
  },
  {
    name: 'a clean SVG',
    files: { 'water/campaign.yaml': withBanner('assets/banner.svg'), 'water/assets/banner.svg': CLEAN_SVG },
    async check(dist) {
      assert.equal(await readFile(path.join(dist, 'water/assets/banner.svg'), 'utf8'), CLEAN_SVG, 'published byte for byte');
      assert.match(await readFile(path.join(dist, '_headers'), 'utf8'), /^\/\*\.svg\n {2}Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\n/m);
    },
  },
  {
    name: 'a shared news image missing from the campaign that shows it',
    files: { 'site.yaml': siteWithNews('assets/shared.png'), 'water/campaign.yaml': SHOWS_SHARED },
    errors: ['<root>/site.yaml:8:12 news[0].image: expected a file at <root>/water/assets/shared.png, got none; check the name, or add the image'],
  },
  {
    name: 'a shared news image that is a link',
    files: { 'site.yaml': siteWithNews('assets/shared.png'), 'water/campaign.yaml': SHOWS_SHARED, 'water/assets/shared.png': { symlink: '/etc/hostname' } },
    errors: ['<root>/site.yaml:8:12 news[0].image: expected a regular file inside the campaign folder, got a symbolic link <root>/water/assets/shared.png → /etc/hostname; copy the image into the folder instead'],
  },
  {
    name: 'images of every kind of reference, shown at their real size',
    files: {
      'site.yaml': siteWithNews('assets/shared.png'),
      'water/campaign.yaml': `${withBanner('assets/banner.svg')}news:\n  - shared-photo\n  - date: 2027-02-01\n    title: Own news\n    link: https://example.org/own\n    image: assets/own.png\n`,
      'water/assets/banner.svg': CLEAN_SVG,
      'water/assets/shared.png': png(320, 180),
      'water/assets/own.png': png(30, 40),
    },
    async check(dist) {
      const page = await readFile(path.join(dist, 'water/index.html'), 'utf8');
      const sizes = elements(page, 'img').map((img) => `${path.basename(img.src)} ${img.width}×${img.height}`);
      assert.deepEqual(sizes, ['banner.svg 1200×300', 'shared.png 320×180', 'own.png 30×40']);
      for (const img of elements(page, 'img')) assert.ok(await exists(imageFile(dist, 'water/index.html', img.src)), `${img.src} is published`);
      const json = JSON.parse(await readFile(path.join(dist, 'water/campaign.json'), 'utf8'));
      assert.deepEqual({ width: json.banner.width, height: json.banner.height }, { width: 1200, height: 300 });
      assert.deepEqual(json.news.map((n: { imageWidth: number; imageHeight: number }) => [n.imageWidth, n.imageHeight]), [[320, 180], [30, 40]]);
      assert.deepEqual(await links(dist), []);
    },
  },
];

for (const hostile of CASES) test(`hostile files: ${hostile.name}`, () => runHostile(hostile));
