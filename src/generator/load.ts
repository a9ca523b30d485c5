/**
 * Reads every campaign under `campaigns/`: parse with positions, validate with the schema, normalise.
 * The one place the build reads campaign files. Every problem in every file is collected, so a team
 * sees all of them at once.
 */
import { lstat, readFile, readdir, readlink } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
import { parse as parseJson, printParseErrorCode, type ParseError, type ParseErrorCode } from 'jsonc-parser';
import type { z } from 'zod';
import { campaignSchema, siteSchema, SITE_IMAGES_FOLDER, type CampaignConfig, type NewsItemConfig, type SiteConfig } from '../campaign/schema.js';
import { homeImages, normaliseHome, type Home } from '../campaign/home.js';
import { DEFAULT_COLORS, normaliseCampaign, type FieldPath } from '../campaign/normalise.js';
import type { Campaign } from '../campaign/model.js';
import { bannerTextContrast, overlayThatPasses } from './banner-contrast.js';
import { MIN_CONTRAST } from './social-image.js';
import { describe, explainIssues, fieldName, type ConfigError, type Located } from './errors.js';
import { isCardImage, siteFolder, SLUG } from './paths.js';
import { yamlProblems } from './yaml-errors.js';
import { checkDownloads, checkImages, downloadReferences, imageReferences, withDownloadSizes, withImageSizes, type PublishedDownload, type PublishedImage } from './assets.js';

export const SITE_FILE = 'site.yaml';
const CONFIG_NAMES = ['campaign.yaml', 'campaign.yml', 'campaign.json'];

export interface LoadResult {
  site?: SiteConfig;
  /** The front page's stories, tiles and video, when `site.yaml` is valid. */
  home?: Home;
  campaigns: Campaign[];
  errors: ConfigError[];
  /** Allowed but probably mistakes; the build prints them, and fails on them under `--mode strict`. */
  warnings: ConfigError[];
  /** Files read, for the dev server to watch. */
  files: string[];
  /** The config file of each campaign, as shown in errors, by slug. */
  sources: Record<string, string>;
  /** Every image the pages show, checked, with where each is published. */
  images: PublishedImage[];
  /** Every file of a campaign folder the pages offer for download, checked, with where each is published. */
  downloads: PublishedDownload[];
}

/** What loading one campaign folder added to the result, replayed while nothing in the folder changes. */
interface FolderLoad {
  /** The config file's name, time and size when it was read: a save the watcher has not reported yet shows here. */
  stamp: string;
  errors: ConfigError[];
  warnings: ConfigError[];
  files: string[];
  source?: string;
  campaigns: Campaign[];
  images: PublishedImage[];
  downloads: PublishedDownload[];
}

/**
 * The dev server's memory of campaign folders already loaded, so a save reloads one folder, not all of
 * them. It forgets a folder when `forget` names a file in it, and everything when `site.yaml` or the day
 * changes (shared news, and the warnings that depend on the date).
 */
export class LoadCache {
  readonly folders = new Map<string, FolderLoad>();
  key = '';
  /** The warnings the dev server printed last, so it prints each change once. */
  printedWarnings = '';

