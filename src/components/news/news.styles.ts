import { css } from 'lit';
import { systemFallbacks } from '../shared/tokens.js';

export const newsStyles = [
  systemFallbacks,
  css`
    :host {
      display: block;
      font-family: var(--_font);
      color: var(--_text);
    }
    .base {
      display: grid;
      gap: 1rem;
    }
  `,
];
