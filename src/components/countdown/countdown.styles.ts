import { css } from 'lit';
import { systemFallbacks, visuallyHidden } from '../shared/tokens.js';

export const countdownStyles = [
  systemFallbacks,
  visuallyHidden,
  css`
    :host {
      display: block;
      font-family: var(--_font);
      color: var(--_text);
      --_digits: var(--summit-countdown-color, var(--_accent));
    }
    :host([hidden]) {
      display: none;
    }
    .base {
      display: grid;
      gap: 0.75rem;
      justify-items: start;
    }
    /* The clock's box is reserved before the first tick, so nothing moves when numbers appear. */
    .clock {
      min-block-size: 6.5rem;
      display: grid;
      align-content: start;
      gap: 0.25rem;
    }
    :host([state='ended']) .clock {
      min-block-size: auto;
    }
    :host([state='ended']) .pause {
      display: none;
    }
    .heading,
    .over {
      margin: 0;
      font-weight: 600;
      color: var(--_muted);
    }
    .units {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .unit {
      display: grid;
      justify-items: center;
      min-inline-size: 4.5rem;
      padding-block: 0.5rem;
      padding-inline: 0.5rem;
      border-radius: 0.5rem;
      background: var(--_surface);
    }
    .value {
      font-family: var(--_font-numbers);
      font-size: 2rem;
      font-weight: 700;
      line-height: 1.1;
      min-block-size: 1.1em;
      font-variant-numeric: tabular-nums;
      color: var(--_digits);
    }
    .word {
      font-size: 0.875rem;
      min-block-size: 1.3em;
    }
    .base:not([data-ready]) .units {
      visibility: hidden;
    }
    .pause {
      font: inherit;
      font-size: 0.875rem;
      padding-block: 0.25rem;
      padding-inline: 0.75rem;
      border: 1px solid currentColor;
      border-radius: 999px;
      background: transparent;
      color: var(--_text);
      cursor: pointer;
    }
    .pause:disabled {
      visibility: hidden;
    }
    .pause[aria-pressed='true'] {
      background: var(--_surface);
    }
    .pause:focus-visible {
      outline: 3px solid var(--_accent);
      outline-offset: 2px;
    }
    /* Without JavaScript there is no countdown to reserve room for: the absolute date stands alone. */
    @media (scripting: none) {
      .clock,
      .pause {
        display: none;
      }
    }
  `,
];
