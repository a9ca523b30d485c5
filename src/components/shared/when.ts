/**
 * A time span in words, as a `<time>` element: the same markup from the build's pages and from elements
 * that render campaign data on partner pages.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { TimeSpan } from '../../campaign/model.js';
import { formatDayRange, formatTimeRange, zoneName } from '../../i18n/intl.js';
import { spanDays } from '../../time/span.js';
import { offsetLabel, zoneOffset } from '../../time/zone.js';

/**
 * The span in the event's zone ("in every time zone" for a floating one). The UTC offset is isolated left
 * to right, so "(UTC+4)" keeps its order inside Arabic text.
 */
export function timeElement(span: TimeSpan, lang: string): TemplateResult {
  if (span.allDay) {
    const { first, last } = spanDays(span);
    const days = formatDayRange(first, last, lang);
    return html`<time datetime=${first}>${span.timeZone === 'local' ? msg(str`${days}, in every time zone`) : days}</time>`;
  }
  const start = Date.parse(span.start);
  const range = formatTimeRange(start, Date.parse(span.end), lang, span.timeZone);
  return html`<time datetime=${span.start}>${range} ${zoneName(span.timeZone, start, lang)} <bdi dir="ltr">(${offsetLabel(zoneOffset(span.timeZone, start))})</bdi></time>`;
}
