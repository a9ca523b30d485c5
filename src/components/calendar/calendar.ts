import { html, isServer, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { SummitElement } from '../shared/summit-element.js';
import { CampaignController } from '../shared/campaign-controller.js';
import { languageOf } from '../shared/language.js';
import { calendarLinks, type CalendarEvent } from '../../campaign/calendar-links.js';
import { campaignData, textIn } from '../shared/campaign-json.js';
import { ChangeController, clock } from '../shared/clock.js';
import { momentAt } from '../../time/lifecycle.js';
import { calendarStyles } from './calendar.styles.js';

/**
 * Add to calendar: the campaign's `.ics` file and links for the common calendar services.
 *
 * On a Summit page the links are light DOM rendered by the build, usable without JavaScript. On a partner
 * page, `campaign` points at the campaign's `campaign.json` and the element renders the links itself, in
 * its own language, for the occurrence ahead (a yearly event's next one once it has ended); its light-DOM
 * children are the fallback until then, kept once a one-off event is over, and kept if the data cannot be
 * used (one console warning, nothing thrown). Nothing is requested from a calendar service until a
 * visitor follows its link.
 *
 * @tagname summit-calendar
 * @summary Add the event to a calendar.
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
    const title = textIn(campaign.name, languageOf(this), campaign.defaultLocale)?.text ?? '';
    const event = { title, details: data.page, time: occurrence.span, yearly: Boolean(campaign.recurrence) };
    return html`<div part="base" class="base" dir=${this.direction}>${calendarList(event, new URL(`${campaign.slug}.ics`, data.url).href, { inShadowRoot: true })}</div>`;
  }
}

/**
 * The links, as the build renders them in light DOM and the element in its shadow root: the `.ics` file
 * first, since every calendar opens it. Only links in the shadow root are the `link` part: a part outside
 * a shadow root means nothing, and the page styles its own light DOM.
 */
export function calendarList(event: CalendarEvent, ics: string, { inShadowRoot = false } = {}): TemplateResult {
  const links = calendarLinks(event);
  const part = inShadowRoot ? 'link' : nothing;
  return html`<p class="calendar-title">${msg('Add to your calendar')}</p>
    <ul class="calendar-links">
      <li><a part=${part} href=${ics} download>${msg('Calendar file (.ics)')}</a></li>
      <li><a part=${part} href=${links.google}>Google Calendar</a></li>
      <li><a part=${part} href=${links.outlook}>Outlook.com</a></li>
    </ul>`;
}
