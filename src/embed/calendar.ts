/**
 * The partner entry for `<summit-calendar>` alone (`dist/embed/v1/calendar.js`): the element and what it imports,
 * nothing else. Registration is guarded, so loading it beside another Summit script never throws.
 */
import { define } from '../components/shared/define.js';
import { SummitCalendar } from '../components/calendar/calendar.js';

define('summit-calendar', SummitCalendar);

export { SummitCalendar };

declare global {
  interface HTMLElementTagNameMap {
    'summit-calendar': SummitCalendar;
  }
}
