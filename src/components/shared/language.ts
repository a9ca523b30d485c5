/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's, else the page's, else English.
 */

let serverLanguage = 'en';

/** The page language while the build renders on the server, where elements have no ancestors to ask. */
export function setServerLanguage(lang: string): void {
  serverLanguage = lang;
}

export function languageOf(element: HTMLElement): string {
  if (typeof element.closest !== 'function') return element.getAttribute('lang') || serverLanguage;
  const inherited = element.closest('[lang]')?.getAttribute('lang');
  return inherited || document.documentElement.lang || 'en';
}
