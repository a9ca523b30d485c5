/**
 * Turns a validated campaign config into the Campaign model: locales resolved field by field, times
 * checked and written with their zone's offset, news references resolved. The model is the same whatever
 * the date: which occurrence is current is the lifecycle's question (`src/time/lifecycle.ts`), asked by
 * the build and again by the browser. Pure: the caller supplies `now` (for warnings only) and the shared
 * news; problems come back with the field path they belong to, so the loader can point at the line.
 */
import type { CampaignConfig, LocalisedText, NewsItemConfig, SessionConfig, BannerConfig } from './schema.js';
import { LOCALES, type Locale } from './locales.js';
import { contrastRatio } from './contrast.js';
import { closest } from './suggest.js';
import {
  CAMPAIGN_JSON_VERSION,
  type Banner,
  type Campaign,
  type Colors,
  type Edition,
  type Localised,
  type NewsItem,
  type Session,
  type TimeSpan,
} from './model.js';
import { checkZone, FLOATING, isDateOnly, isRealDate, nextDay, resolveDateTime } from '../time/resolve.js';
import { DEFAULT_RECAP_DAYS, momentAt } from '../time/lifecycle.js';

export type FieldPath = (string | number)[];

export interface Problem {
  path: FieldPath;
  message: string;
}

export interface NormaliseInput {
  slug: string;
  config: CampaignConfig;
  /** News items shared between campaigns, by id. */
  sharedNews: ReadonlyMap<string, NewsItemConfig>;
  /** The build's "now", in epoch milliseconds: only warnings depend on it. */
  now: number;
}

export const DEFAULT_COLORS: Colors = { accent: '#0b5d8c', text: '#1b1f24', background: '#ffffff' };

/**
 * WCAG minimum for body text. The accent is used both as a background for banner text and as the colour
 * of digits and focus rings on the page background, so one text-level check covers both uses.
 */
const TEXT_CONTRAST = 4.5;

export interface Normalised {
  campaign?: Campaign;
  problems: Problem[];
  /** What is allowed but probably a mistake; errors under `--mode strict`. */
  warnings: Problem[];
}

/** `opening-plenary` from "Opening plenary": the Latin letters and digits of a name, or `session`. */
function slugOf(name: string): string {
  const slug = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48).replace(/-$/, '');
  return slug || 'session';
}

/** Years a campaign plausibly starts in; others are typing mistakes more often than history or plans. */
const PLAUSIBLE_YEARS = [1945, 2100] as const;

