/**
 * The snippet a partner pastes for one element: the script, and the element with its options and a link
 * inside (what visitors read if the script or the data cannot load). Pure, so the build writes the
 * embed kit's first snippet and the kit's configurator writes every other one with the same rule.
 */
import { HEX_COLOR } from './contrast.js';
import { directionOf } from './locales.js';
import { escapeHtml } from './text.js';

/** The tags a partner can choose, in the kit's order. */
export const PARTNER_TAGS = ['summit-countdown', 'summit-banner', 'summit-news', 'summit-calendar'] as const;
export type PartnerTag = (typeof PARTNER_TAGS)[number];

export type TagOption = 'limit' | 'heading-level' | 'accent';

/** The scripts a snippet can load, in the kit's order (see `SnippetChoice.script`). */
export const SCRIPT_CHOICES = ['element', 'all', 'pinned'] as const;
export type ScriptChoice = (typeof SCRIPT_CHOICES)[number];

/** Which options each element takes. */
export const TAG_OPTIONS: Record<PartnerTag, readonly TagOption[]> = {
  'summit-countdown': ['accent'],
  'summit-banner': ['heading-level'],
  'summit-news': ['limit', 'heading-level'],
  'summit-calendar': [],
};

/** A pinned copy of an element's script: its URL and the `integrity` of its exact bytes (`sha384-…`). */
export interface PinnedScript {
  script: string;
  integrity: string;
}

export interface SnippetSource {
  /** URL of the all-in-one partner script that follows the major version (`embed/v1/summit.js`). */
  script: string;
  /** Per element, URL of its own entry that follows the major version (`embed/v1/countdown.js` …). */
  scripts: Record<PartnerTag, string>;
  /**
   * Per element, the pinned copy of its own script in this build. Absent where there is no build to pin
   * (the dev server), and then no snippet is pinned.
   */
  pinned?: Partial<Record<PartnerTag, PinnedScript>>;
  /** URL of the campaign's `campaign.json`. */
  data: string;
  /** Per language: the campaign page and the campaign's name, for the fallback link. */
  pages: Record<string, { href: string; name: string }>;
}

export interface SnippetChoice {
  tag: PartnerTag;
  lang: string;
  limit?: number;
  headingLevel?: number;
  /**
   * Which script the snippet loads. `element` (the default): the element's own entry, following the major
   * version, so fixes arrive within the hour; one file, the smallest download for a page with one element.
   * `all`: the all-in-one `summit.js`, following the major version, for a page with several elements, which
   * then share one Lit. `pinned`: this build's copy of the element's own entry, checked by the browser
   * against its integrity.
   */
  script?: ScriptChoice;
  /** The countdown's digit colour, `#rgb` or `#rrggbb`; anything else, and any other element, is left out. */
  accent?: string;
}

/**
 * The background the countdown's digits sit on in a partner page that sets no `--summit-color-surface`
 * (its fallback in `src/components/shared/tokens.ts`): what a chosen digit colour is checked against.
 */
export const COUNTDOWN_SURFACE = '#f2f5f8';

/** The element's attributes, in snippet order: data, language, direction, then its options. */
export function snippetAttributes(source: SnippetSource, choice: SnippetChoice): [string, string][] {
  const options = TAG_OPTIONS[choice.tag];
  return [
    ['campaign', source.data],
    ['lang', choice.lang],
    ...(directionOf(choice.lang) === 'rtl' ? ([['dir', 'rtl']] as [string, string][]) : []),
    ...(options.includes('limit') && choice.limit !== undefined ? ([['limit', String(choice.limit)]] as [string, string][]) : []),
    ...(options.includes('heading-level') && choice.headingLevel !== undefined ? ([['heading-level', String(choice.headingLevel)]] as [string, string][]) : []),
    ...(options.includes('accent') && choice.accent !== undefined && HEX_COLOR.test(choice.accent) ? ([['accent', choice.accent.toLowerCase()]] as [string, string][]) : []),
  ];
}

/**
 * The script element: the element's own entry or the all-in-one, following the major version, or the
 * element's pinned copy with its integrity (where the build has one; else its own entry). A module
 * script from another origin is fetched with CORS anyway; `crossorigin="anonymous"` says so, and keeps
 * credentials out of the request the integrity is checked on.
 */
export function scriptTag(source: SnippetSource, choice: SnippetChoice): string {
  const pinned = choice.script === 'pinned' ? source.pinned?.[choice.tag] : undefined;
  if (!pinned) return `<script type="module" src="${escapeHtml(choice.script === 'all' ? source.script : source.scripts[choice.tag])}"></script>`;
  return `<script type="module" src="${escapeHtml(pinned.script)}" integrity="${escapeHtml(pinned.integrity)}" crossorigin="anonymous"></script>`;
}

export function snippet(source: SnippetSource, choice: SnippetChoice): string {
  const page = source.pages[choice.lang];
  const attributes = snippetAttributes(source, choice).map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  return [
    scriptTag(source, choice),
    `<${choice.tag}${attributes}>`,
    `  <a href="${escapeHtml(page.href)}">${escapeHtml(page.name)}</a>`,
    `</${choice.tag}>`,
  ].join('\n');
}
