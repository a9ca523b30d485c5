import { css } from 'lit';
import { hostBlock, systemFallbacks } from '../shared/tokens.js';

export const calendarStyles = [
  systemFallbacks,
  hostBlock,
  css`
    .calendar-title {
      margin: 0;
      font-weight: 600;
    }
    .calendar-links {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0.25rem 0 0;
      padding: 0;
      list-style: none;
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
