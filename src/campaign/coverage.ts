/**
 * Translation coverage: which fields of a campaign fall back to its default locale, per locale.
 * Computed from the model itself, so it sees every localised field wherever it sits.
 */
import type { Campaign, Text } from './model.js';
import { isLocale, type Locale } from './locales.js';

function isText(value: unknown): value is Text {
  return typeof value === 'object' && value !== null && typeof (value as Text).text === 'string' && typeof (value as Text).lang === 'string';
}

/** For each locale of the campaign (but the default), the field paths still in the default locale. */
export function translationGaps(campaign: Campaign): Map<Locale, string[]> {
  const gaps = new Map<Locale, string[]>(campaign.locales.filter((l) => l !== campaign.defaultLocale).map((l) => [l, []]));
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${path}[${i}]`));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      if (isLocale(key) && isText(child)) {
        if (child.lang !== key) gaps.get(key)?.push(path);
      } else {
        walk(child, path ? `${path}.${key}` : key);
      }
    }
  };
  walk(campaign, '');
  for (const [locale, fields] of gaps) gaps.set(locale, [...new Set(fields)]);
  return gaps;
}

/** The coverage table the build prints: one row per campaign and locale with gaps. */
export function coverageTable(campaigns: Campaign[]): string[] {
  const rows: string[] = [];
  for (const campaign of campaigns) {
    for (const [locale, fields] of translationGaps(campaign)) {
      if (fields.length === 0) continue;
      const shown = fields.slice(0, 4).join(', ') + (fields.length > 4 ? `, and ${fields.length - 4} more` : '');
      rows.push(`${campaign.slug} ${locale}: ${fields.length} untranslated (${shown})`);
    }
  }
  return rows;
}
