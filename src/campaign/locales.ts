/**
 * The locales Summit ships: the six official UN languages and Italian.
 * Every campaign picks its own subset and default among them.
 */
export const LOCALES = ['en', 'fr', 'es', 'ar', 'zh', 'ru', 'it'] as const;

export type Locale = (typeof LOCALES)[number];

/** Locales written right to left. */
const RTL_LOCALES: ReadonlySet<string> = new Set(['ar']);

/** Each language named in itself, for the language switcher. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
  zh: '中文',
  ru: 'Русский',
  it: 'Italiano',
};

/** The text direction of a language tag (`ar`, `ar-EG` → `rtl`). */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RTL_LOCALES.has(lang.split('-')[0].toLowerCase()) ? 'rtl' : 'ltr';
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