  /** Forgets what a changed file may affect: its campaign folder, or everything for a file outside one. */
  forget(root: string, file: string): void {
    const [slug, ...rest] = path.relative(root, file).split(path.sep);
    if (rest.length > 0 && !slug.startsWith('..')) this.folders.delete(slug);
    else this.folders.clear();
  }
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
export async function loadCampaigns(root: string, now: number, display = (file: string) => path.relative(process.cwd(), file), cache?: LoadCache): Promise<LoadResult> {
  const errors: ConfigError[] = [];
  const warnings: ConfigError[] = [];
  const files: string[] = [];
  const sources: Record<string, string> = {};
  const published: PublishedImage[] = [];
  const downloaded: PublishedDownload[] = [];
  const at = (parsed: ParsedFile | undefined, file: string, located: Located): ConfigError => {
    const { line, column, comment } = parsed ? position(parsed, located.path, located.atKey) : { line: 1, column: 1 };
    return { file: display(file), line, column, field: fieldName(located.path), message: `${located.message}${commentHint(located, comment)}` };
  };

  const sitePath = path.join(root, SITE_FILE);
  let site: SiteConfig | undefined;
  let siteParsed: ParsedFile | undefined;
  const sharedNews = new Map<string, NewsItemConfig>();
  const siteExists = await lstat(sitePath).then(() => true, () => false);
  const siteSource = siteExists ? await readConfig(sitePath, errors, display) : undefined;
  if (!siteExists) {
    errors.push({ file: display(sitePath), line: 1, column: 1, field: '', message: 'expected the site file with url and name, got no file; create it (see README, "Site settings")' });
  } else if (siteSource !== undefined) {
    files.push(sitePath);
    const parsed = parse(sitePath, siteSource, errors, display);
    siteParsed = parsed;
    const data = parsed && toData(parsed, errors, display);
    if (parsed && data) {
      const result = validate(siteSchema, data.data);
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
  const folders = (await readdir(root, { withFileTypes: true })).filter((e) => (e.isDirectory() || e.isSymbolicLink()) && !e.name.startsWith('.'));
  // The site's own images have a folder beside the campaigns: never a campaign, whatever it holds.
  const entries = folders.filter((e) => e.name !== SITE_IMAGES_FOLDER);
  entries.sort((a, b) => a.name.localeCompare(b.name, 'en'));

  /** One campaign folder: every check that can run does, and its errors join the others. */
  const loadOne = async (slug: string, dir: string): Promise<void> => {
    const fail = (where: string, message: string) => errors.push({ file: display(where), line: 1, column: 1, field: '', message });
    if ((await lstat(dir)).isSymbolicLink()) return void fail(dir, `expected a campaign folder, got a symbolic link to ${await readlink(dir)}; move the campaign's files into campaigns/${slug}`);
    const present = (await readdir(dir)).filter((name) => CONFIG_NAMES.includes(name));
    if (present.length !== 1) {
      return void fail(dir, present.length === 0
        ? `expected a campaign.yaml in this folder, got none; run npm run new -- ${slug}, or remove the folder`
        : `expected one config file, got ${present.join(' and ')}; keep one`);
    }
    const file = path.join(dir, present[0]);
    files.push(file);
    sources[slug] = display(file);
    if (!SLUG.test(slug)) return void fail(file, `expected the folder name to be a slug in lowercase kebab-case like water-conference-2023, got ${describe(slug)}; rename the folder`);
    const siteOwn = siteFolder(slug);
    if (siteOwn) return void fail(file, `expected a folder name the site does not use itself, got ${describe(slug)}: dist/${slug}/ holds ${siteOwn}, and this campaign's pages would be written into it; rename the folder (its name is the campaign's URL)`);
    const kind = await lstat(file);
    if (!kind.isFile()) return void fail(file, `expected a regular file, got ${kind.isSymbolicLink() ? `a symbolic link to ${await readlink(file)}` : 'something else'}; put the config itself here`);
    const source = await readConfig(file, errors, display);
    const parsed = source === undefined ? undefined : parse(file, source, errors, display);
    const data = parsed && toData(parsed, errors, display);
    if (!parsed || !data) return;
    const result = validate(campaignSchema, data.data);
    if (!result.ok) errors.push(...result.problems.map((p) => at(parsed, file, p)));
    // After schema errors, the parts that did validate still get the later checks (times, news ids, images).
    const checked = result.ok ? { config: result.value, original: (p: FieldPath) => p } : repaired(data.data, result.problems);
    if (!checked) return;
    const normalised = normaliseCampaign({ slug, config: checked.config, sharedNews, now });
    const keep = (list: Located[]) => list.flatMap((p) => {
      const original = checked.original(p.path);
      return original ? [at(parsed, file, { ...p, path: original })] : [];
    });
    errors.push(...keep(normalised.problems));
    warnings.push(...keep(normalised.warnings));
    const images = await checkImages(dir, imageReferences(checked.config, site?.news), display, (image) => (isCardImage(image) ? "the page's card image for social networks" : undefined));
    for (const { file: where, ...problem } of images.problems) {
      if (where === 'site') errors.push(at(siteParsed, sitePath, problem));
      else {
        const original = checked.original(problem.path);
        if (original) errors.push(at(parsed, file, { ...problem, path: original }));
      }
    }
    for (const problem of await bannerProblems(checked.config, images.images)) {
      const original = checked.original(problem.path);
      if (original) errors.push(at(parsed, file, { ...problem, path: original }));
    }
    const downloads = await checkDownloads(dir, downloadReferences(checked.config), display);
    for (const problem of downloads.problems) {
      const original = checked.original(problem.path);
      if (original) errors.push(at(parsed, file, { ...problem, path: original }));
    }
    if (!normalised.campaign || !result.ok) return;
    published.push(...images.images);
    downloaded.push(...downloads.downloads);
    campaigns.push(withDownloadSizes(withImageSizes(normalised.campaign, images.images), downloads.downloads));
  };

  const key = `${new Date(now).toISOString().slice(0, 10)}\n${siteSource ?? ''}`;
  if (cache && cache.key !== key) {
    cache.folders.clear();
    cache.key = key;
  }
  for (const entry of entries) {
    const dir = path.join(root, entry.name);
    const stamp = cache ? await folderStamp(dir) : '';
    const remembered = cache?.folders.get(entry.name);
    if (remembered && remembered.stamp === stamp) {
      errors.push(...remembered.errors);
      warnings.push(...remembered.warnings);
      files.push(...remembered.files);
      if (remembered.source) sources[entry.name] = remembered.source;
      campaigns.push(...remembered.campaigns);
      published.push(...remembered.images);
      downloaded.push(...remembered.downloads);
      continue;
    }
    const before = { errors: errors.length, warnings: warnings.length, files: files.length, campaigns: campaigns.length, images: published.length, downloads: downloaded.length };
    await loadOne(entry.name, dir).catch((error: unknown) => {
      // A file Summit cannot read must not hide the errors of every other campaign.
      errors.push({ file: display(dir), line: 1, column: 1, field: '', message: `expected a readable campaign folder, got ${(error as Error).message}` });
    });
    cache?.folders.set(entry.name, {
      stamp,
      errors: errors.slice(before.errors),
      warnings: warnings.slice(before.warnings),
      files: files.slice(before.files),
      source: sources[entry.name],
      campaigns: campaigns.slice(before.campaigns),
      images: published.slice(before.images),
      downloads: downloaded.slice(before.downloads),
    });
  }
  const home = site && siteParsed ? await loadHome(root, site, entries.map((e) => e.name), display) : undefined;
  if (home) {
    errors.push(...home.problems.map((p) => at(siteParsed, sitePath, p)));
    published.push(...home.images);
  }
  return { site, home: home?.home, campaigns: errors.length ? [] : campaigns, errors, warnings, files, sources, images: errors.length ? [] : published, downloads: errors.length ? [] : downloaded };
}

/**
 * The front page's content from `site.yaml`, with its images read from `campaigns/site/` by the same checks as
 * a campaign's (regular files only, sniffed, within limits) and published to `site/`. The folder is reserved:
 * a campaign config in it is an error rather than a campaign that silently never appears.
 */
async function loadHome(root: string, site: SiteConfig, slugs: string[], display: (file: string) => string): Promise<{ home: Home; images: PublishedImage[]; problems: Located[] }> {
  const dir = path.join(root, SITE_IMAGES_FOLDER);
  const problems: Located[] = [];
  const stats = await lstat(dir).catch(() => undefined);
  const references = homeImages(site).map(({ path: fieldPath, image }) => ({ file: 'site' as const, path: fieldPath, image }));
  if (stats?.isSymbolicLink()) {
    const message = `expected the folder ${display(dir)} for the site's images, got a symbolic link to ${await readlink(dir)}; put the images themselves there`;
    problems.push(...references.map((r) => ({ path: r.path, message })));
    return { ...normaliseHome(site, slugs, new Map()), images: [], problems };
  }
  const configs = stats?.isDirectory() ? (await readdir(dir)).filter((name) => CONFIG_NAMES.includes(name)) : [];
  if (configs.length > 0) {
    problems.push({ path: [], message: `expected only the site's images in ${display(dir)}, got ${configs.join(' and ')}: the folder name "${SITE_IMAGES_FOLDER}" is reserved; move the campaign to a folder with another name` });
  }
  const checked = await checkImages(dir, references, display);
  problems.push(...checked.problems);
  const { home, problems: homeProblems } = normaliseHome(site, slugs, new Map(checked.images.map((i) => [i.image, i])));
  problems.push(...homeProblems);
  return { home, images: checked.images, problems };
}

/**
 * Banner text is white over the banner's image under its overlay: each banner (the campaign's and each
 * edition's own) must give it 4.5:1 where the text sits, measured on the real image. An error names the
 * ratio found and an overlay that would pass.
 */
async function bannerProblems(config: CampaignConfig, images: readonly PublishedImage[]): Promise<Located[]> {
  const color = config.colors?.accent ?? DEFAULT_COLORS.accent;
  const banners: { at: FieldPath; image?: string; overlay?: string }[] = [
    { at: ['banner'], image: config.banner?.image, overlay: config.banner?.overlay },
    ...Object.entries(config.editions ?? {}).map(([year, edition]) => ({
      at: ['editions', year, 'banner'],
      image: edition.banner?.image,
      overlay: edition.banner?.overlay ?? config.banner?.overlay,
    })),
  ];
  const problems: Located[] = [];
  for (const { at, image, overlay } of banners) {
    const published = image && images.find((candidate) => candidate.image === image);
    if (!published) continue;
    const background = { image: published, overlay, color };
    const ratio = await bannerTextContrast(background);
    if (ratio >= MIN_CONTRAST) continue;
    const passing = await overlayThatPasses(background);
    const fix = passing ? `darken the overlay, for example overlay: "${passing}"` : 'choose a darker image';
    problems.push({
      path: [...at, overlay && at.length === 1 ? 'overlay' : 'image'],
      message: `expected white banner text to have a contrast of at least ${MIN_CONTRAST}:1 over ${image} under ${overlay ? `its overlay ${overlay}` : 'no overlay'}, got ${ratio.toFixed(2)}:1 where the text sits (its brightest 5%); ${fix}`,
    });
  }
  return problems;
}

/** The name, modification time and size of a folder's config files. */
async function folderStamp(dir: string): Promise<string> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => CONFIG_NAMES.includes(name));
  const stamps = await Promise.all(names.map((name) => lstat(path.join(dir, name)).then((s) => `${name}:${s.mtimeMs}:${s.size}`, () => name)));
  return stamps.join('|');
}

/** Fields every campaign has; when one is invalid, a stand-in lets the later checks run on the rest. */
const STAND_INS: Record<string, unknown> = { name: 'x', description: 'x', organiser: { name: 'x' }, 'time-zone': 'UTC' };

/**
 * A campaign with its invalid parts taken out, so the checks after the schema run on what remains.
 * A problem inside a list removes that item; any other removes its top-level field, or puts a stand-in
 * for a required one. `original` maps a path in the repaired config back to the file (undefined for a
 * stand-in or a field taken out, whose problems were reported already: a start the schema refused is not
 * also a missing start).
 */
function repaired(data: unknown, problems: Located[]): { config: CampaignConfig; original: (p: FieldPath) => FieldPath | undefined } | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const copy = structuredClone(data) as Record<string, unknown>;
  const removed = new Map<string, number[]>();
  const refused = new Set<string>();
  for (const { path: fieldPath } of problems) {
    const index = fieldPath.findIndex((seg) => typeof seg === 'number');
    if (index > 0) {
      const listPath = fieldPath.slice(0, index);
      const key = JSON.stringify(listPath);
      removed.set(key, [...(removed.get(key) ?? []), fieldPath[index] as number]);
    } else if (fieldPath.length > 0) {
      const key = String(fieldPath[0]);
      if (key in STAND_INS) copy[key] = STAND_INS[key];
      else delete copy[key];
      refused.add(key);
    }
  }
  for (const [key, indexes] of removed) {
    const listPath = JSON.parse(key) as FieldPath;
    let parent: unknown = copy;
    for (const seg of listPath) parent = (parent as Record<string, unknown> | undefined)?.[seg as string];
    if (Array.isArray(parent)) {
      const kept = parent.filter((_, i) => !indexes.includes(i));
      parent.splice(0, parent.length, ...kept);
    }
  }
  const result = campaignSchema.safeParse(copy);
  if (!result.success) return undefined;
  const original = (p: FieldPath): FieldPath | undefined => {
    if (refused.has(String(p[0]))) return undefined;
    const mapped = [...p];
    for (let i = 0; i < mapped.length; i++) {
      const gone = typeof mapped[i] === 'number' ? removed.get(JSON.stringify(mapped.slice(0, i))) : undefined;
      if (!gone) continue;
      // The n-th item kept is the n-th original index not removed.
      let n = mapped[i] as number;
      let at = 0;
      for (;; at++) if (!gone.includes(at) && n-- === 0) break;
      mapped[i] = at;
    }
    return mapped;
  };
  return { config: result.data, original };
}

