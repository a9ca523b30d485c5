/**
 * Every built page is valid HTML by html-validate's recommended rules (`.htmlvalidate.mjs` says which are
 * off, and why), on the shipped campaigns and on fixtures. Beyond those rules: no legacy `shadowroot`
 * attribute, no `part` outside a shadow root, every named section named by a heading that exists, and
 * every page in the sitemap.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { attr, elements, textOf, useBuiltPages, type BuiltPages, type Node } from '../support/built-pages.js';
import { FINDABLE_CAMPAIGNS } from '../support/findable-campaigns.js';

// The project's own config, found from each page's path as if it were in the project's dist/.
const validator = new HtmlValidate(new FileSystemConfigLoader());

/** Every element outside template contents (the light DOM) and inside them (shadow roots), separately. */
function split(document: Node): { light: Node[]; shadow: Node[] } {
  const light: Node[] = [];
  const shadow: Node[] = [];
  const walk = (node: Node, inShadow: boolean) => {
    if (node.attrs) (inShadow ? shadow : light).push(node);
    for (const child of node.childNodes ?? []) walk(child, inShadow);
    if (node.content) walk(node.content, true);
  };
  walk(document, false);
  return { light, shadow };
}

function checkEveryPage(built: BuiltPages): void {
  test('html-validate finds no error on any page', async () => {
    assert.ok(built.pages.length > 0);
    const problems: string[] = [];
    for (const page of built.pages) {
      const report = await validator.validateString(page.html, path.resolve('dist', page.file));
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`dist/${page.file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    assert.deepEqual(problems, [], `fix the page template, or turn the rule off in .htmlvalidate.mjs with the reason:\n${problems.join('\n')}`);
  });

  test('no legacy shadowroot attribute and no part outside a shadow root', () => {
    for (const page of built.pages) {
      const { light } = split(page.document);
      const templates = elements(page.document, 'template');
      assert.ok(templates.every((t) => attr(t, 'shadowroot') === undefined), `${page.file}: a template with the legacy shadowroot attribute`);
      const parts = light.filter((n) => attr(n, 'part') !== undefined).map((n) => `<${n.nodeName} part="${attr(n, 'part')}">`);
      assert.deepEqual(parts, [], `${page.file}: parts in the light DOM`);
      assert.doesNotMatch(page.html, /<\?>/, `${page.file}: Lit's <?> marker`);
    }
  });

  test('every element named by aria-labelledby can be named, and its heading exists and has text', () => {
    for (const page of built.pages) {
      const { light } = split(page.document);
      const ids = new Map(light.flatMap((n) => (attr(n, 'id') ? [[attr(n, 'id')!, n] as [string, Node]] : [])));
      for (const node of light.filter((n) => attr(n, 'aria-labelledby'))) {
        assert.ok(!node.nodeName.includes('-') || attr(node, 'role'), `${page.file}: <${node.nodeName} aria-labelledby> has no role, so it names nothing`);
        for (const id of attr(node, 'aria-labelledby')!.split(/\s+/)) {
          assert.ok(ids.has(id) && textOf(ids.get(id)!).trim(), `${page.file}: aria-labelledby="${id}" names nothing`);
        }
      }
    }
  });

  test('every page is in the sitemap, embed kits included', async () => {
    const sitemap = await readFile(path.join(built.dist, 'sitemap.xml'), 'utf8');
    const locs = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname));
    for (const page of built.pages) {
      const robots = elements(page.document, 'meta').find((m) => attr(m, 'name') === 'robots');
      assert.ok(locs.has(`/${page.file.replace(/index\.html$/, '')}`) || attr(robots!, 'content')?.includes('noindex'), `${page.file}: neither in the sitemap nor noindex`);
    }
  });
}

describe('the shipped campaigns', () => {
  const built = useBuiltPages();
  checkEveryPage(built);

  test('the News section is a region named by its heading', () => {
    const page = built.pages.find((p) => p.file === 'csw67/ar/index.html')!;
    const news = elements(page.document, 'summit-news')[0];
    const section = elements(page.document, 'section').find((s) => elements(s, 'summit-news').includes(news))!;
    const heading = elements(page.document, 'h2').find((h) => attr(h, 'id') === attr(section, 'aria-labelledby'))!;
    assert.equal(textOf(heading), 'الأخبار');
  });
});

describe('fixture campaigns', () => {
  checkEveryPage(useBuiltPages(FINDABLE_CAMPAIGNS));
});
