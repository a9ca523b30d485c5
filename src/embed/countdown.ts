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
}
