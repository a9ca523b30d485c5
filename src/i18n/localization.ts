/**
 * UI strings through @lit/localize, with a language per element rather than per page.
 *
 * Lit's runtime mode keeps one active locale for the whole page, but a partner page may show two Summit
 * widgets in two languages. So Summit installs its own `msg()` implementation over Lit's runtime lookup
 * (`runtimeMsg`, the same one `configureLocalization` installs), reading the catalogue of the language
 * that is rendering right now: each element renders inside `speak(lang, …)`. Messages, XLIFF files and
 * `lit-localize extract/build` stay exactly as Lit documents them.
 */
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { TemplateMap } from '@lit/localize/internal/types.js';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { pageSingleton } from '../components/shared/page-singleton.js';

type TargetLocale = (typeof targetLocales)[number];

/** Locale modules, loaded on demand: each is its own chunk in the embed. */
const LOADERS: Record<TargetLocale, () => Promise<{ templates: TemplateMap }>> = {
  fr: () => import('./generated/fr.js'),
  es: () => import('./generated/es.js'),
  ar: () => import('./generated/ar.js'),
  zh: () => import('./generated/zh.js'),
  ru: () => import('./generated/ru.js'),
  it: () => import('./generated/it.js'),
};

interface Catalogues {
  loaded: Map<string, TemplateMap>;
  speaking: string;
}

/**
 * One state per JavaScript realm: the page script and the embed script (two bundles, two copies of this
 * module) and a dev server that re-evaluates sources all share it. Its name predates versioned names, and
 * stays as copies already published read it.
 */
const state = pageSingleton<Catalogues>('i18n', () => ({ loaded: new Map(), speaking: sourceLocale }));

type MsgImplementation = Parameters<typeof _installMsgImplementation>[0];

try {
  _installMsgImplementation(((template, options) => runtimeMsg(state.loaded.get(state.speaking), template, options)) as MsgImplementation);
} catch {
  // This copy of @lit/localize was configured by an earlier evaluation in this realm; it reads the same state.
}

/** The catalogue language for a language tag: `fr-CA` → `fr`; unknown languages → the source locale. */
export function catalogueFor(lang: string): string {
  const base = lang.toLowerCase().split('-')[0];
  return base in LOADERS ? base : sourceLocale;
}

/** Whether messages in `lang` can be rendered now without waiting. */
export function isLanguageReady(lang: string): boolean {
  const catalogue = catalogueFor(lang);
  return catalogue === sourceLocale || state.loaded.has(catalogue);
}

/** Loads the catalogue for `lang` (once); resolves when `msg()` can speak it. */
export async function loadLanguage(lang: string): Promise<void> {
  const catalogue = catalogueFor(lang);
  if (isLanguageReady(catalogue)) return;
  const module = await LOADERS[catalogue as TargetLocale]();
  state.loaded.set(catalogue, module.templates);
}

/** Runs `render` with `msg()` speaking `lang` (rendering is synchronous, so the choice cannot leak). */
export function speak<T>(lang: string, render: () => T): T {
  const previous = state.speaking;
  state.speaking = isLanguageReady(lang) ? catalogueFor(lang) : sourceLocale;
  try {
    return render();
  } finally {
    state.speaking = previous;
  }
}

/** Sets the language for work that is not synchronous (the build renders one page at a time). */
export function speakFromNowOn(lang: string): void {
  state.speaking = isLanguageReady(lang) ? catalogueFor(lang) : sourceLocale;
}
