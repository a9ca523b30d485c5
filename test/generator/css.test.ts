import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { minifyCss, minifyCssTemplates, minifyStyleElements } from '../../src/generator/css.js';
import { COMPONENT_STYLES } from '../../src/generator/vite-plugin.js';
import { themeTokens } from '../../src/generator/page-styles.js';

test('CSS loses comments and needless spaces, and keeps what selectors and values need', () => {
  const css = `
    /* The clock */
    :host([state='ended']) .clock ,
    .a > .b {
      font-family: 'Segoe UI', sans-serif;
      inline-size: calc(100% - 2rem);
      content: '';
    }
    @media (min-width: 40rem) and (scripting: none) {
      .base:not([data-ready]) .units { visibility: hidden; }
    }`;
  assert.equal(
    minifyCss(css),
    ":host([state='ended']) .clock,.a>.b{font-family:'Segoe UI',sans-serif;inline-size:calc(100% - 2rem);content:''}" +
      '@media (min-width:40rem) and (scripting:none){.base:not([data-ready]) .units{visibility:hidden}}',
  );
});

test('minifies css`…` templates in modules and <style> elements in pages, and nothing else', () => {
  assert.equal(minifyCssTemplates('const a = css`\n  .x { color: red; }\n`; const b = html`<p> x </p>`;'), 'const a = css`.x{color:red}`; const b = html`<p> x </p>`;');
  assert.equal(minifyStyleElements('<p> a  b </p><style> .x { color: red; } </style>'), '<p> a  b </p><style>.x{color:red}</style>');
});

test('the build minifies every component module that holds css`…` templates, the shared tokens among them', async () => {
  const files = (await readdir('src/components', { recursive: true })).map(String).filter((file) => file.endsWith('.ts'));
  const withCss = [];
  for (const file of files) if ((await readFile(path.join('src/components', file), 'utf8')).includes('css`')) withCss.push(file);
  assert.ok(withCss.includes(path.join('shared', 'tokens.ts')), `found ${withCss.join(', ')}`);
  for (const file of withCss) assert.ok(COMPONENT_STYLES.test(path.resolve('src/components', file)), `${file} is minified`);
  assert.ok(!COMPONENT_STYLES.test(path.resolve('src/components/countdown/countdown.ts')), 'an element module is left as it is');
});

test('a campaign\'s colour tokens follow its own colours and overlay, whichever campaign asked before it', () => {
  const green = { accent: '#1b5e20', text: '#1a1a1a', background: '#ffffff' };
  const blue = { ...green, accent: '#0b4f8a' };
  const overlaid = themeTokens(green, { overlay: 'rgba(0, 0, 0, 0.55)' });
  const plain = themeTokens(green, {});
  assert.match(overlaid, /--summit-banner-overlay:rgba\(0, 0, 0, 0\.55\)/);
  assert.doesNotMatch(plain, /--summit-banner-overlay/);
  const other = themeTokens(blue, {});
  assert.match(other, /^:root\{--summit-color-accent:#0b4f8a;/);
  assert.doesNotMatch(other, /#1b5e20/);
  assert.match(themeTokens(green, {}), /^:root\{--summit-color-accent:#1b5e20;/);
  assert.equal(themeTokens(green, { overlay: 'rgba(0, 0, 0, 0.55)' }), overlaid);
});