export function normaliseCampaign(input: NormaliseInput): Normalised {
  const { slug, config, now } = input;
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const report = (path: FieldPath, message: string) => problems.push({ path, message });

  const defaultLocale = config['default-locale'];
  const locales = config.locales ? [...new Set(config.locales)] : [...LOCALES];
  if (!locales.includes(defaultLocale)) {
    report(['locales'], `expected the list to include the default locale "${defaultLocale}", got [${locales.join(', ')}]`);
  }
  const text = (value: LocalisedText, path: FieldPath): Localised => localise(value, defaultLocale, locales, path, report);
  const optionalText = (value: LocalisedText | undefined, path: FieldPath) => (value === undefined ? undefined : text(value, path));

  const zoneCheck = checkZone(config['time-zone']);
  if (!zoneCheck.ok) report(['time-zone'], zoneCheck.problem);
  const zone = config['time-zone'];
  const leapDay = config['leap-day'];
  const yearly = config.recurrence === 'yearly';

  if (config.start.slice(5, 10) === '02-29' && yearly && !leapDay) {
    report(['start'], 'a yearly event on 29 February needs a rule for common years: add leap-day: feb-28 or leap-day: mar-1');
  }

  const resolve = (start: string, end: string | undefined, timeZone: string, path: FieldPath) =>
    zoneCheck.ok || timeZone !== zone ? resolveSpan(start, end, timeZone, path, report) : undefined;

  const time = resolve(config.start, config.end, zone, []);

  const sessionIds = new Map<string, FieldPath>();
  /** Sessions, each warned about when it falls outside `years`, the years its event runs in. */
  const sessionsOf = (list: SessionConfig[] | undefined, path: FieldPath, years?: [number, number]): Session[] =>
    (list ?? []).flatMap((s, i) => {
      const sessionZone = s['time-zone'] ?? zone;
      if (sessionZone !== zone || s['time-zone']) {
        const check = checkZone(sessionZone);
        if (!check.ok) {
          report([...path, i, 'time-zone'], check.problem);
          return [];
        }
      }
      if (sessionZone === FLOATING && !s['time-zone'] && !isDateOnly(s.start)) {
        report([...path, i, 'time-zone'], 'expected the zone this session happens in, like Asia/Dubai: the campaign is "local", a session is somewhere');
        return [];
      }
      const span = resolveSpan(s.start, s.end, sessionZone, [...path, i], report);
      if (!span) return [];
      const year = Number(span.start.slice(0, 4));
      if (years && (year < years[0] || year > years[1])) {
        const expected = years[0] === years[1] ? `in ${years[0]}, the year of its event` : `between ${years[0]} and ${years[1]}, the years of its event`;
        warnings.push({ path: [...path, i, 'start'], message: `expected a session ${expected}, got ${s.start}; check the year` });
      }
      const name = text(s.name, [...path, i, 'name']);
      const id = s.id ?? `${slugOf(name[defaultLocale]?.text ?? '')}-${year}`;
      const first = sessionIds.get(id);
      if (first) report([...path, i, s.id ? 'id' : 'name'], `expected each session once, got the id "${id}" again (first at ${first.join('.')}); give one of them an id`);
      else sessionIds.set(id, [...path, i]);
      return [
        {
          id,
          ...span,
          name,
          ...(s.venue && { venue: venueOf(s.venue, [...path, i, 'venue'], text) }),
          ...(s.online && { online: s.online }),
          ...(s.recording && { recording: s.recording }),
        },
      ];
    });

  const editions: Edition[] = Object.entries(config.editions ?? {})
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([y, edition]) => ({
      year: Number(y),
      ...(edition.theme && { theme: text(edition.theme, ['editions', y, 'theme']) }),
      ...(edition.banner && { banner: bannerOf(edition.banner, ['editions', y, 'banner'], text) }),
      sessions: sessionsOf(edition.sessions, ['editions', y, 'sessions'], [Number(y), Number(y)]),
    }));
  if (config.editions && !yearly) {
    report(['editions'], 'expected editions only on a yearly event: add recurrence: yearly, or move the theme and sessions to the top level');
  }

  const theme = yearly ? undefined : optionalText(config.theme, ['theme']);
  const news = resolveNews(slug, config, input.sharedNews, text, report);
  const colors = resolveColors(config.colors, report);
  const banner = bannerOf(config.banner, ['banner'], text);
  const sessions = sessionsOf(config.sessions, ['sessions'], yearly || !time ? undefined : [Number(time.start.slice(0, 4)), Number(time.end.slice(0, 4))]);
  const startYear = Number(config.start.slice(0, 4));
  if (startYear < PLAUSIBLE_YEARS[0] || startYear > PLAUSIBLE_YEARS[1]) {
    warnings.push({ path: ['start'], message: `expected a year between ${PLAUSIBLE_YEARS[0]} and ${PLAUSIBLE_YEARS[1]}, got ${config.start}; check the year` });
  }

  if (!time || problems.length > 0) return { problems, warnings };
  const schedule = { status: config.status, time, recapDays: config['recap-days'] ?? DEFAULT_RECAP_DAYS, sessions, editions };
  const over = momentAt(schedule, now)?.state === 'ended';
  if (!yearly && config.status === 'scheduled' && over && !config.links?.recording) {
    const lastDay = time.allDay ? config.end ?? config.start : time.end.slice(0, 10);
    if (!news.some((item) => item.date >= lastDay.slice(0, 10))) {
      warnings.push({
        path: ['status'],
        message: `the event is over but still scheduled, with nothing on the page about how it went; add links.recording or news of the outcome, or set the status if it was postponed or cancelled`,
      });
    }
  }
  return {
    problems,
    warnings,
    campaign: {
      version: CAMPAIGN_JSON_VERSION,
      slug,
      defaultLocale,
      locales: [defaultLocale, ...locales.filter((l) => l !== defaultLocale)],
      name: text(config.name, ['name']),
      description: text(config.description, ['description']),
      status: config.status,
      time,
      ...(yearly && { recurrence: { frequency: 'yearly' as const, ...(leapDay && { leapDay }) } }),
      recapDays: schedule.recapDays,
      ...(theme && { theme }),
      editions,
      ...(config.venue && { venue: venueOf(config.venue, ['venue'], text) }),
      organiser: {
        name: text(config.organiser.name, ['organiser', 'name']),
        ...(config.organiser.url && { url: config.organiser.url }),
      },
      links: { ...config.links },
      colors,
      banner,
      sessions,
      news,
    },
  };
}

/** Text in every locale: each given translation, else the default locale's text marked with its language. */
export function localise(
  value: LocalisedText,
  defaultLocale: Locale,
  locales: Locale[],
  path: FieldPath,
  report: (path: FieldPath, message: string) => void,
): Localised {
  const byLocale: Partial<Record<Locale, string>> = typeof value === 'string' ? { [defaultLocale]: value } : value;
  const fallback = byLocale[defaultLocale];
  if (fallback === undefined) {
    const given = Object.keys(byLocale).join(', ');
    report(path, `expected text in the default locale "${defaultLocale}", got only ${given}; add ${defaultLocale}: …`);
    return {};
  }
  return Object.fromEntries(
    locales.map((l) => [l, byLocale[l] !== undefined ? { text: byLocale[l], lang: l } : { text: fallback, lang: defaultLocale }]),
  );
}

function venueOf(venue: NonNullable<CampaignConfig['venue']>, path: FieldPath, text: (v: LocalisedText, p: FieldPath) => Localised) {
  return {
    name: text(venue.name, [...path, 'name']),
    ...(venue.city && { city: text(venue.city, [...path, 'city']) }),
    ...(venue.country && { country: text(venue.country, [...path, 'country']) }),
  };
}

