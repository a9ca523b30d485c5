import { html, isServer, nothing } from 'lit';
import { msg } from '@lit/localize';
import { SummitElement } from '../shared/summit-element.js';
import { CampaignController } from '../shared/campaign-controller.js';
import { readCampaign } from '../shared/campaign-json.js';
import { languageOf } from '../shared/language.js';
import { formatDay } from '../../i18n/intl.js';
import { directionOf } from '../../campaign/locales.js';
import { newsIn, type NewsEntry } from './news-data.js';
import { newsStyles } from './news.styles.js';

/**
 * The news that links to the event, newest first, each "Read more" named by its item.
 *
 * On a Summit page the list is light DOM rendered by the build, readable without JavaScript. On a partner
 * page, `campaign` points at the campaign's `campaign.json` and the element renders the news itself, in
 * its own language; its light-DOM children are the fallback shown until then, and kept if the data cannot
 * be used (one console warning, nothing thrown). Items whose link is not https are dropped.
 *
 * @tagname summit-news
 * @summary News linked to the event.
 * @slot - The server-rendered heading and list, or a fallback (a link to the news) for partner pages.
 * @csspart base - The news box.
 * @csspart list - The list of items (partner pages).
 * @csspart item - One item (partner pages).
 * @csspart link - An item's "Read more" link (partner pages).
 * @cssproperty --summit-color-accent - Colour of the links.
 */
export class SummitNews extends SummitElement {
  static override styles = newsStyles;

  static override properties = {
    campaign: { type: String },
    limit: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** URL of the campaign's `campaign.json`, fetched without credentials; empty on Summit's own pages. */
  declare campaign: string;
  /** How many items to show at most (partner pages). Default 5. */
  declare limit: number;
  /** The heading level of each item's title, 2 to 6, to fit the partner page's outline. Default 3. */
  declare headingLevel: number;

  private readonly data = new CampaignController(this, ({ json, url }) => readCampaign(json, url), 'keeps its fallback content');

  constructor() {
    super();
    this.campaign = '';
    this.limit = 5;
    this.headingLevel = 3;
  }

  protected override willUpdate(): void {
    if (!isServer) this.data.request(this.campaign);
  }

  protected override render() {
    const news = this.data.value;
    if (!news) return html`<div part="base" class="base" dir=${this.direction}><slot></slot></div>`;
    const lang = languageOf(this);
    const entries = newsIn(news, lang, this.limit);
    return html`<div part="base" class="base" dir=${this.direction}>
      <ul part="list" class="list">${entries.map((entry) => this.item(entry, lang))}</ul>
    </div>`;
  }

  private item(entry: NewsEntry, lang: string) {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    const marked = (text: { text: string; lang: string }) =>
      text.lang === lang.split('-')[0] ? text.text : html`<span lang=${text.lang} dir=${directionOf(text.lang)}>${text.text}</span>`;
    return html`<li part="item" class="item">
      <article>
        <div class="title" role="heading" aria-level=${level}>${marked(entry.title)}</div>
        <p class="date"><time datetime=${entry.date}>${formatDay(entry.date, lang)}</time></p>
        ${entry.summary ? html`<p>${marked(entry.summary)}</p>` : nothing}
        <p><a part="link" href=${entry.link}>${msg('Read more')}<span class="visually-hidden">: ${entry.title.text}</span></a></p>
      </article>
    </li>`;
  }
}
