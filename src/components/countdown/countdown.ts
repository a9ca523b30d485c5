import { html, isServer, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { clock, ClockController } from '../shared/clock.js';
import { languageOf } from '../shared/language.js';
import { SummitElement } from '../shared/summit-element.js';
import {
  inWholeDays,
  inWholeMinutes,
  milestoneBetween,
  remaining,
  transitions,
  type Milestone,
  type Observation,
  type Remaining,
  type Transition,
  wholeYearOf,
} from '../../time/countdown.js';
import { DEFAULT_RECAP_DAYS, momentAt, type Moment, type Occurrence, type Schedule, type State } from '../../time/lifecycle.js';
import { spanFromAttributes } from '../../time/span.js';
import { listOfUnits, unitText, type CountdownUnit } from '../../i18n/intl.js';
import { CampaignController } from '../shared/campaign-controller.js';
import { campaignAccent, readSchedule } from '../shared/schedule-json.js';
import { HEX_COLOR } from '../../campaign/contrast.js';
import { lineOccurrence, localTime, localTimeText, type LocalTime } from './local-time.js';
import { countdownStyles } from './countdown.styles.js';

/**
 * Defined (as true) only in the bundle of Summit's own pages, whose countdowns are server-rendered and get
 * their schedule from the page as `data`: that bundle leaves out the campaign.json reader and the styles
 * (the server-rendered shadow root has them). Everywhere else it is undefined.
 */
declare const __SUMMIT_PAGE_BUNDLE__: true | undefined;

const UNITS: { unit: CountdownUnit; part: 'days' | 'hours' | 'minutes' | 'seconds' }[] = [
  { unit: 'day', part: 'days' },
  { unit: 'hour', part: 'hours' },
  { unit: 'minute', part: 'minutes' },
  { unit: 'second', part: 'seconds' },
];

/** What the status region says, at milestones only. */
type Announcement = Milestone | Transition;

/**
 * Time left until an event starts, or until it ends while it is live. A yearly event that has ended says
 * so during its recap days (`campaign.json`'s `recapDays`, else 7), with the time left to the next
 * occurrence as a second line, then counts to that one. Which occurrence and which state come from the one
 * lifecycle model (`src/time/lifecycle.ts`) that the build and Summit's pages use too.
 *
 * The light-DOM children (the absolute date and time, server-rendered) stay visible: they are what a
 * visitor without JavaScript reads, what everyone reads next to the numbers, and what stays if the
 * campaign data cannot be read. Once running, the element adds a line with the time in the event's zone
 * and in the visitor's (during a yearly event's recap, of the next occurrence the numbers count to). A span
 * given in dates is shown as whole days.
 *
 * An observance (`kind: "observance"` in the schedule: a year, or whole days, the same dates everywhere)
 * counts whole days only, rounded up, with no seconds and no pause button; while an observance of a whole
 * year is on, the element says "Throughout 2022" instead of counting.
 *
 * Time comes from the page's shared clock: one timer for every countdown, none while the page is hidden.
 * A visitor clock more than a minute off the server's `Date` header (read with `campaign`) is corrected.
 * A page URL with `?now=<instant with offset>` (`?now=2026-12-10T23:59:50-05:00`) previews the page as
 * of that instant, running forward from it, and `?zone=Asia/Kathmandu` as a visitor in that zone.
 *
 * The numbers are `role="timer"` with a full-word accessible name that changes at most once a minute and
 * is never announced; a separate status region speaks only at milestones (one day left, one hour left,
 * started, ended). The pause button freezes the numbers (WCAG 2.2.2).
 *
 * @tagname summit-countdown
 * @summary Countdown to an event, right in every time zone.
 * @slot - The absolute date and time of the event, shown before and after the element runs.
 * @fires summit-countdown-start - The event started while the page was open (bubbles, composed).
 * @fires summit-countdown-end - The event, or a yearly event's occurrence, ended while the page was open (bubbles, composed).
 * @csspart base - The wrapper of the whole countdown.
 * @csspart days - The number of whole days left, alone, in the locale's digits.
 * @csspart hours - Hours left after the days (0–23).
 * @csspart minutes - Minutes left after the hours (0–59).
 * @csspart seconds - Seconds left after the minutes (0–59).
 * @csspart pause - The button that pauses and resumes the ticking numbers (`aria-pressed`).
 * @csspart local-time - The line with the time in the event's zone and in the visitor's.
 * @cssproperty --summit-countdown-color - Colour of the digits; defaults to the campaign's accent (with `campaign`), else `--summit-color-accent`.
 */
export class SummitCountdown extends SummitElement {
  // Summit's pages carry these styles in the countdown's server-rendered shadow root, which keeps them.
  static override styles = typeof __SUMMIT_PAGE_BUNDLE__ === 'undefined' ? countdownStyles : [];

  static override properties = {
    start: { type: String },
    end: { type: String },
    timeZone: { type: String, attribute: 'time-zone' },
    recurrence: { type: String },
    campaign: { type: String },
    accent: { type: String },
    data: { attribute: false },
    reserve: { attribute: false },
    state: { type: String, reflect: true },
    paused: { state: true },
  };

  /**
   * When the event starts: a date (`2026-12-11`, the whole day in `time-zone`), a wall-clock time in
   * `time-zone` (`2026-12-11T09:00`), or an instant with offset (`2023-03-06T14:00:00Z`). Wins over the
   * campaign's time.
   */
  declare start: string;
  /**
   * When the event ends, exclusive; same forms as `start`. Default: the end of the start day for a date,
   * the start itself for a time.
   */
  declare end: string;
  /**
   * IANA zone of `start` and `end` when they carry no offset, and the zone the event is shown in; `local`
   * for a floating time, the same wall-clock time in every visitor's zone. Defaults to the campaign's,
   * else `local`.
   */
  declare timeZone: string;
  /** `yearly`: the same dates and wall-clock times every year. Defaults to the campaign's. */
  declare recurrence: string;
  /**
   * URL of the campaign's `campaign.json`, fetched once per page without credentials. If it fails (HTTP
   * error, not JSON, invalid data or an unknown version, network error, no answer within 10 s) the light
   * DOM stays as it is and one warning is logged.
   */
  declare campaign: string;
  /**
   * Colour of the digits instead of the campaign's accent: `#rgb` or `#rrggbb`, anything else is ignored.
   * Applied through the CSSOM, so a partner page under `style-src 'self'` needs no inline style for it; a
   * host's `--summit-countdown-color` still wins.
   */
  declare accent: string;
  /**
   * The schedule itself (the `Schedule` shape of `campaign.json`), for frameworks and for Summit's own
   * pages; used when no `start` is given, before the campaign's.
   */
  declare data: Schedule | undefined;
  /**
   * `upcoming`, `live` or `ended`, reflected for styling; absent until the element knows the time. The
   * build renders `ended` for an event that is over for good, and the element then keeps a compact box.
   */
  declare state: State | undefined;

  /**
   * Text that holds the local-time line's room, unseen under the line, from before the element runs.
   * Summit's build gives its pages' countdowns the line as a visitor in UTC reads it (a visitor's own is
   * about as long), so the line has the room its text needs in every language and at every width, and
   * nothing below it moves when it appears.
   */
  declare reserve: string | undefined;

  declare private paused: boolean;
  // The server's clock corrects the shared clock as the campaign arrives (the clock guard). Summit's own
  // pages give their countdowns `data`, so their bundle leaves the campaign.json reader out.
  private readonly fromCampaign = typeof __SUMMIT_PAGE_BUNDLE__ === 'undefined'
    ? new CampaignController(this, ({ json }) => ({ ...readSchedule(json), accent: campaignAccent(json) }), 'shows its date without a countdown')
    : undefined;

  private readonly clock = new ClockController(this);
  private moment: Moment | undefined;
  /** The schedule is an observance: days only. */
  private observance = false;
  /** The time left at the latest tick (to the next occurrence, while a yearly one is in its recap). */
  private left: Remaining | undefined;
  /** The time left on screen: the latest, or the one the visitor paused on. */
  private shown: Remaining | undefined;
  private observed: (Observation & { time: string }) | undefined;
  private announcement: Announcement | undefined;
  /** Transitions seen in this update, dispatched as events once it is rendered. */
  private readonly pendingEvents: Transition[] = [];
  /** Rendered over by the build: a compact box, as the server rendered it. */
  private compact = false;
  private localTime: { key: string; value?: LocalTime } = { key: '' };

  constructor() {
    super();
    this.start = '';
    this.end = '';
    this.timeZone = '';
    this.recurrence = '';
    this.campaign = '';
    this.data = undefined;
    this.paused = false;
  }

  /** The schedule counted: from the attributes when `start` is given, else `data`, else the campaign's. */
  private schedule(): Schedule | undefined {
    const campaign = this.fromCampaign?.value;
    if (!this.start) return this.data ?? campaign;
    const zone = this.timeZone || campaign?.time?.timeZone || 'local';
    const time = spanFromAttributes(this.start, this.end || undefined, zone);
    if (!time) return undefined;
    const yearly = this.recurrence ? this.recurrence === 'yearly' : Boolean(campaign?.recurrence);
    return {
      status: 'scheduled',
      time,
      ...(yearly && { recurrence: { frequency: 'yearly' as const } }),
      recapDays: campaign?.recapDays ?? DEFAULT_RECAP_DAYS,
      sessions: [],
      editions: [],
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) this.compact = this.state === 'ended';
    if (changed.has('campaign') && !isServer) this.fromCampaign?.request(this.campaign);
    const now = this.clock.now;
    if (now === undefined) return;
    const schedule = this.schedule();
    const moment = schedule && momentAt(schedule, now, clock.zone());
    this.moment = moment;
    this.observance = schedule?.kind === 'observance';
    if (!schedule || !moment) {
      this.left = this.shown = this.observed = undefined;
      return;
    }
    const { occurrence, state, next } = moment;
    // Over for good, the time left is zero: nothing counts, and the local-time line still says when it was.
    const target = state === 'upcoming' ? occurrence.start : state === 'live' ? occurrence.end : (next?.start ?? occurrence.end);
    const exact = remaining(target, now);
    const left = this.observance ? inWholeDays(exact) : exact;
    const seen = { time: JSON.stringify(schedule.time), start: occurrence.start, state };
    // A change of attributes or data is a new event, not a transition of the one before.
    const before = this.observed?.time === seen.time ? this.observed : undefined;
    const passed = before ? transitions(before, seen) : [];
    const steady = before !== undefined && before.start === occurrence.start && before.state === state;
    const milestone = steady && state === 'upcoming' && this.left ? milestoneBetween(this.left, left) : undefined;
    this.announcement = passed.at(-1) ?? milestone ?? this.announcement;
    this.pendingEvents.push(...passed);
    if (!this.paused || !steady || !this.shown) this.shown = left;
    this.left = left;
    this.observed = seen;
    this.state = state;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Through the CSSOM, which a strict style-src policy allows; a host's --summit-countdown-color still wins.
    const accent = (this.accent && HEX_COLOR.test(this.accent) ? this.accent : undefined) ?? this.fromCampaign?.value?.accent;
    const base = this.renderRoot.querySelector<HTMLElement>('[part~="base"]');
    if (accent) base?.style.setProperty('--_campaign-accent', accent);
    else base?.style.removeProperty('--_campaign-accent');
    for (const transition of this.pendingEvents.splice(0)) {
      this.dispatchEvent(new CustomEvent(`summit-countdown-${transition}`, { bubbles: true, composed: true }));
    }
  }

  protected override render() {
    const lang = languageOf(this);
    const occurrence = this.moment?.occurrence;
    const shown = occurrence && this.state ? this.shown : undefined;
    const ended = this.state === 'ended';
    // The time is known and there is nothing to count: the fallback date is all there is.
    const unavailable = this.clock.now !== undefined && !occurrence && !this.fromCampaign?.loading;
    const classes = ['base', this.compact && ended ? 'compact' : '', unavailable ? 'unavailable' : ''].filter(Boolean).join(' ');
    const units = this.observance ? UNITS.slice(0, 1) : UNITS;
    const wholeYear = this.observance && this.state === 'live' && occurrence ? wholeYearOf(occurrence.span) : undefined;
    const heading = this.state === 'live'
      ? html`<strong class="now">${msg('Happening now')}</strong> · ${msg('Ends in')}`
      : ended ? msg('The next one starts in') : msg('Starts in');
    return html`
      <div part="base" class=${classes} dir=${this.direction} ?data-ready=${shown !== undefined}>
        <div class="clock" role="timer" aria-label=${this.label(lang)} aria-live="off">
          ${ended ? html`<p class="over">${msg('This event has ended.')}</p>` : nothing}
          ${wholeYear !== undefined
            ? html`<p class="heading">${msg(str`Throughout ${wholeYear}`)}</p>`
            : ended && !this.moment?.next
            ? nothing
            : html`<p class="heading" aria-hidden="true">${heading}</p>
                <div class="units" aria-hidden="true">
                  ${units.map(({ unit, part }) => {
                    const text = shown && unitText(shown[part], unit, lang);
                    return html`<span class="unit"><span class="value" part=${part}>${text ? text.number : nothing}</span><span class="word">${text ? text.unit : nothing}</span></span>`;
                  })}
                </div>`}
        </div>
        ${this.observance
          ? nothing
          : html`<button type="button" part="pause" class="pause" ?disabled=${!shown || (ended && !this.moment?.next)} aria-pressed=${this.paused ? 'true' : 'false'} @click=${this.togglePause}>${msg('Pause countdown')}</button>`}
        <div class="when"><slot></slot></div>
        <p part="local-time" class="local-time">${shown && this.moment
          ? html`<span>${this.localTimeLine(lineOccurrence(this.moment), lang)}</span>`
          : nothing}${this.reserve ? html`<span class="reserve" aria-hidden="true">${this.reserve}</span>` : nothing}</p>
        <div class="visually-hidden" role="status">${this.announcementText()}</div>
      </div>
    `;
  }

  /** The full-word accessible name, in whole minutes: "Starts in 3 days, 4 hours and 5 minutes". */
  private label(lang: string): string {
    if (this.state === 'ended' && !this.moment?.next) return msg('This event has ended.');
    if (!this.left || !this.moment) return msg('Countdown');
    const wholeYear = this.observance && this.state === 'live' ? wholeYearOf(this.moment.occurrence.span) : undefined;
    if (wholeYear !== undefined) return msg(str`Throughout ${wholeYear}`);
    // An observance's time left is in whole days already.
    const whole = this.observance ? this.left : inWholeMinutes(this.left);
    const phrases = UNITS.filter(({ unit, part }) => unit !== 'second' && whole[part] > 0).map(({ unit, part }) => unitText(whole[part], unit, lang).phrase);
    const time = listOfUnits(phrases, lang);
    if (this.state === 'ended') return msg(str`This event has ended. The next one starts in ${time}`);
    return this.state === 'live' ? msg(str`Ends in ${time}`) : msg(str`Starts in ${time}`);
  }

  private announcementText(): string | typeof nothing {
    switch (this.announcement) {
      case 'day':
        return msg('One day left.');
      case 'hour':
        return msg('One hour left.');
      case 'start':
        return msg('The event has started.');
      case 'end':
        return msg('The event has ended.');
      default:
        return nothing;
    }
  }

  /** The occurrence in the event's zone and the visitor's, formatted again only when one of them or the language changes. */
  private localTimeLine(occurrence: Occurrence, lang: string): string {
    const yours = clock.zone();
    const key = [occurrence.start, occurrence.end, occurrence.span.timeZone, lang, yours].join(' ');
    if (this.localTime.key !== key) this.localTime = { key, value: localTime(occurrence, lang, yours) };
    return localTimeText(this.localTime.value!);
  }

  private togglePause(): void {
    this.paused = !this.paused;
  }
}
