import { css } from 'lit';
import { hostBlock, systemFallbacks, visuallyHidden } from '../shared/tokens.js';

export const newsStyles = [
  systemFallbacks,
  hostBlock,
  visuallyHidden,
  css`
    .base {
      display: grid;
      gap: 1rem;
    }
    .list {
      display: grid;
      gap: 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .item {
      padding-block: 0.75rem;
      padding-inline: 1rem;
      border: 1px solid var(--_border);
      border-radius: 0.75rem;
    }
    .item p {
      margin-block: 0.25rem;
    }
    .title {
      font-weight: 700;
      font-size: 1.0625rem;
      line-height: 1.3;
    }
    .date {
      color: var(--_muted);
      font-size: 0.9375rem;
    }
    a {
      color: var(--_accent);
    }
    a:focus-visible {
      outline: 3px solid var(--_accent);
      outline-offset: 2px;
    }
  `,
];
