import { html, isServer, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { clock, ClockController } from '../shared/clock.js';
import { languageOf } from '../shared/language.js';
import { SummitElement } from '../shared/summit-element.js';
import {
  inWholeMinutes,
  milestoneBetween,
  occurrenceAt,
  remaining,
  stateAt,
  transitions,
  type CountdownState,
  type EventTime,
  type Milestone,
  type Observation,
  type Occurrence,
  type Remaining,
  type Transition,
} from '../../time/countdown.js';
import { listOfUnits, unitText, type CountdownUnit } from '../../i18n/intl.js';
import { visitorZone } from '../../time/zone.js';
import { readCampaignTime } from './campaign-time.js';
import { CampaignController } from '../shared/campaign-controller.js';
import { localTime, localTimeText, type LocalTime } from './local-time.js';
import { countdownStyles } from './countdown.styles.js';

const UNITS: { unit: CountdownUnit; part: 'days' | 'hours' | 'minutes' | 'seconds' }[] = [
  { unit: 'day', part: 'days' },
  { unit: 'hour', part: 'hours' },
  { unit: 'minute', part: 'minutes' },
  { unit: 'second', part: 'seconds' },
];

/** What the status region says, at milestones only. */
type Announcement = Milestone | Transition;

/**
 * Time left until an event starts, or until it ends while it is live; for a yearly event, until its
 * next occurrence once one has ended.
 *
 * The light-DOM children (the absolute date and time, server-rendered) stay visible: they are what a
 * visitor without JavaScript reads, what everyone reads next to the numbers, and what stays if the
 * campaign data cannot be read. Once running, the element adds a line with the time in the event's zone
 * and in the visitor's. A span from midnight to midnight in its zone is shown as whole days.
 *
 * Time comes from the page's shared clock: one timer for every countdown, none while the page is hidden.
 * A visitor clock more than a minute off the server's `Date` header (read with `campaign`) is corrected.
 * A page URL with `?now=<instant with offset>` (`?now=2026-12-10T23:59:50-05:00`) previews the page as
 * of that instant, running forward from it.
 *
 * The numbers are `role="timer"` with a full-word accessible name that changes at most once a minute and
 * is never announced; a separate status region speaks only at milestones (one day left, one hour left,
 * started, ended). The pause button freezes the numbers (WCAG 2.2.2).
 *
 * @summary Countdown to an event, right in every time zone.
 * @slot - The absolute date and time of the event, shown before and after hydration.
 * @fires summit-countdown-start - The event started while the page was open (bubbles, composed).
 * @fires summit-countdown-end - The event, or a yearly event's occurrence, ended while the page was open (bubbles, composed).
 * @csspart base - The wrapper of the whole countdown.
 * @csspart days - The number of whole days left, alone, in the locale's digits.
 * @csspart hours - Hours left after the days (0–23).
 * @csspart minutes - Minutes left after the hours (0–59).
 * @csspart seconds - Seconds left after the minutes (0–59).
 * @csspart pause - The button that pauses and resumes the ticking numbers (`aria-pressed`).
 * @csspart local-time - The line with the time in the event's zone and in the visitor's.
 * @cssproperty --summit-countdown-color - Colour of the digits; defaults to `--summit-color-accent`.
 */
export class SummitCountdown extends SummitElement {
  static override styles = countdownStyles;

  static override properties = {
    start: { type: String },
    end: { type: String },
    timeZone: { type: String, attribute: 'time-zone' },
    recurrence: { type: String },
    campaign: { type: String },
    state: { type: String, reflect: true },
    paused: { state: true },
  };

  /**
   * When the event starts: an instant with offset (`2023-03-06T14:00:00Z`), or a wall-clock time
   * (`2026-12-11T00:00:00`) in `time-zone`. Wins over the campaign's.
   */
  declare start: string;
  /** When the event ends (exclusive); same forms as `start`. Defaults to the campaign's, else `start`. */
  declare end: string;
  /**
   * IANA zone of `start` and `end` when they carry no offset, and the zone the event is shown in; `local`
   * for a floating time, the same wall-clock time in every visitor's zone. Defaults to the campaign's,
   * else `local`.
   */
  declare timeZone: string;
  /** `yearly`: once an occurrence ends, count to the same dates next year. Defaults to the campaign's. */
  declare recurrence: string;
  /**
   * URL of the campaign's `campaign.json`, fetched without credentials for `time` and `recurrence`. If it
   * fails (HTTP error, not JSON, invalid data, network error, no answer within 10 s) the light DOM stays
   * as it is and one warning is logged.
   */
  declare campaign: string;
  /**
   * `upcoming`, `live` or `ended`, reflected for styling; absent until the element knows the time. The
   * build renders `ended` for an event that is over for good, and the element then keeps a compact box.
   */
  declare state: CountdownState | undefined;

  declare private paused: boolean;
  // The server's clock corrects the shared clock as the campaign arrives (the clock guard).
  private readonly data = new CampaignController(this, (response, signal) => readCampaignTime(response, signal, clock), 'shows its date without a countdown');

  private readonly clock = new ClockController(this);
  private occurrence: Occurrence | undefined;
  /** The time left at the latest tick. */
  private left: Remaining | undefined;
  /** The time left on screen: the latest, or the one the visitor paused on. */
  private shown: Remaining | undefined;
  private observed: (Observation & { time: string }) | undefined;
  private announcement: Announcement | undefined;
  /** Transitions seen in this update, dispatched as events once it is rendered. */
  private readonly pendingEvents: Transition[] = [];
  /** Rendered over by the build: a compact box, as the server rendered it. */
  private compact = false;
  /** The zone the occurrence is shown in. */
  private zone = 'local';
  private localTime: { key: string; value?: LocalTime } = { key: '' };

  constructor() {
    super();
    this.start = '';
    this.end = '';
    this.timeZone = '';
    this.recurrence = '';
    this.campaign = '';
    this.paused = false;
  }

  /** The event's time: each attribute given wins over the campaign's value. */
  private eventTime(): EventTime | undefined {
    const data = this.data.value;
    const start = this.start || data?.start;
    if (!start) return undefined;
    return {
      start,
      end: this.end || data?.end || start,
      timeZone: this.timeZone || data?.timeZone || 'local',
      yearly: this.recurrence ? this.recurrence === 'yearly' : (data?.yearly ?? false),
      leapDay: data?.leapDay,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) this.compact = this.state === 'ended';
    if (changed.has('campaign') && !isServer) this.data.request(this.campaign);
    const now = this.clock.now;
    if (now === undefined) return;
    const time = this.eventTime();
    this.occurrence = time && occurrenceAt(time, now);
    if (!time || !this.occurrence) {
      this.left = this.shown = this.observed = undefined;
      return;
    }
    this.zone = time.timeZone;
    const { start, end } = this.occurrence;
    const state = stateAt(start, end, now);
    const left = remaining(state === 'upcoming' ? start : end, now);
    const seen = { time: JSON.stringify(time), start, state };
    // A change of attributes or data is a new event, not a transition of the one before.
    const before = this.observed?.time === seen.time ? this.observed : undefined;
    const passed = before ? transitions(before, seen) : [];
    const steady = before !== undefined && before.start === start && before.state === state;
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
    for (const transition of this.pendingEvents.splice(0)) {
      this.dispatchEvent(new CustomEvent(`summit-countdown-${transition}`, { bubbles: true, composed: true }));
    }
  }

  /*
   * Empty text is rendered as `nothing`, never `''`: Lit hydrates an empty-string binding as text that
   * is not there, and its next value would overwrite the part's closing marker instead of showing.
   */
  protected override render() {
    const lang = languageOf(this);
    const shown = this.occurrence && this.state ? this.shown : undefined;
    const ended = this.state === 'ended';
    // The time is known and there is nothing to count: the fallback date is all there is.
    const unavailable = this.clock.now !== undefined && !this.occurrence && !this.data.loading;
    const classes = ['base', this.compact && ended ? 'compact' : '', unavailable ? 'unavailable' : ''].filter(Boolean).join(' ');
    return html`
      <div part="base" class=${classes} ?data-ready=${shown !== undefined}>
        <div class="clock" role="timer" aria-label=${this.label(lang)} aria-live="off">
          ${ended
            ? html`<p class="over">${msg('This event has ended.')}</p>`
            : html`<p class="heading" aria-hidden="true">${this.state === 'live' ? html`<strong class="now">${msg('Happening now')}</strong> · ${msg('Ends in')}` : msg('Starts in')}</p>
                <div class="units" aria-hidden="true">
                  ${UNITS.map(({ unit, part }) => {
                    const text = shown && unitText(shown[part], unit, lang);
                    return html`<span class="unit"><span class="value" part=${part}>${text ? text.number : nothing}</span><span class="word">${text ? text.unit : nothing}</span></span>`;
                  })}
                </div>`}
        </div>
        <button type="button" part="pause" class="pause" ?disabled=${!shown || ended} aria-pressed=${this.paused ? 'true' : 'false'} @click=${this.togglePause}>${msg('Pause countdown')}</button>
        <div class="when"><slot></slot></div>
        <p part="local-time" class="local-time">${shown && this.occurrence ? this.localTimeLine(this.occurrence, lang) : nothing}</p>
        <div class="visually-hidden" role="status">${this.announcementText()}</div>
      </div>
    `;
  }

  /** The full-word accessible name, in whole minutes: "Starts in 3 days, 4 hours and 5 minutes". */
  private label(lang: string): string {
    if (this.state === 'ended') return msg('This event has ended.');
    if (!this.left || !this.occurrence) return msg('Countdown');
    const whole = inWholeMinutes(this.left);
    const phrases = UNITS.filter(({ unit, part }) => unit !== 'second' && whole[part] > 0).map(({ unit, part }) => unitText(whole[part], unit, lang).phrase);
    const time = listOfUnits(phrases, lang);
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
    const key = [occurrence.start, occurrence.end, this.zone, lang, visitorZone()].join(' ');
    if (this.localTime.key !== key) this.localTime = { key, value: localTime(occurrence, this.zone, lang) };
    return localTimeText(this.localTime.value!);
  }

  private togglePause(): void {
    this.paused = !this.paused;
  }
}
