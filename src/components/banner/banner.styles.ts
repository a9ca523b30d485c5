import { css } from 'lit';
import { systemFallbacks } from '../shared/tokens.js';

export const bannerStyles = [
  systemFallbacks,
  css`
    :host {
      display: block;
      font-family: var(--_font);
    }
    /* The host page's tokens win, then the campaign's colours (partner pages), then the defaults. */
    .base {
      --_background: var(--summit-banner-background, var(--_campaign-accent, var(--_accent)));
      --_color: var(--summit-banner-color, var(--_campaign-background, var(--_on-accent)));
      --_overlay: var(--summit-banner-overlay, var(--_campaign-overlay, transparent));
      position: relative;
      display: grid;
      overflow: hidden;
      border-radius: 0.75rem;
      background: var(--_background);
      color: var(--_color);
    }
    /* The image covers the whole banner however tall the text makes it. */
    .image {
      position: absolute;
      inset: 0;
    }
    .image::after {
      content: '';
      position: absolute;
      inset: 0;
      background: var(--_overlay);
    }
    ::slotted(img) {
      position: absolute;
      inset: 0;
      inline-size: 100%;
      block-size: 100%;
      object-fit: cover;
    }
    .content {
      position: relative;
      display: grid;
      align-content: end;
      gap: 0.5rem;
      padding: clamp(1.25rem, 4vw, 2.5rem);
      min-block-size: 14rem;
    }
    .name {
      font-size: clamp(1.5rem, 4vw, 2.5rem);
      font-weight: 700;
      line-height: 1.15;
    }
    .content p {
      margin: 0;
    }
    .tba {
      font-style: italic;
    }
    .link {
      color: inherit;
      font-weight: 600;
    }
    .link:focus-visible {
      outline: 3px solid currentColor;
      outline-offset: 2px;
    }
    ::slotted(h1) {
      margin: 0;
      font-size: clamp(1.75rem, 5vw, 3rem);
      line-height: 1.15;
    }
    ::slotted(p) {
      margin: 0;
      font-size: 1.125rem;
      max-inline-size: 48rem;
    }
  `,
];
