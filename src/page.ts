/**
 * Entry point of every generated page: hydrates the server-rendered elements.
 * Order matters: hydration support loads before any element is defined, and the page language's messages
 * before the first render, so hydration finds exactly the text the build rendered.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { msg } from '@lit/localize';
import { loadLanguage, speak } from './i18n/localization.js';
import { defineElements } from './components/elements.js';
import { clock } from './components/shared/clock.js';

/** Moves the build's "next session" mark to the session that is next now (sessions carry UTC instants). */
function markNextSession(now: number): void {
  const sessions = [...document.querySelectorAll<HTMLElement>('.sessions > li[data-end]')];
  const next = sessions.find((session) => Date.parse(session.dataset.end!) > now);
  for (const session of sessions) session.toggleAttribute('data-next', session === next);
}

/** The embed kit's copy buttons: shown only where the clipboard can be written. */
function enableCopyButtons(lang: string): void {
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const code = button.previousElementSibling?.textContent ?? '';
      void navigator.clipboard.writeText(code).then(() => {
        button.textContent = speak(lang, () => msg('Copied'));
      });
    });
  }
}

const lang = document.documentElement.lang;
await loadLanguage(lang).catch(() => undefined);
defineElements();
markNextSession(clock.now());
enableCopyButtons(lang);
