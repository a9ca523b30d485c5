/**
 * `npm run new -- <slug>`: scaffolds `campaigns/<slug>/campaign.yaml`, a campaign that builds at once,
 * with every field a team usually needs written out and commented. The scaffold is checked by the build's
 * own loader before it is put in place, and the folder appears whole, in one rename, or not at all.
 */
import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCampaigns } from './load.js';
import { formatError } from './errors.js';
import { siteFolder, SLUG } from './paths.js';

const CAMPAIGNS = 'campaigns';
const CONFIG_FILE = 'campaign.yaml';

/** A YAML string: JSON's double-quoted strings are YAML's, so a title like 2027, Null or Yes stays text. */
const text = (value: string) => JSON.stringify(value);

/** The scaffold: an event four weeks after `now`, in Rome, with the fields teams fill in first. */
export function scaffold(slug: string, now: number): string {
  const day = new Date(now + 28 * 86_400_000).toISOString().slice(0, 10);
  const title = slug.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
  return `# yaml-language-server: $schema=../campaign.schema.json
# ${title}: edit the text below, save, and the page in \`npm run dev\` reloads.
# Text can be one string (the default locale) or one entry per locale: { en: …, fr: …, ar: … }.

name:
  en: ${text(title)}
description:
  en: ${text('What the event is, who it is for, and why it matters. Two or three sentences.')}

default-locale: en
# locales: [en, fr, es, ar, zh, ru, it]   # the default is all seven

# Every time is in a named IANA zone, or "local" for the same wall-clock day everywhere.
time-zone: Europe/Rome
start: ${day}T10:00
end: ${day}T12:00
status: scheduled   # or postponed, cancelled, moved-online

venue:
  name: ${text('FAO headquarters')}
  city: ${text('Rome')}
  country: ${text('Italy')}

organiser:
  name: ${text('Mountain Partnership Secretariat')}
  url: https://www.fao.org/mountain-partnership/en/

links:
  website: https://www.fao.org/mountain-partnership/en/

colors:
  accent: "#0b5d8c"

news: []
`;
}

/**
 * Writes `<campaignsDir>/<slug>/campaign.yaml` and resolves to its path. Refuses a slug that is not kebab-case
 * and a folder that exists. The scaffold is written and checked in a hidden folder beside the campaigns (the
 * loader and the dev server skip dot-folders), then moved into place by one rename; any failure removes it.
 */
export async function createCampaign(campaignsDir: string, slug: string, now: number): Promise<string> {
  if (!SLUG.test(slug)) throw new Error(`expected a slug in lowercase kebab-case like water-dialogue-2027, got "${slug}"`);
  const siteOwn = siteFolder(slug);
  if (siteOwn) throw new Error(`expected a slug the site does not use itself, got "${slug}": dist/${slug}/ holds ${siteOwn}; pick another slug`);
  if (!(await stat(campaignsDir).then((s) => s.isDirectory(), () => false))) {
    throw new Error(`expected the folder of campaigns at ${campaignsDir}, got none; run npm run new in the project's folder`);
  }
  const dir = path.join(campaignsDir, slug);
  const taken = () => new Error(`campaigns/${slug} exists already; pick another slug`);
  if (await stat(dir).then(() => true, () => false)) throw taken();
  const work = await mkdtemp(path.join(campaignsDir, `.new-${slug}-`));
  try {
    await mkdir(path.join(work, slug));
    await writeFile(path.join(work, slug, CONFIG_FILE), scaffold(slug, now));
    const problems = await scaffoldProblems(work, slug, dir, now);
    if (problems.length) throw new Error(`the scaffold does not load, a bug in Summit; nothing was written:\n${problems.join('\n')}`);
    await rename(path.join(work, slug), dir).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'ENOTEMPTY' || error.code === 'EEXIST' ? taken() : error;
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return path.join(dir, CONFIG_FILE);
}

/**
 * The errors and warnings the build would give the scaffold in `work/<slug>/`, shown at the place it goes to.
 * The scaffold names no shared news, so it is checked without the site file (whose absence is not its error).
 */
async function scaffoldProblems(work: string, slug: string, dir: string, now: number): Promise<string[]> {
  const shown = (file: string) => path.relative(process.cwd(), path.join(path.dirname(dir), path.relative(work, file)));
  const file = shown(path.join(work, slug, CONFIG_FILE));
  const { errors, warnings } = await loadCampaigns(work, now, shown);
  return [...errors, ...warnings].filter((problem) => problem.file === file).map(formatError);
}

export const HELP = `Usage: npm run new -- <slug>

Writes campaigns/<slug>/campaign.yaml: a commented campaign that builds at once. The slug is the
campaign's folder and URL, in lowercase kebab-case (water-dialogue-2027). The file is checked before it
is written; a slug in use or not kebab-case is refused, and nothing is left behind.

Options:
  --help    this text

Environment: none. Other campaign files with errors are listed after the campaign is created, since
npm run build fails until they are fixed.`;

/** `npm run new`: the exit code, after printing what happened. */
export async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(HELP);
    return 0;
  }
  const slug = args[0] ?? '';
  try {
    const file = await createCampaign(CAMPAIGNS, slug, Date.now());
    console.log(`created ${file}\nnext: npm run dev, then open http://localhost:5173/${slug}/`);
    // The new campaign loads; the rest of the folder is the team's work in progress, reported but not blocking.
    const { errors } = await loadCampaigns(CAMPAIGNS, Date.now());
    if (errors.length) {
      const count = errors.length === 1 ? '1 error in other files is' : `${errors.length} errors in other files are`;
      console.error(`note: npm run build fails until ${count} fixed:\n${errors.map(formatError).join('\n')}`);
    }
    return 0;
  } catch (error) {
    console.error(`npm run new: ${(error as Error).message}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
