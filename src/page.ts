/**
 * Entry point of every generated page: hydrates the server-rendered elements.
 * Order matters: hydration support loads before any element is defined, and the page language's messages
 * before the first render, so hydration finds exactly the text the build rendered.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { loadLanguage } from './i18n/localization.js';
import { defineElements } from './components/elements.js';
import { clock } from './components/shared/clock.js';

/** Moves the build's "next session" mark to the session that is next now (sessions carry UTC instants). */
function markNextSession(now: number): void {
  const sessions = [...document.querySelectorAll<HTMLElement>('.sessions > li[data-end]')];
  const next = sessions.find((session) => Date.parse(session.dataset.end!) > now);
  for (const session of sessions) session.toggleAttribute('data-next', session === next);
}

await loadLanguage(document.documentElement.lang).catch(() => undefined);
defineElements();
markNextSession(clock.now());
