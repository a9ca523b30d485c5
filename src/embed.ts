/**
 * The all-in-one partner script (`dist/embed/v1/summit.js`): one `<script type="module">` for any Summit
 * element. It loads an element's code only once its tag appears on the page (now, or later, as a
 * framework adds it), so a page with one countdown downloads the countdown alone. Each element's entry
 * (`dist/embed/v1/countdown.js` …) can also be included directly.
 */
import { define } from './components/shared/define.js';

// Registered here, from each module's class: the package declares its modules free of side effects, so a
// bundler may drop a registration that a dynamically imported entry makes on its own.
const ELEMENTS: Record<string, () => Promise<CustomElementConstructor>> = {
  'summit-countdown': () => import('./components/countdown/countdown.js').then((module) => module.SummitCountdown),
  'summit-banner': () => import('./components/banner/banner.js').then((module) => module.SummitBanner),
  'summit-news': () => import('./components/news/news.js').then((module) => module.SummitNews),
  'summit-calendar': () => import('./components/calendar/calendar.js').then((module) => module.SummitCalendar),
};

const waiting = new Set(Object.keys(ELEMENTS));

/** Loads the code of every element on the page that is not loaded yet; true once all are. */
function loadPresent(): boolean {
  for (const tag of waiting) {
    if (customElements.get(tag)) {
      waiting.delete(tag);
    } else if (document.querySelector(tag)) {
      waiting.delete(tag);
      ELEMENTS[tag]().then((element) => define(tag, element)).catch((error: unknown) => console.warn(`summit: <${tag}> keeps its fallback content; its code could not be loaded: ${error}`));
    }
  }
  return waiting.size === 0;
}

if (!loadPresent()) {
  const observer = new MutationObserver(() => {
    if (loadPresent()) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
