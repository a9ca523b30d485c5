import { html, isServer, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { SummitElement } from '../shared/summit-element.js';
import { CampaignController } from '../shared/campaign-controller.js';
import { languageOf } from '../shared/language.js';
import { timeElement } from '../shared/when.js';
import { directionOf } from '../../campaign/locales.js';
import { bannerAt, type BannerView } from './banner-data.js';
import { campaignData, textIn, type CampaignData } from '../shared/campaign-json.js';
import { ChangeController, clock } from '../shared/clock.js';
import type { Localised } from '../../campaign/model.js';
import { bannerStyles } from './banner.styles.js';

/**
 * The campaign's theme banner: event name, theme of the year, dates and image.
 *
 * On a Summit page its content is light DOM rendered by the build, readable without JavaScript, and the
 * element lays it out over the image. On a partner page, `campaign` points at the campaign's
 * `campaign.json` and the element renders the banner itself, in its own language, linking to the
 * campaign page; its light-DOM children are the fallback shown until then, and kept if the data cannot be
 * used (one console warning, nothing thrown).
 *
 * @tagname summit-banner
 * @summary Theme banner: event name, theme, dates and image.
 * @slot - The heading, theme, dates and call to action (Summit pages), or a fallback (partner pages).
 * @slot image - The banner image (an `<img>` with width and height, so nothing moves while it loads).
 * @csspart base - The banner box.
 * @csspart image - The image area.
 * @csspart content - The text area.
 * @csspart link - The link to the campaign page (partner pages).
 * @cssproperty --summit-banner-background - Background behind the text; defaults to the campaign's accent colour.
 * @cssproperty --summit-banner-color - Text colour; defaults to the campaign's background colour.
 * @cssproperty --summit-banner-overlay - Colour laid over the image to keep text readable.
 */
export class SummitBanner extends SummitElement {
  static override styles = bannerStyles;

  static override properties = {
    campaign: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** URL of the campaign's `campaign.json`, fetched without credentials; empty on Summit's own pages. */
  declare campaign: string;
  /** The heading level of the event name, 1 to 6, to fit the partner page's outline. Default 2. */
  declare headingLevel: number;

  private readonly data = new CampaignController(this, campaignData, 'keeps its fallback content');
  private readonly changes = new ChangeController(this);
  /** The campaign's colours as private custom properties of the base; empty ones are left to the tokens. */
  private colors: Record<string, string> = {};

  constructor() {
    super();
    this.campaign = '';
    this.headingLevel = 2;
  }

  protected override willUpdate(): void {
    if (!isServer) this.data.request(this.campaign);
  }

  protected override render() {
    const data = this.data.value;
    const view = data && bannerAt(data.campaign, clock.now(), clock.zone());
    this.changes.wakeAt(view?.moment.changesAt);
    if (!data || !view) {
      this.colors = {};
      return html`
        <div part="base" class="base" dir=${this.direction}>
          <div part="image" class="image"><slot name="image"></slot></div>
          <div part="content" class="content"><slot></slot></div>
        </div>
      `;
    }
    return this.renderCampaign(data, view, languageOf(this));
  }

  /*
   * The colours are set through the CSSOM, never as a style attribute, which a strict style-src policy
   * refuses; the host page's own tokens still win over them.
   */
  protected override updated(): void {
    const base = this.renderRoot.querySelector<HTMLElement>('[part~="base"]');
    if (!base) return;
    for (const [name, value] of Object.entries(this.colors)) {
      if (value) base.style.setProperty(name, value);
      else base.style.removeProperty(name);
    }
  }

  private renderCampaign({ campaign, page: home }: CampaignData, { moment, theme: themeText, banner }: BannerView, lang: string) {
    const text = (value: Localised | undefined) => {
      const found = textIn(value, lang, campaign.defaultLocale);
      if (!found) return undefined;
      return found.lang === lang.split('-')[0] ? found.text : html`<span lang=${found.lang} dir=${directionOf(found.lang)}>${found.text}</span>`;
    };
    const name = text(campaign.name);
    const theme = text(themeText);
    const year = moment.occurrence.year;
    const language = lang.split('-')[0];
    const page = language !== campaign.defaultLocale && (campaign.locales as string[]).includes(language) ? new URL(`${language}/`, home).href : home;
    this.colors = {
      '--_campaign-accent': campaign.colors.accent,
      '--_campaign-background': campaign.colors.background,
      '--_campaign-overlay': banner.overlay ?? '',
    };
    return html`
      <div part="base" class="base" dir=${this.direction}>
        <div part="image" class="image">
          ${banner.image ? html`<img src=${banner.image} alt=${textIn(banner.alt, lang, campaign.defaultLocale)?.text ?? ''} width=${ifDefined(banner.width)} height=${ifDefined(banner.height)}>` : nothing}
        </div>
        <div part="content" class="content">
          <div class="name" role="heading" aria-level=${Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2))}>${name ?? nothing}</div>
          ${theme
            ? html`<p>${theme}</p>`
            : campaign.recurrence
              ? html`<p class="tba">${msg(str`The theme for ${year} has not been announced yet.`)}</p>`
              : nothing}
          ${moment.state === 'live' ? html`<p class="status"><strong>${msg('Happening now')}</strong></p>` : nothing}
          <p>${timeElement(moment.occurrence.span, lang)}</p>
          <p><a part="link" class="link" href=${page}>${msg('About the event')}</a></p>
        </div>
      </div>
    `;
  }
}
