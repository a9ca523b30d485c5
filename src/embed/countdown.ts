/**
 * The partner entry for `<summit-countdown>` alone (`dist/embed/v1/countdown.js`): the element and what it imports,
 * nothing else. Registration is guarded, so loading it beside another Summit script never throws.
 */
import { define } from '../components/shared/define.js';
import { SummitCountdown } from '../components/countdown/countdown.js';

define('summit-countdown', SummitCountdown);

export { SummitCountdown };

declare global {
  interface HTMLElementTagNameMap {
    'summit-countdown': SummitCountdown;
  }
  interface HTMLElementEventMap {
    /** The event started while the page was open. */
    'summit-countdown-start': CustomEvent<undefined>;
    /** The event, or a yearly event's occurrence, ended while the page was open. */
    'summit-countdown-end': CustomEvent<undefined>;
  }
}