function bannerOf(banner: BannerConfig | undefined, path: FieldPath, text: (v: LocalisedText, p: FieldPath) => Localised): Banner {
  if (!banner) return {};
  return {
    ...(banner.image && { image: banner.image }),
    ...(banner.alt && { alt: text(banner.alt, [...path, 'alt']) }),
    ...(banner.overlay && { overlay: banner.overlay }),
  };
}

/**
 * Resolves start and end to a TimeSpan. Dates are all-day (the end date is the last day, inclusive);
 * date-times need an end of the same kind.
 */
function resolveSpan(
  start: string,
  end: string | undefined,
  zone: string,
  path: FieldPath,
  report: (path: FieldPath, message: string) => void,
): TimeSpan | undefined {
  const allDay = isDateOnly(start);
  if (allDay) {
    const last = end ?? start;
    if (!isDateOnly(last)) {
      report([...path, 'end'], `expected a date like ${start} because start is a date (all day), got "${last}"`);
      return undefined;
    }
    for (const [field, value] of [['start', start], ['end', last]] as const) {
      if (!isRealDate(value)) {
        report([...path, field], `expected a real calendar date, got "${value}"`);
        return undefined;
      }
    }
    if (last < start) {
      report([...path, 'end'], `expected the last day on or after the start ${start}, got ${last}`);
      return undefined;
    }
    return { start, end: nextDay(last), timeZone: zone, allDay: true };
  }
  if (end === undefined || isDateOnly(end)) {
    report([...path, 'end'], `expected an end time like ${start.slice(0, 11)}18:00 because start has a time, got ${end === undefined ? 'nothing' : `"${end}"`}`);
    return undefined;
  }
  const from = resolveDateTime(start, zone);
  const to = resolveDateTime(end, zone);
  if (!from.ok) report([...path, 'start'], from.problem);
  if (!to.ok) report([...path, 'end'], to.problem);
  if (!from.ok || !to.ok) return undefined;
  const ordered = zone === FLOATING ? from.value < to.value : Date.parse(from.value) < Date.parse(to.value);
  if (!ordered) {
    report([...path, 'end'], `expected an end after the start ${start}, got ${end}`);
    return undefined;
  }
  return { start: from.value, end: to.value, timeZone: zone, allDay: false };
}


function resolveNews(
  slug: string,
  config: CampaignConfig,
  shared: ReadonlyMap<string, NewsItemConfig>,
  text: (v: LocalisedText, p: FieldPath) => Localised,
  report: (path: FieldPath, message: string) => void,
): NewsItem[] {
  const entries: { entry: string | NewsItemConfig; path: FieldPath; edition?: number }[] = [
    ...(config.news ?? []).map((entry, i) => ({ entry, path: ['news', i] })),
    ...Object.entries(config.editions ?? {}).flatMap(([year, edition]) =>
      (edition.news ?? []).map((entry, i) => ({ entry, path: ['editions', year, 'news', i], edition: Number(year) })),
    ),
  ];
  const seen = new Map<string, FieldPath>();
  const items: NewsItem[] = [];
  for (const { entry, path, edition } of entries) {
    let item: NewsItemConfig;
    if (typeof entry === 'string') {
      const found = shared.get(entry);
      if (!found) {
        const suggestion = closest(entry, [...shared.keys()]);
        report(path, `expected the id of a news item in campaigns/site.yaml, got "${entry}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`);
        continue;
      }
      item = found;
    } else {
      item = entry;
    }
    const id = item.id ?? `${slug}-${path.join('-')}`;
    if (seen.has(id)) {
      report(path, `expected each news item once, got "${id}" again (first at ${seen.get(id)!.join('.')})`);
      continue;
    }
    seen.set(id, path);
    items.push({
      id,
      date: item.date,
      title: text(item.title, [...path, 'title']),
      ...(item.summary && { summary: text(item.summary, [...path, 'summary']) }),
      link: item.link,
      ...(item.image && { image: item.image }),
      ...(item['image-alt'] && { imageAlt: text(item['image-alt'], [...path, 'image-alt']) }),
      ...(edition !== undefined && { edition }),
    });
  }
  return items.sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? 1 : -1));
}

function resolveColors(given: CampaignConfig['colors'], report: (path: FieldPath, message: string) => void): Colors {
  const colors: Colors = { ...DEFAULT_COLORS, ...given };
  const pairs: [keyof Colors, keyof Colors, number, string][] = [
    ['text', 'background', TEXT_CONTRAST, 'body text'],
    ['background', 'accent', TEXT_CONTRAST, 'banner text on the accent colour, and accent digits and focus rings on the page'],
  ];
  for (const [fg, bg, minimum, use] of pairs) {
    const ratio = contrastRatio(colors[fg], colors[bg]);
    if (ratio < minimum) {
      report(['colors', given?.[fg] ? fg : bg], `expected ${fg} ${colors[fg]} on ${bg} ${colors[bg]} (${use}) to have a contrast of at least ${minimum}:1, got ${ratio.toFixed(2)}:1; darken or lighten one of them`);
    }
  }
  return colors;
}
