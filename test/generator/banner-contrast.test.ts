/**
 * Banner text is checked at build time against the real banner under its overlay: a pale banner without
 * enough overlay stops the build at the overlay's line, with the ratio found and an overlay that passes;
 * that overlay then builds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { runBuild, SITE_YAML, tempDir, writeTree } from '../support/build.js';
import { VALID_CAMPAIGN } from '../support/hostile.js';

/** A pale sky with a white snowfield along the bottom, where the banner's text sits. */
const PALE_BANNER = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="400" viewBox="0 0 1200 400">
<rect width="1200" height="400" fill="#cfe3f2"/><path d="M0 260 L300 120 L600 250 L900 100 L1200 240 V400 H0 Z" fill="#f4f8fb"/>
</svg>`;

async function build(overlay: string) {
  const campaigns = await tempDir('banner-contrast');
  await writeTree(campaigns, {
    'site.yaml': SITE_YAML,
    'snow-day/campaign.yaml': `${VALID_CAMPAIGN}banner:\n  image: assets/banner.svg\n  overlay: "${overlay}"\n`,
    'snow-day/assets/banner.svg': PALE_BANNER,
  });
  return runBuild(path.join(await tempDir('banner-contrast-dist'), 'dist'), { campaigns });
}

test('a pale banner under a light overlay stops the build at the overlay, with the ratio and an overlay that passes; that overlay builds', async () => {
  const failed = await build('#00000020');
  assert.equal(failed.code, 1);
  const line = failed.stderr.split('\n').find((l) => l.includes('banner.overlay'));
  assert.match(line ?? '', /snow-day\/campaign\.yaml:\d+:\d+ banner\.overlay: expected white banner text to have a contrast of at least 4\.5:1 over assets\/banner\.svg under its overlay #00000020, got (\d\.\d\d):1 where the text sits \(its brightest 5%\); darken the overlay, for example overlay: "(#000000[0-9a-f]{2})"/);
  const [, ratio, suggested] = /got (\d\.\d\d):1.*overlay: "(#[0-9a-f]{8})"/.exec(line!)!;
  assert.ok(Number(ratio) < 2, `white on a snowfield is far too faint: ${ratio}`);
  const fixed = await build(suggested);
  assert.equal(fixed.code, 0, fixed.stderr);
});
