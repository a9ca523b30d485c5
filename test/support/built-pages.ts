/**
 * Every page of a real `vite build`, read with a real HTML parser, for tests that check what each page
 * says about itself (structured data, social cards, validity). `useBuiltPages()` builds the shipped
 * campaigns, or a fixture campaigns folder, once before a test file's tests.
 */
import { before } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'parse5';
import type { Campaign } from '../../src/campaign/model.js';
import { LOCALES } from '../../src/campaign/locales.js';
import { runBuild, tempDir } from './build.js';
import { writeEntries, type Entry } from './hostile.js';

export type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string; content?: Node };

export interface BuiltPage {
  /** Path below `dist/`, like `csw67/fr/index.html`. */
  file: string;
  html: string;
  document: Node;
}

export interface BuiltPages {
  dist: string;
  pages: BuiltPage[];
  /** The campaign a page belongs to (its `campaign.json`), or undefined for the directory. */
  campaignOf(page: BuiltPage): Promise<Campaign | undefined>;
}

/** Every element named `name` below `node`, template contents (declarative shadow roots) included. */
export function elements(node: Node, name: string): Node[] {
  const found: Node[] = [];
  const walk = (n: Node) => {
    if (n.nodeName === name) found.push(n);
    for (const child of [...(n.childNodes ?? []), ...(n.content ? [n.content] : [])]) walk(child);
  };
  walk(node);
  return found;
}

export const attr = (node: Node, name: string): string | undefined => node.attrs?.find((a) => a.name === name)?.value;

export const textOf = (node: Node): string => (node.childNodes ?? []).map((c) => c.value ?? textOf(c)).join('');

/** The JSON-LD blocks of a page, parsed. */
export function jsonLdOf(page: BuiltPage): Record<string, unknown>[] {
  return elements(page.document, 'script')
    .filter((s) => attr(s, 'type') === 'application/ld+json')
    .map((s) => JSON.parse(textOf(s)) as Record<string, unknown>);
}

/** Builds the shipped campaigns (no `campaigns`) or the given campaigns folder, once, before the file's tests. */
export function useBuiltPages(campaigns?: Record<string, Entry>): BuiltPages {
  const built = { pages: [] as BuiltPage[] } as BuiltPages;
  const data = new Map<string, Promise<Campaign>>();
  built.campaignOf = (page) => {
    const slug = page.file.split('/')[0];
    if (slug === 'index.html' || (LOCALES as readonly string[]).includes(slug)) return Promise.resolve(undefined);
    if (!data.has(slug)) data.set(slug, readFile(path.join(built.dist, slug, 'campaign.json'), 'utf8').then((text) => JSON.parse(text) as Campaign));
    return data.get(slug)!;
  };
  before(async () => {
    let folder: string | undefined;
    if (campaigns) {
      folder = await tempDir('pages-campaigns');
      await writeEntries(folder, campaigns);
    }
    built.dist = path.join(await tempDir('pages'), 'dist');
    const run = await runBuild(built.dist, { campaigns: folder });
    assert.equal(run.code, 0, run.stderr);
    const files = (await readdir(built.dist, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
    for (const file of files) {
      const html = await readFile(path.join(built.dist, file), 'utf8');
      built.pages.push({ file: file.split(path.sep).join('/'), html, document: parse(html) as unknown as Node });
    }
  });
  return built;
}