/** Largest config file read, in bytes: many times the largest real campaign, far below what slows a build. */
export const MAX_CONFIG_BYTES = 1_000_000;
/** Alias references (`*name`) a file may expand; the limit that stops an "alias bomb". */
const MAX_ALIASES = 100;

/**
 * Reads a config file as text: at most MAX_CONFIG_BYTES, and UTF-8 (a byte order mark is dropped).
 * Anything else is an error at the file, or at the first byte that is not UTF-8.
 */
async function readConfig(file: string, errors: ConfigError[], display: (f: string) => string): Promise<string | undefined> {
  const bytes = await readFile(file);
  const fail = (line: number, column: number, message: string) => errors.push({ file: display(file), line, column, field: '', message });
  if (bytes.length > MAX_CONFIG_BYTES) {
    fail(1, 1, `expected a config file of at most ${megabytes(MAX_CONFIG_BYTES)}, got ${megabytes(bytes.length)}; shorten the text, or check that the right file is here`);
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lossy = bytes.toString('utf8');
    const { line, column } = lineColumn(lossy, lossy.indexOf('\ufffd'));
    fail(line, column, 'expected UTF-8 text, got bytes that are not UTF-8; save the file as UTF-8 in your editor');
    return undefined;
  }
}

/** 1-based line and column of an offset in a text. */
function lineColumn(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

function parse(file: string, source: string, errors: ConfigError[], display: (f: string) => string): ParsedFile | undefined {
  const lines = new LineCounter();
  const deep = tooDeep(source);
  if (deep !== undefined) {
    errors.push({ file: display(file), ...lineColumn(source, deep), field: '', message: `expected at most ${MAX_DEPTH} levels of brackets, got more; check the brackets` });
    return undefined;
  }
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
  for (const problem of yamlProblems(source, doc, lines, file.endsWith('.json') ? 'JSON' : 'YAML')) errors.push({ file: display(file), ...problem, field: '' });
  return undefined;
}

/** Bracket levels a config may nest: a campaign needs four or five; parsers need a stack for each. */
const MAX_DEPTH = 64;

/** The offset of the first bracket nested deeper than MAX_DEPTH, or undefined. */
function tooDeep(source: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return undefined;
}

/**
 * The parsed document as plain data, or an error at its first alias when its aliases expand beyond
 * MAX_ALIASES (a file built to exhaust memory).
 */
function toData(parsed: ParsedFile, errors: ConfigError[], display: (f: string) => string): { data: unknown } | undefined {
  try {
    return { data: parsed.doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    let offset = 0;
    visit(parsed.doc, {
      Alias(_, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const { line, col } = parsed.lines.linePos(offset);
    errors.push({ file: display(parsed.file), line, column: col, field: '', message: `expected at most ${MAX_ALIASES} uses of aliases (*name), got aliases that expand without end; write the values out` });
    return undefined;
  }
}

const JSON_EXPECTED: Partial<Record<ReturnType<typeof printParseErrorCode>, string>> = {
  InvalidSymbol: 'a value',
  InvalidNumberFormat: 'a number',
  PropertyNameExpected: 'a property name in double quotes',
  ValueExpected: 'a value',
  ColonExpected: 'a colon',
  CommaExpected: 'a comma',
  CloseBraceExpected: 'a closing }',
  CloseBracketExpected: 'a closing ]',
  EndOfFileExpected: 'the end of the file',
  InvalidCommentToken: 'no comments (JSON has none)',
  UnexpectedEndOfComment: 'no comments (JSON has none)',
  UnexpectedEndOfString: 'a closing double quote',
  UnexpectedEndOfNumber: 'a number',
  InvalidUnicode: 'a \\u escape with four hex digits',
  InvalidEscapeCharacter: 'a valid \\ escape',
  InvalidCharacter: 'no control characters inside a string',
};

/** The first JSON syntax error, with its line and column, or undefined for valid JSON. */
function jsonSyntaxError(source: string): { line: number; column: number; message: string } | undefined {
  const found: ParseError[] = [];
  try {
    parseJson(source, found, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch (error) {
    if (error instanceof RangeError) return { line: 1, column: 1, message: `expected at most ${MAX_DEPTH} levels of brackets, got more; check the brackets` };
    throw error;
  }
  const first = found[0];
  if (!first) return undefined;
  const token = source.slice(first.offset, first.offset + Math.max(first.length, 1));
  const got = token ? JSON.stringify(token) : 'the end of the file';
  return {
    ...lineColumn(source, first.offset),
    message: `expected valid JSON, got a syntax error: expected ${JSON_EXPECTED[printParseErrorCode(first.error as ParseErrorCode)] ?? 'valid JSON'} here, got ${got}`,
  };
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

/** For text left empty by a comment on its line (`fr: #Eau2027`): what YAML did, and the quotes that fix it. */
function commentHint(located: Located, comment: string | undefined): string {
  if (!comment || !located.message.startsWith('expected text') || !located.message.endsWith('got an empty value')) return '';
  const key = located.path[located.path.length - 1];
  const text = `#${comment.trim()}`;
  return `; a # after a space starts a comment, so YAML read "${text}" as one: put it in double quotes, ${typeof key === 'string' ? `${key}: ` : ''}"${text}"`;
}

/**
 * Line and column of the value (or key) at a field path, or of the nearest parent that exists; and, for an
 * empty value with a comment on its line (`name: #WaterDay`), that comment, which was probably the value.
 */
function position(parsed: ParsedFile, fieldPath: FieldPath, atKey = false): { line: number; column: number; comment?: string } {
  let node: unknown = parsed.doc.contents;
  let offset = (node as YamlNode | null)?.range?.[0] ?? 0;
  let walked = 0;
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
    walked++;
  }
  const { line, col } = parsed.lines.linePos(offset);
  const comment = walked === fieldPath.length && !atKey && isScalar(node) && node.value === null ? node.comment : undefined;
  return { line, column: col, ...(comment && { comment }) };
}
