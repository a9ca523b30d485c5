import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { ClockController } from '../shared/clock.js';
import { languageOf } from '../shared/language.js';
import { remaining, stateAt, type CountdownState, type Remaining } from '../../time/countdown.js';
import { toInstant } from '../../time/zone.js';
import { inYear, yearOf } from '../../time/recurrence.js';
import { listOfUnits, unitText, type CountdownUnit } from '../../i18n/intl.js';
import { countdownStyles } from './countdown.styles.js';

const UNITS: { unit: CountdownUnit; part: keyof Remaining & string }[] = [
  { unit: 'day', part: 'days' },
  { unit: 'hour', part: 'hours' },
  { unit: 'minute', part: 'minutes' },
  { unit: 'second', part: 'seconds' },
];

const DAY = 86_400;
const HOUR = 3600;

/**
 * Time left until an event starts, or until it ends while it is live.
 *
 * The light-DOM children (the absolute date and time, server-rendered) stay visible: they are what a
 * visitor without JavaScript reads, and what everyone reads next to the numbers.
 *
 * @summary Countdown to an event, right in every time zone.
 * @slot - The absolute date and time of the event, shown before and after hydration.
 * @fires summit-countdown-start - The event started while the page was open.
 * @fires summit-countdown-end - The event ended while the page was open.
 * @csspart base - The wrapper of the whole countdown.
 * @csspart days - The number of whole days left, alone, in the locale's digits.
 * @csspart hours - Hours left after the days (0–23).
 * @csspart minutes - Minutes left after the hours (0–59).
 * @csspart seconds - Seconds left after the minutes (0–59).
 * @csspart pause - The button that pauses and resumes the ticking numbers.
 * @cssproperty --summit-countdown-color - Colour of the digits; defaults to `--summit-color-accent`.
 */
export class SummitCountdown extends LitElement {
  static override styles = countdownStyles;

  static override properties = {
    start: { type: String },
    end: { type: String },
    timeZone: { type: String, attribute: 'time-zone' },
    recurrence: { type: String },
    state: { type: String, reflect: true },
    paused: { type: Boolean, state: true },
  };

  /** When the event starts: an ISO instant (`2023-03-06T14:00:00Z`) or, with `time-zone`, a wall-clock time. */
  declare start: string;
  /** When the event ends (exclusive); defaults to `start`. Same forms as `start`. */
  declare end: string;
  /** IANA zone of `start` and `end` when they carry no offset, or `local` for the visitor's own zone. Default `local`. */
  declare timeZone: string;
  /** `yearly`: once ended, count to the same dates next year. */
  declare recurrence: string;
  /** `upcoming`, `live` or `ended`, reflected for styling; absent until the element knows the time. */
  declare state: CountdownState | undefined;

  declare private paused: boolean;
  private shown: Remaining | undefined;
  private announcement = '';
  private readonly clock = new ClockController(this);

  constructor() {
    super();
    this.start = '';
    this.end = '';
    this.timeZone = 'local';
    this.recurrence = '';
    this.paused = false;
    updateWhenLocaleChanges(this);
  }

  /** The span counted, as epoch ms, rolled to the next year for a yearly event that has ended. */
  private span(now: number): { start: number; end: number } | undefined {
    if (!this.start) return undefined;
    const zone = this.timeZone || 'local';
    const endValue = this.end || this.start;
    let start = toInstant(this.start, zone);
    let end = toInstant(endValue, zone);
    if (Number.isNaN(start) || Number.isNaN(end)) return undefined;
    if (this.recurrence === 'yearly') {
      for (let year = yearOf(this.start) + 1; now >= end && year < yearOf(this.start) + 400; year++) {
        start = toInstant(inYear(this.start, year), zone);
        end = toInstant(inYear(endValue, year) , zone);
      }
    }
    return { start, end: Math.max(start, end) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const now = this.clock.now;
    const span = now === undefined ? undefined : this.span(now);
    if (now === undefined || !span) return;
    const state = stateAt(span.start, span.end, now);
    const left = remaining(state === 'upcoming' ? span.start : span.end, now);
    const previousState = this.state;
    if (previousState && previousState !== state) {
      this.announcement = state === 'live' ? msg('The event has started.') : state === 'ended' ? msg('The event has ended.') : '';
    } else if (this.shown && state === 'upcoming') {
      if (this.shown.total > DAY && left.total <= DAY) this.announcement = msg('One day left.');
      else if (this.shown.total > HOUR && left.total <= HOUR) this.announcement = msg('One hour left.');
    }
    this.state = state;
    if (!this.paused || previousState !== state) this.shown = left;
    if (previousState === 'upcoming' && state !== 'upcoming') this.emit('summit-countdown-start');
    if (previousState && previousState !== 'ended' && state === 'ended') this.emit('summit-countdown-end');
  }

  private emit(type: string): void {
    queueMicrotask(() => this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true })));
  }

  // Empty text is rendered as `nothing`, never as '': a server-rendered empty string leaves no text node,
  // and the first update after hydration would then write into the closing marker comment.
  protected override render() {
    const lang = languageOf(this);
    const left = this.shown;
    const ready = left !== undefined && this.state !== undefined;
    const label = ready ? this.label(left, lang) : msg('Countdown');
    return html`
      <div part="base" class="base" ?data-ready=${ready}>
        <div class="clock" role="timer" aria-label=${label} aria-live="off">
          ${this.state === 'ended'
            ? html`<p class="over">${msg('This event has ended.')}</p>`
            : html`<p class="heading" aria-hidden="true">${this.state === 'live' ? msg('Ends in') : msg('Starts in')}</p>
                <div class="units" aria-hidden="true" dir="ltr">
                  ${UNITS.map(({ unit, part }) => {
                    const text = unitText(left ? left[part] : 0, unit, lang);
                    return html`<span class="unit ${part}"><span class="value" part=${part}>${ready ? text.number : nothing}</span><span class="word" dir="auto">${ready ? text.unit : nothing}</span></span>`;
                  })}
                </div>`}
        </div>
        <button type="button" part="pause" class="pause" ?disabled=${!ready || this.state === 'ended'} aria-pressed=${this.paused ? 'true' : 'false'} @click=${this.togglePause}>${msg('Pause countdown')}</button>
        <div class="visually-hidden" role="status">${this.announcement || nothing}</div>
        <div class="when"><slot></slot></div>
      </div>
    `;
  }

  /** The full-word accessible name: "Starts in 3 days, 4 hours and 5 minutes". */
  private label(left: Remaining, lang: string): string {
    if (this.state === 'ended') return msg('This event has ended.');
    const phrases = UNITS.slice(0, 3)
      .filter(({ part }, i) => left[part] > 0 || (i === 2 && left.total < 60))
      .map(({ unit, part }) => unitText(left[part], unit, lang).phrase);
    const time = listOfUnits(phrases, lang);
    return this.state === 'live' ? msg(str`Ends in ${time}`) : msg(str`Starts in ${time}`);
  }

  private togglePause(): void {
    this.paused = !this.paused;
  }
}
