/**
 * `npm run new -- <slug>`: scaffolds `campaigns/<slug>/campaign.yaml`, a campaign that builds at once,
 * with every field a team usually needs written out and commented.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCampaigns } from './load.js';
import { formatError } from './errors.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The scaffold: an event four weeks after `now`, in Rome, with the fields teams fill in first. */
export function scaffold(slug: string, now: number): string {
  const day = new Date(now + 28 * 86_400_000).toISOString().slice(0, 10);
  const title = slug.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
  return `# yaml-language-server: $schema=../campaign.schema.json
# ${title}: edit the text below, save, and the page in \`npm run dev\` reloads.
# Text can be one string (the default locale) or one entry per locale: { en: …, fr: …, ar: … }.

name:
  en: ${title}
description:
  en: What the event is, who it is for, and why it matters. Two or three sentences.

default-locale: en
# locales: [en, fr, es, ar, zh, ru, it]   # the default is all seven

# Every time is in a named IANA zone, or "local" for the same wall-clock day everywhere.
time-zone: Europe/Rome
start: ${day}T10:00
end: ${day}T12:00
status: scheduled   # or postponed, cancelled, moved-online

venue:
  name: FAO headquarters
  city: Rome
  country: Italy

organiser:
  name: Mountain Partnership Secretariat
  url: https://www.fao.org/mountain-partnership/en/

links:
  website: https://www.fao.org/mountain-partnership/en/

colors:
  accent: "#0b5d8c"

news: []
`;
}

export async function createCampaign(campaignsDir: string, slug: string, now: number): Promise<string> {
  if (!SLUG.test(slug)) throw new Error(`expected a slug in lowercase kebab-case like water-dialogue-2027, got "${slug}"`);
  const dir = path.join(campaignsDir, slug);
  if (await stat(dir).then(() => true, () => false)) throw new Error(`campaigns/${slug} exists already; pick another slug`);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'campaign.yaml');
  await writeFile(file, scaffold(slug, now));
  return file;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const slug = process.argv[2] ?? '';
  try {
    const file = await createCampaign('campaigns', slug, Date.now());
    const { errors } = await loadCampaigns('campaigns', Date.now());
    if (errors.length) throw new Error(errors.map(formatError).join('\n'));
    console.log(`created ${file}\nnext: npm run dev, then open http://localhost:5173/${slug}/`);
  } catch (error) {
    console.error(`npm run new: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
