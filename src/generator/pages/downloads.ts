/**
 * The "Downloads and resources" section of a campaign page: press releases, reports and photo galleries,
 * each link saying what a visitor gets before they spend their data on it (type, format, size, language),
 * with `hreflang` and `type` for browsers and assistive technology. A yearly event's edition adds its own
 * downloads, shown for that year only, as the page's other blocks of a year are.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Campaign, Download, DownloadFormat, DownloadType } from '../../campaign/model.js';
import type { Locale } from '../../campaign/locales.js';
import { formatFileSize, languageName } from '../../i18n/intl.js';
import { showsAt, type Moment } from '../../time/lifecycle.js';
import { t } from './page.js';

/** Media types of the formats Summit names, for the link's `type`. */
export const DOWNLOAD_MIME: Record<DownloadFormat, string> = {
  pdf: 'application/pdf',
  zip: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The type's name; `other` says nothing, since the title says what it is. */
function typeName(type: DownloadType): string | undefined {
  const names = { 'press-release': msg('Press release'), report: msg('Report'), 'photo-gallery': msg('Photo gallery'), other: undefined };
  return names[type];
}

/** "Report · PDF · 2.4 MB · English": what is known of a download, in the page's language. */
export function downloadFacts(download: Download, locale: Locale): string {
  return [
    typeName(download.type),
    download.format?.toUpperCase(),
    download.size === undefined ? undefined : formatFileSize(download.size, locale),
    languageName(download.language, locale),
  ].filter(Boolean).join(' · ');
}

function downloadItem(download: Download, locale: Locale, base: string, year?: { year: number; hidden: boolean }): TemplateResult {
  const href = /^https:/.test(download.url) ? download.url : `${base}${download.url}`;
  return html`<li data-year=${year?.year ?? nothing} ?hidden=${year?.hidden ?? false}>
    <a href=${href} hreflang=${download.language} type=${download.format ? DOWNLOAD_MIME[download.format] : nothing}>${t(download.title, locale)} <span class="meta">(${downloadFacts(download, locale)})</span></a>
  </li>`;
}

/**
 * The section, or nothing when the campaign and the editions the page shows have no downloads. `root` leads
 * from the page to the site's root; `moment` is the build's (undefined for an initiative).
 */
export function downloadsSection(campaign: Campaign, locale: Locale, root: string, moment: Moment | undefined): TemplateResult | typeof nothing {
  const base = `${root}${campaign.slug}/`;
  const years = moment ? [moment.occurrence.year, ...(moment.next ? [moment.next.year] : [])] : [];
  const byYear = years.flatMap((year) => (campaign.editions.find((e) => e.year === year)?.downloads ?? []).map((d) => ({ d, year })));
  const own = campaign.downloads ?? [];
  if (!own.length && !byYear.length) return nothing;
  return html`<section aria-labelledby="downloads-heading">
    <h2 id="downloads-heading">${msg('Downloads and resources')}</h2>
    <ul class="downloads">
      ${own.map((d) => downloadItem(d, locale, base))}
      ${byYear.map(({ d, year }) => downloadItem(d, locale, base, { year, hidden: !showsAt(moment!, { year }) }))}
    </ul>
  </section>`;
}
