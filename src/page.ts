/**
 * Entry point of every generated page: hydrates the server-rendered elements.
 * Order matters: hydration support must load before any element is defined.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { defineElements } from './components/elements.js';

defineElements();
