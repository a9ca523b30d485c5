/**
 * Turns a validated campaign config into the Campaign model: locales resolved field by field, times
 * checked and written with their zone's offset, news references resolved. The model is the same whatever
 * the date: which occurrence is current is the lifecycle's question (`src/time/lifecycle.ts`), asked by
 * the build and again by the browser. Pure: the caller supplies `now` (for warnings only) and the shared
 * news; problems come back with the field path they belong to, so the loader can point at the line.
 */
import type { CampaignConfig, LocalisedText, NewsItemConfig, SessionConfig, BannerConfig, DownloadConfig } from './schema.js';
import { LOCALES, type Locale } from './locales.js';
import { TEXT_CONTRAST, contrastRatio } from './contrast.js';
import { closest } from './suggest.js';
import {
  CAMPAIGN_JSON_VERSION,
  type Banner,
  type Campaign,
  type Colors,
  type Download,
  type DownloadFormat,
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

/**
 * The fields that give an event its time, none of which an initiative may have, each with why: an
 * initiative has no dates, so nothing counts down, goes in a calendar or becomes past.
 */
const DATED_FIELDS = ['time-zone', 'start', 'end', 'recurrence', 'leap-day', 'recap-days', 'sessions', 'editions', 'theme', 'year'] as const;

/** The fields an observance may not have: it is its days, the same everywhere, once. */
const OBSERVANCE_FIELDS = ['recurrence', 'leap-day', 'recap-days', 'editions'] as const;

/**
 * The time a campaign's kind gives it, as start, end and zone to resolve, or undefined (an initiative, or
 * a problem reported). An event says its own; an observance says `year` (all of it) or its first and last
 * day, always whole days in `local` time, so the year is the same dates everywhere.
 */
function datesOf(config: CampaignConfig, report: (path: FieldPath, message: string) => void): { start: string; end?: string; zone: string } | undefined {
  const { kind, year, start, end } = config;
  const zone = config['time-zone'];
  const given = (field: string) => config[field as keyof CampaignConfig] !== undefined && !(field === 'status' && config.status === 'scheduled');
  if (kind === 'initiative') {
    for (const field of [...DATED_FIELDS, 'status'].filter(given)) {
      const value = field === 'status' ? config.status : config[field as keyof CampaignConfig];
      const shown = typeof value === 'string' || typeof value === 'number' ? JSON.stringify(value) : Array.isArray(value) ? 'a list' : 'a map of fields';
      report([field], `expected no ${field} on an initiative, got ${shown}: an initiative is ongoing, with no dates, so nothing counts down, goes in a calendar or becomes past; remove ${field}, or set kind: event (or observance) if it happens at a time`);
    }
    return undefined;
  }
  if (kind === 'observance') {
    for (const field of OBSERVANCE_FIELDS.filter(given)) {
      report([field], `expected no ${field} on an observance, got ${JSON.stringify(config[field]) ?? 'a value'}: an observance is its whole days, once; remove ${field}, or set kind: event for a yearly Day`);
    }
    if (zone !== undefined && zone !== FLOATING) {
      report(['time-zone'], `expected time-zone: local (or none) on an observance, got "${zone}": an observance is the same dates everywhere; remove time-zone`);
    }
    if (year !== undefined && (start !== undefined || end !== undefined)) {
      report(['year'], `expected year or start and end on an observance, got both; keep year: ${year} for the whole year, or start and end for some days`);
      return undefined;
    }
    if (year !== undefined) {
      if (year < 1 || year > 9999) {
        report(['year'], `expected a year like 2022, got ${year}`);
        return undefined;
      }
      const y = String(year).padStart(4, '0');
      return { start: `${y}-01-01`, end: `${y}-12-31`, zone: FLOATING };
    }
    if (start === undefined) {
      report(['year'], 'expected the year an observance spans, like year: 2022 (or start and end dates), got nothing');
      return undefined;
    }
    for (const [field, value] of [['start', start], ['end', end]] as const) {
      if (value !== undefined && !isDateOnly(value)) {
        report([field], `expected a date like ${value.slice(0, 10)} on an observance, got "${value}": an observance is whole days; remove the time`);
        return undefined;
      }
    }
    return { start, end, zone: FLOATING };
  }
  if (year !== undefined) report(['year'], `expected year only on an observance, got ${year} on an event; set kind: observance for a whole year, or remove year`);
  const missing = `got nothing; for an ongoing initiative with no dates, set kind: initiative`;
  if (zone === undefined) report(['time-zone'], `expected the zone of an event, like America/New_York, or "local" for the same wall-clock time everywhere, ${missing}`);
  if (start === undefined) report(['start'], `expected when the event starts, a date like 2023-03-06 or a date and time like 2023-03-06T10:00, ${missing}`);
  return zone === undefined || start === undefined ? undefined : { start, end, zone };
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

  const dates = datesOf(config, report);
  const zone = dates?.zone ?? FLOATING;
  const zoneCheck = dates ? checkZone(zone) : { ok: true as const };
  if (!zoneCheck.ok) report(['time-zone'], zoneCheck.problem);
  const leapDay = config['leap-day'];
  const yearly = config.recurrence === 'yearly';

  if (dates?.start.slice(5, 10) === '02-29' && yearly && !leapDay) {
    report(['start'], 'a yearly event on 29 February needs a rule for common years: add leap-day: feb-28 or leap-day: mar-1');
  }

  const resolve = (start: string, end: string | undefined, timeZone: string, path: FieldPath) =>
    zoneCheck.ok || timeZone !== zone ? resolveSpan(start, end, timeZone, path, report) : undefined;

  const time = dates && resolve(dates.start, dates.end, zone, []);

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
      ...(edition.downloads && { downloads: downloadsOf(edition.downloads, ['editions', y, 'downloads'], text) }),
    }));
  if (config.editions && !yearly) {
    report(['editions'], 'expected editions only on a yearly event: add recurrence: yearly, or move the theme and sessions to the top level');
  }

  const theme = yearly ? undefined : optionalText(config.theme, ['theme']);
  const news = resolveNews(slug, config, input.sharedNews, text, report);
  const colors = resolveColors(config.colors, report);
  const banner = bannerOf(config.banner, ['banner'], text);
  const sessions = sessionsOf(config.sessions, ['sessions'], yearly || !time ? undefined : [Number(time.start.slice(0, 4)), Number(time.end.slice(0, 4))]);
  const downloads = config.downloads && downloadsOf(config.downloads, ['downloads'], text);
  const startYear = Number(dates?.start.slice(0, 4));
  if (startYear < PLAUSIBLE_YEARS[0] || startYear > PLAUSIBLE_YEARS[1]) {
    const field = config.year === undefined ? 'start' : 'year';
    warnings.push({ path: [field], message: `expected a year between ${PLAUSIBLE_YEARS[0]} and ${PLAUSIBLE_YEARS[1]}, got ${config.year ?? config.start}; check the year` });
  }

  if ((dates && !time) || problems.length > 0) return { problems, warnings };
  const schedule = { status: config.status, ...(time && { time }), recapDays: config['recap-days'] ?? DEFAULT_RECAP_DAYS, sessions, editions };
  const over = momentAt(schedule, now)?.state === 'ended';
  if (time && dates && !yearly && config.status === 'scheduled' && over && !config.links?.recording) {
    const lastDay = time.allDay ? dates.end ?? dates.start : time.end.slice(0, 10);
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
      kind: config.kind,
      ...(time && { time }),
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
      ...(downloads && { downloads }),
    },
  };
}

const FORMAT_OF_NAME = /\.(pdf|zip|docx)$/i;

/**
 * Downloads as the model has them: a file's path stays relative to the campaign folder (the build checks
 * the file and adds its size), a link's format comes from its name when the name says one.
 */
function downloadsOf(list: DownloadConfig[], path: FieldPath, text: (v: LocalisedText, p: FieldPath) => Localised): Download[] {
  return list.map((d, i) => {
    const url = d.file ?? d.url ?? '';
    const named = FORMAT_OF_NAME.exec(d.file ?? new URL(url).pathname)?.[1];
    return {
      title: text(d.title, [...path, i, 'title']),
      url,
      type: d.type,
      ...(named && { format: named.toLowerCase() as DownloadFormat }),
      language: Intl.getCanonicalLocales(d.language)[0],
      ...(d.size !== undefined && !d.file && { size: d.size }),
    };
  });
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
    // The accent is both a background for banner text and the colour of digits and focus rings on the
    // page background, so one text-level check covers both uses.
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
