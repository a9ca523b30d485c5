/**
 * The locales Summit ships: the six official UN languages and Italian.
 * Every campaign picks its own subset and default among them.
 */
export const LOCALES = ['en', 'fr', 'es', 'ar', 'zh', 'ru', 'it'] as const;

export type Locale = (typeof LOCALES)[number];

/**
 * Other names teams give the seven languages as keys: three-letter codes, China's country code `cn`, `sp`
 * for Spanish, the languages' names in English and in themselves. For "did you mean", where spelling
 * distance would offer `en` for `cn`.
 */
export const LOCALE_ALIASES: Readonly<Record<string, Locale>> = {
  eng: 'en', english: 'en',
  fra: 'fr', fre: 'fr', french: 'fr', français: 'fr', francais: 'fr',
  spa: 'es', sp: 'es', esp: 'es', spanish: 'es', español: 'es', espanol: 'es',
  ara: 'ar', arabic: 'ar', العربية: 'ar',
  zho: 'zh', chi: 'zh', cn: 'zh', ch: 'zh', chinese: 'zh', 中文: 'zh',
  rus: 'ru', russian: 'ru', русский: 'ru',
  ita: 'it', italian: 'it', italiano: 'it',
};

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
