/**
 * Design tokens shared by every element: system tokens `--summit-color-*`, `--summit-font-*`; each
 * element maps them to private `--_x` properties inside its shadow root.
 */
import { css } from 'lit';

export const systemFallbacks = css`
  :host {
    --_accent: var(--summit-color-accent, #0b5d8c);
    --_on-accent: var(--summit-color-on-accent, #ffffff);
    --_text: var(--summit-color-text, #1b1f24);
    --_muted: var(--summit-color-muted, #4a5560);
    --_surface: var(--summit-color-surface, #f2f5f8);
    --_border: var(--summit-color-border, #d5dbe1);
    --_font: var(--summit-font-body, system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'PingFang SC', 'Microsoft YaHei', sans-serif);
    --_font-numbers: var(--summit-font-numbers, var(--_font));
  }
`;

/** A block in the Summit font and text colour: the host of every element but the banner. */
export const hostBlock = css`
  :host {
    display: block;
    font-family: var(--_font);
    color: var(--_text);
  }
`;

/** Hidden from view, still read by screen readers. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
