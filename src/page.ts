/**
 * Entry point of every generated page: hydrates the server-rendered elements.
 * Order matters: hydration support loads before any element is defined, and the page language's messages
 * before the first render, so hydration finds exactly the text the build rendered.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { loadLanguage } from './i18n/localization.js';
import { defineElements } from './components/elements.js';

await loadLanguage(document.documentElement.lang).catch(() => undefined);
defineElements();
