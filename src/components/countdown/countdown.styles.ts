import { css } from 'lit';
import { hostBlock, systemFallbacks, visuallyHidden } from '../shared/tokens.js';

/*
 * Every box that receives text once the element runs has its size reserved in the server-rendered markup, so
 * nothing moves when the numbers or the local-time line appear, or when a digit or a plural changes.
 * Nothing here animates or transitions, so there is no motion to remove under prefers-reduced-motion.
 */
export const countdownStyles = [
  systemFallbacks,
  hostBlock,
  visuallyHidden,
  css`
    .base {
      --_digits: var(--summit-countdown-color, var(--_campaign-accent, var(--_accent)));
    }
    :host([hidden]) {
      display: none;
    }
    .base {
      display: grid;
      gap: 0.75rem;
      justify-items: start;
    }
    /*
     * Stretched, so the boxes' width comes from the element, never from the numbers inside them. It is the
     * container the boxes fit (a 240 px sidebar as well as a wide column); its own width still comes from
     * the element, and the date beside it keeps the element from collapsing in a partner's flex row.
     */
    .clock {
      container-type: inline-size;
      justify-self: stretch;
      min-block-size: 6.5rem;
      display: grid;
      align-content: start;
      gap: 0.25rem;
    }
    .now {
      color: var(--_digits);
    }
    .heading,
    .over {
      margin: 0;
      font-weight: 600;
      color: var(--_muted);
    }
    /* The boxes follow the reading direction; each number stays a left-to-right run of digits. */
    /* Four equal boxes in one row, from a phone to a wide column; unit words stay under their numbers. */
    .units {
      display: grid;
      grid-template-columns: repeat(4, minmax(0, 1fr));
      gap: 0.5rem;
      inline-size: min(100%, 24rem);
    }
    .unit {
      box-sizing: border-box;
      display: grid;
      justify-items: center;
      padding-block: 0.5rem;
      padding-inline: 0.5rem;
      border-radius: 0.5rem;
      background: var(--_surface);
    }
    .value {
      direction: ltr;
      unicode-bidi: isolate;
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
      line-height: 1.3;
      min-block-size: 1.3em;
      white-space: nowrap;
    }
    /* Narrow containers: smaller numbers and words, so "secondes" or "Sekunden" stays inside its box. */
    @container (max-width: 22rem) {
      .units {
        gap: 0.25rem;
      }
      .unit {
        padding-inline: 0.125rem;
      }
      .value {
        font-size: 1.5rem;
      }
      .word {
        font-size: 0.75rem;
      }
    }
    @container (max-width: 17rem) {
      .value {
        font-size: 1.25rem;
      }
      .word {
        font-size: 0.6875rem;
      }
    }
    .base:not([data-ready]) :is(.heading, .units) {
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
    /*
     * Three lines for the event zone's time and the visitor's on a phone, two on a wider screen; a
     * floating time needs only the visitor's own date or times. Viewport queries rather than container
     * queries: size containment would collapse the element inside a partner's flex row.
     */
    .local-time {
      margin: 0;
      font-size: 0.875rem;
      line-height: 1.4;
      min-block-size: 4.2em;
      color: var(--_muted);
    }
    :host([time-zone='local']) .local-time {
      min-block-size: 2.8em;
    }
    /* On Summit's pages the build's line for a visitor in UTC lies unseen under the visitor's, for its room. */
    .local-time {
      display: grid;
    }
    .local-time > span {
      grid-area: 1 / 1;
    }
    .reserve {
      visibility: hidden;
    }
    @media (min-width: 40rem) {
      .local-time {
        min-block-size: 2.8em;
      }
      :host([time-zone='local']) .local-time {
        min-block-size: 1.4em;
      }
    }
    /* An event the build rendered as over has no numbers to reserve room for. */
    .compact .clock {
      min-block-size: auto;
    }
    .compact .pause {
      display: none;
    }
    /* Nothing to count (no data, or no valid time): the slotted date or link stands alone, with no hole. */
    .unavailable .clock,
    .unavailable .pause,
    .unavailable .local-time {
      display: none;
    }
    /*
     * A script that cannot run (blocked, or failed to load) gives the reserved room back rather than leave
     * a hole: at once when the page script says so, and otherwise after a wait long enough for a slow
     * mountain connection.
     */
    :host([data-fallback]) :is(.clock, .pause, .local-time) {
      display: none;
    }
    .base:not([data-ready]) :is(.clock, .pause, .local-time) {
      animation: summit-give-back 0s 15s forwards;
    }
    @keyframes summit-give-back {
      to {
        display: none;
        visibility: hidden;
        block-size: 0;
        min-block-size: 0;
        overflow: hidden;
        padding: 0;
        border-width: 0;
      }
    }
    /* Without JavaScript there is no countdown to reserve room for: the absolute date stands alone. */
    @media (scripting: none) {
      .clock,
      .pause,
      .local-time {
        display: none;
      }
    }
  `,
];
