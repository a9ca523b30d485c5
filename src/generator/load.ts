/**
 * Reads every campaign under `campaigns/`: parse with positions, validate with the schema, normalise.
 * The one place the build reads campaign files. Every problem in every file is collected, so a team
 * sees all of them at once.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { campaignSchema, siteSchema, type NewsItemConfig, type SiteConfig } from '../campaign/schema.js';
import { normaliseCampaign, type FieldPath } from '../campaign/normalise.js';
import type { Campaign } from '../campaign/model.js';
import { explainIssues, fieldName, type ConfigError, type Located } from './errors.js';
import { checkImages, imageReferences, withImageSizes, type PublishedImage } from './assets.js';

export const SITE_FILE = 'site.yaml';
const CONFIG_NAMES = ['campaign.yaml', 'campaign.yml', 'campaign.json'];
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface LoadResult {
  site?: SiteConfig;
  campaigns: Campaign[];
  errors: ConfigError[];
  /** Allowed but probably mistakes; the build prints them, and fails on them under `--mode strict`. */
  warnings: ConfigError[];
  /** Files read, for the dev server to watch. */
  files: string[];
  /** The config file of each campaign, as shown in errors, by slug. */
  sources: Record<string, string>;
  /** Every image the pages show, checked, with where each is published: all the build copies from the campaigns. */
  images: PublishedImage[];
}

interface ParsedFile {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

/**
 * Loads `site.yaml` and every `<slug>/campaign.yaml` below `root`. `now` (epoch ms) chooses the
 * occurrence of yearly events. `display` turns absolute paths into the paths shown in errors.
 */
export async function loadCampaigns(root: string, now: number, display = (file: string) => path.relative(process.cwd(), file)): Promise<LoadResult> {
  const errors: ConfigError[] = [];
  const warnings: ConfigError[] = [];
  const files: string[] = [];
  const sources: Record<string, string> = {};
  const images: PublishedImage[] = [];
  const at = (parsed: ParsedFile | undefined, file: string, located: Located): ConfigError => {
    const { line, column } = parsed ? position(parsed, located.path, located.atKey) : { line: 1, column: 1 };
    return { file: display(file), line, column, field: fieldName(located.path), message: located.message };
  };

  const sitePath = path.join(root, SITE_FILE);
  let site: SiteConfig | undefined;
  let siteParsed: ParsedFile | undefined;
  const sharedNews = new Map<string, NewsItemConfig>();
  const siteSource = await readFile(sitePath, 'utf8').catch(() => undefined);
  if (siteSource === undefined) {
    errors.push({ file: display(sitePath), line: 1, column: 1, field: '', message: 'expected the site file with url and name, got no file; create it (see README, "Site settings")' });
  } else {
    files.push(sitePath);
    const parsed = parse(sitePath, siteSource, errors, display);
    siteParsed = parsed;
    if (parsed) {
      const result = validate(siteSchema, parsed.doc.toJS());
      if (result.ok) {
        site = result.value;
        site.news?.forEach((item, i) => {
          if (sharedNews.has(item.id)) errors.push(at(parsed, sitePath, { path: ['news', i, 'id'], message: `expected a unique id, got "${item.id}" again` }));
          sharedNews.set(item.id, item);
        });
      } else {
        errors.push(...result.problems.map((p) => at(parsed, sitePath, p)));
      }
    }
  }

  const campaigns: Campaign[] = [];
  const entries = (await readdir(root, { withFileTypes: true })).filter((e) => e.isDirectory() && !e.name.startsWith('.'));
  entries.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  for (const entry of entries) {
    const dir = path.join(root, entry.name);
    const present = (await readdir(dir)).filter((name) => CONFIG_NAMES.includes(name));
    if (present.length !== 1) {
      const message = present.length === 0
        ? `expected a campaign.yaml in this folder, got none; run npm run new -- ${entry.name}, or remove the folder`
        : `expected one config file, got ${present.join(' and ')}; keep one`;
      errors.push({ file: display(dir), line: 1, column: 1, field: '', message });
      continue;
    }
    const file = path.join(dir, present[0]);
    files.push(file);
    sources[entry.name] = display(file);
    if (!SLUG.test(entry.name)) {
      errors.push({ file: display(file), line: 1, column: 1, field: '', message: `expected the folder name to be a slug in lowercase kebab-case like water-conference-2023, got "${entry.name}"; rename the folder` });
      continue;
    }
    const parsed = parse(file, await readFile(file, 'utf8'), errors, display);
    if (!parsed) continue;
    const result = validate(campaignSchema, parsed.doc.toJS());
    if (!result.ok) {
      errors.push(...result.problems.map((p) => at(parsed, file, p)));
      continue;
    }
    const normalised = normaliseCampaign({ slug: entry.name, config: result.value, sharedNews, now });
    const { campaign } = normalised;
    errors.push(...normalised.problems.map((p) => at(parsed, file, p)));
    warnings.push(...normalised.warnings.map((p) => at(parsed, file, p)));
    if (!campaign) continue;
    const checked = await checkImages(dir, imageReferences(result.value, site?.news), display);
    errors.push(...checked.problems.map(({ file: where, ...problem }) => (where === 'site' ? at(siteParsed, sitePath, problem) : at(parsed, file, problem))));
    images.push(...checked.images);
    campaigns.push(withImageSizes(campaign, checked.images));
  }
  return { site, campaigns: errors.length ? [] : campaigns, errors, warnings, files, sources, images: errors.length ? [] : images };
}

function parse(file: string, source: string, errors: ConfigError[], display: (f: string) => string): ParsedFile | undefined {
  const lines = new LineCounter();
  if (file.endsWith('.json')) {
    // JSON is read as YAML for positions, but YAML forgives what JSON does not (trailing commas, comments).
    const jsonError = jsonSyntaxError(source);
    if (jsonError) {
      errors.push({ file: display(file), ...jsonError, field: '' });
      return undefined;
    }
  }
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
  if (doc.errors.length === 0) return { file, doc, lines };
  for (const error of doc.errors) {
    const { line, col } = lines.linePos(error.pos[0]);
    const message = error.code === 'DUPLICATE_KEY'
      ? `expected each key once, got a duplicate key ${describeKeyAt(source, error.pos[0])}; remove or rename one`
      : `expected valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}, got a syntax error: ${error.message.split('\n')[0]}`;
    errors.push({ file: display(file), line, column: col, field: '', message });
  }
  return undefined;
}

/** The first JSON syntax error, with its line and column, or undefined for valid JSON. */
function jsonSyntaxError(source: string): { line: number; column: number; message: string } | undefined {
  try {
    JSON.parse(source);
    return undefined;
  } catch (error) {
    const text = (error as Error).message;
    const offset = Number(/position (\d+)/.exec(text)?.[1] ?? 0);
    const before = source.slice(0, offset).split('\n');
    return {
      line: before.length,
      column: before[before.length - 1].length + 1,
      message: `expected valid JSON, got a syntax error: ${text.replace(/ in JSON at position \d+.*$/s, '')}`,
    };
  }
}

function describeKeyAt(source: string, offset: number): string {
  const key = /^["']?([^"':\n]+)/.exec(source.slice(offset))?.[1]?.trim();
  return key ? `"${key}"` : '';
}

type Validated<T> = { ok: true; value: T } | { ok: false; problems: Located[] };

function validate<S extends z.ZodType>(schema: S, data: unknown): Validated<z.infer<S>> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: explainIssues(result.error.issues, (p) => knownKeys(schema, p)) };
}

