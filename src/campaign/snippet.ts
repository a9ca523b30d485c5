/**
 * The snippet a partner pastes for one element: the script, and the element with its options and a link
 * inside (what visitors read if the script or the data cannot load). Pure, so the build writes the
 * embed kit's first snippet and the kit's configurator writes every other one with the same rule.
 */
import { directionOf } from './locales.js';
import { escapeHtml } from './text.js';

/** The tags a partner can choose, in the kit's order. */
export const PARTNER_TAGS = ['summit-countdown', 'summit-banner', 'summit-news', 'summit-calendar'] as const;
export type PartnerTag = (typeof PARTNER_TAGS)[number];

/** Which options each element takes. */
export const TAG_OPTIONS: Record<PartnerTag, readonly ('limit' | 'heading-level')[]> = {
  'summit-countdown': [],
  'summit-banner': ['heading-level'],
  'summit-news': ['limit', 'heading-level'],
  'summit-calendar': [],
};

export interface SnippetSource {
  /** URL of the partner script. */
  script: string;
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
}

/** The element's attributes, in snippet order: data, language, direction, then its options. */
export function snippetAttributes(source: SnippetSource, choice: SnippetChoice): [string, string][] {
  const options = TAG_OPTIONS[choice.tag];
  return [
    ['campaign', source.data],
    ['lang', choice.lang],
    ...(directionOf(choice.lang) === 'rtl' ? ([['dir', 'rtl']] as [string, string][]) : []),
    ...(options.includes('limit') && choice.limit !== undefined ? ([['limit', String(choice.limit)]] as [string, string][]) : []),
    ...(options.includes('heading-level') && choice.headingLevel !== undefined ? ([['heading-level', String(choice.headingLevel)]] as [string, string][]) : []),
  ];
}

export function snippet(source: SnippetSource, choice: SnippetChoice): string {
  const page = source.pages[choice.lang];
  const attributes = snippetAttributes(source, choice).map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  return [
    `<script type="module" src="${escapeHtml(source.script)}"></script>`,
    `<${choice.tag}${attributes}>`,
    `  <a href="${escapeHtml(page.href)}">${escapeHtml(page.name)}</a>`,
    `</${choice.tag}>`,
  ].join('\n');
}
