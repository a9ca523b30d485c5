/**
 * The partner script (`dist/embed/summit.js`): one `<script type="module">` registers every Summit element
 * on any page. Registration is guarded, so loading it twice or beside the page script never throws.
 */
import { defineElements } from './components/elements.js';

defineElements();

export { SummitBanner } from './components/banner/banner.js';
export { SummitCalendar } from './components/calendar/calendar.js';
export { SummitCountdown } from './components/countdown/countdown.js';
export { SummitNews } from './components/news/news.js';