/** The field names a schema allows at a path, for "did you mean". */
export function knownKeys(schema: z.ZodType, fieldPath: FieldPath): string[] {
  let nodes: z.core.$ZodType[] = [schema];
  for (const seg of [...fieldPath, null]) {
    const next: z.core.$ZodType[] = [];
    for (let node of nodes) {
      for (;;) {
        const def = node._zod.def as unknown as Record<string, unknown> & { type: string };
        if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') node = def.innerType as z.core.$ZodType;
        else break;
      }
      const def = node._zod.def as unknown as Record<string, unknown> & { type: string };
      if (def.type === 'union') {
        nodes.push(...(def.options as z.core.$ZodType[]));
        continue;
      }
      if (seg === null) {
        if (def.type === 'object') return Object.keys(def.shape as object);
        continue;
      }
      if (def.type === 'object') {
        const child = (def.shape as Record<string, z.core.$ZodType>)[String(seg)];
        if (child) next.push(child);
      } else if (def.type === 'array') next.push(def.element as z.core.$ZodType);
      else if (def.type === 'record') next.push(def.valueType as z.core.$ZodType);
    }
    nodes = next;
  }
  return [];
}

/** Line and column of the value (or key) at a field path, or of the nearest parent that exists. */
function position(parsed: ParsedFile, fieldPath: FieldPath, atKey = false): { line: number; column: number } {
  let node: unknown = parsed.doc.contents;
  let offset = (node as YamlNode | null)?.range?.[0] ?? 0;
  for (const seg of fieldPath) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === String(seg));
      if (!pair) break;
      const keyNode = pair.key as YamlNode;
      offset = keyNode?.range?.[0] ?? offset;
      if (seg === fieldPath[fieldPath.length - 1] && atKey) break;
      node = pair.value;
      if ((node as YamlNode | null)?.range) offset = (node as YamlNode).range![0];
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
      node = node.items[seg];
      offset = (node as YamlNode).range?.[0] ?? offset;
    } else break;
  }
  const { line, col } = parsed.lines.linePos(offset);
  return { line, column: col };
}
