import { html, isServer, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { SummitElement } from '../shared/summit-element.js';
import { CampaignController } from '../shared/campaign-controller.js';
import { languageOf } from '../shared/language.js';
import { calendarFile, calendarLinks, webcalUrl, type CalendarEvent } from '../../campaign/calendar-links.js';
import { campaignData, textIn } from '../shared/campaign-json.js';
import { ChangeController, clock } from '../shared/clock.js';
import { momentAt } from '../../time/lifecycle.js';
import { calendarStyles } from './calendar.styles.js';

/**
 * Add to calendar: the campaign's `.ics` file and links for the common calendar services.
 *
 * On a Summit page the links are light DOM rendered by the build, usable without JavaScript. On a partner
 * page, `campaign` points at the campaign's `campaign.json` and the element renders the links itself, in
 * its own language (the calendar file too, when the campaign publishes that language), for the occurrence ahead (a yearly event's next one once it has ended); its light-DOM
 * children are the fallback until then, kept once a one-off event is over, and kept if the data cannot be
 * used (one console warning, nothing thrown). Nothing is requested from a calendar service until a
 * visitor follows its link.
 *
 * @tagname summit-calendar
 * @summary Add the event to a calendar, or subscribe to it.
 * @slot - The server-rendered links (Summit pages), or a fallback (partner pages).
 * @csspart base - The box around the links.
 * @csspart link - Each link (partner pages).
 * @cssproperty --summit-color-accent - Colour of the links.
 */
export class SummitCalendar extends SummitElement {
  static override styles = calendarStyles;

  static override properties = {
    campaign: { type: String },
  };

  /** URL of the campaign's `campaign.json`, fetched without credentials; empty on Summit's own pages. */
  declare campaign: string;

  private readonly data = new CampaignController(this, campaignData, 'keeps its fallback content');
  private readonly changes = new ChangeController(this);

  constructor() {
    super();
    this.campaign = '';
  }

  protected override willUpdate(): void {
    if (!isServer) this.data.request(this.campaign);
  }

  protected override render() {
    const data = this.data.value;
    const moment = data && momentAt(data.campaign, clock.now(), clock.zone());
    this.changes.wakeAt(moment?.changesAt);
    const occurrence = moment?.state === 'ended' ? moment.next : moment?.occurrence;
    if (!data || !occurrence) return html`<div part="base" class="base" dir=${this.direction}><slot></slot></div>`;
    const { campaign } = data;
    const lang = languageOf(this);
    const title = textIn(campaign.name, lang, campaign.defaultLocale)?.text ?? '';
    const event = { title, details: data.page, time: occurrence.span, yearly: Boolean(campaign.recurrence) };
    const ics = new URL(calendarFile(campaign, lang), data.url).href;
    return html`<div part="base" class="base" dir=${this.direction}>${calendarList(event, { ics, webcal: webcalUrl(ics) }, { inShadowRoot: true })}</div>`;
  }
}

/**
/**
 * A link to Outlook.com or Microsoft 365. Their deeplinks cannot carry a yearly rule, so for a yearly event
 * the link says that it adds this year's date only, and its title points to the file and the subscription.
 */
function microsoftLink(href: string, service: string, yearly: boolean, part: string | undefined): TemplateResult {
  if (!yearly) return html`<li><a part=${ifDefined(part)} href=${href}>${service}</a></li>`;
  return html`<li><a part=${ifDefined(part)} href=${href} title=${msg('Adds this year’s date only; for every year, use the calendar file or subscribe')}>${service} ${msg('(this year only)')}</a></li>`;
}

/** A calendar file's addresses: to download it (`ics`, any URL) and to subscribe to it (`webcal`, absolute). */
export interface CalendarFiles {
  ics: string;
  webcal: string;
}

/**
 * The links, as the build renders them in light DOM and the element in its shadow root: the `.ics` file
 * first, since every calendar opens it, then the subscription, which keeps the entry up to date. Only links
 * in the shadow root are the `link` part: a part outside a shadow root means nothing, and the page styles
 * its own light DOM. As a `menu` (Summit's own pages), the links open from one "Add to calendar" button, a
 * disclosure that works without JavaScript.
 */
export function calendarList(event: CalendarEvent, files: CalendarFiles, { inShadowRoot = false, menu = false } = {}): TemplateResult {
  const links = calendarLinks(event);
  const part = inShadowRoot ? 'link' : undefined;
  const list = html`<ul class="calendar-links">
      <li><a part=${ifDefined(part)} href=${files.ics} download>${msg('Calendar file (.ics)')}</a></li>
      <li><a part=${ifDefined(part)} href=${files.webcal}>${msg('Subscribe (stays up to date)')}</a></li>
      <li><a part=${ifDefined(part)} href=${links.google}>Google Calendar</a></li>
      ${microsoftLink(links.outlook, 'Outlook.com', event.yearly, part)}
      ${microsoftLink(links.office365, 'Microsoft 365', event.yearly, part)}
    </ul>`;
  if (menu) return html`<details class="calendar-menu"><summary class="button primary">${msg('Add to calendar')}</summary>${list}</details>`;
  return html`<p class="calendar-title">${msg('Add to your calendar')}</p>
    ${list}`;
}
