/**
 * Registers every Summit element under its public tag (guarded: loading twice never throws).
 */
import { define } from './shared/define.js';
import { SummitBanner } from './banner/banner.js';
import { SummitCalendar } from './calendar/calendar.js';
import { SummitCountdown } from './countdown/countdown.js';
import { SummitNews } from './news/news.js';

export const ELEMENTS = {
  'summit-banner': SummitBanner,
  'summit-calendar': SummitCalendar,
  'summit-countdown': SummitCountdown,
  'summit-news': SummitNews,
} as const;

export function defineElements(): void {
  for (const [tag, element] of Object.entries(ELEMENTS)) define(tag, element);
}
