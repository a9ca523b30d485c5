import { html } from 'lit';
import { SummitElement } from '../shared/summit-element.js';
import { bannerStyles } from './banner.styles.js';

/**
 * The campaign's theme banner. Its content (name, theme of the year, dates, call to action) is light DOM,
 * rendered by the build and readable without JavaScript; the element lays it out over the banner image.
 *
 * @summary Theme banner: event name, theme, dates and image.
 * @slot - The heading, theme, dates and call to action.
 * @slot image - The banner image (an `<img>` with width and height, so nothing moves while it loads).
 * @csspart base - The banner box.
 * @csspart image - The image area.
 * @csspart content - The text area.
 * @cssproperty --summit-banner-background - Background behind the text; defaults to `--summit-color-accent`.
 * @cssproperty --summit-banner-color - Text colour; defaults to `--summit-color-on-accent`.
 * @cssproperty --summit-banner-overlay - Colour laid over the image to keep text readable.
 */
export class SummitBanner extends SummitElement {
  static override styles = bannerStyles;

  protected override render() {
    return html`
      <div part="base" class="base">
        <div part="image" class="image"><slot name="image"></slot></div>
        <div part="content" class="content"><slot></slot></div>
      </div>
    `;
  }
}
