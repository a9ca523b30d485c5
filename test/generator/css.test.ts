import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss, minifyCssTemplates, minifyStyleElements } from '../../src/generator/css.js';

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
