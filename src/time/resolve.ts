/**
 * Build-time meaning of the times a campaign team writes, with luxon.
 *
 * Each function returns either a resolved value or a problem that says what is wrong and how to fix it.
 * Nothing is ever shifted silently: a wall-clock time that a daylight-saving change skips or repeats is
 * an error that asks for an explicit offset.
 */
import { DateTime, IANAZone } from 'luxon';
import { closest } from '../campaign/suggest.js';
import { formatOffset } from './zone.js';


export const FLOATING = 'local';

export type Resolved<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): Resolved<T> => ({ ok: true, value });
const problem = (message: string): Resolved<never> => ({ ok: false, problem: message });

/** True for `2023-03-06`, false for `2023-03-06T10:00`. */
export function isDateOnly(value: string): boolean {
  return value.length === 10;
}

function hasOffset(value: string): boolean {
  return /(Z|[+-]\d{2}:\d{2})$/.test(value);
}

/**
 * Zones already found valid. luxon's check builds a new `Intl.DateTimeFormat` each time, and a build checks
 * the zone of every campaign and session: 0.1 s of loading 143 campaigns, in one profile.
 */
const validZones = new Set<string>();

/**
 * Checks an IANA zone name. Offsets ("UTC+3") and abbreviations ("EST") are refused because they do not
 * follow daylight saving; a near miss gets a suggestion.
 */
export function checkZone(zone: string): Resolved<string> {
  if (validZones.has(zone)) return ok(zone);
  if (zone === FLOATING || zone === 'UTC') return ok(zone);
  const etc = /^Etc\/GMT([+-])(\d{1,2})$/.exec(zone);
  if (etc && Number(etc[2]) !== 0) {
    // POSIX signs: Etc/GMT+3 is three hours behind UTC. Read the way it looks, it is six hours off.
    const means = `UTC${etc[1] === '+' ? '−' : '+'}${etc[2].padStart(2, '0')}:00`;
    return problem(`expected the zone of a place, like Europe/Moscow, got "${zone}", which means ${means}: Etc/GMT zones count the other way; use the zone of the place the event happens in`);
  }
  const iana = /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/.test(zone) && IANAZone.isValidZone(zone);
  if (iana) {
    validZones.add(zone);
    return ok(zone);
  }
  const offset = /^(?:UTC|GMT)\s*([+−-])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(zone.trim());
  if (offset) {
    const minutes = (offset[1] === '+' ? 1 : -1) * (Number(offset[2]) * 60 + Number(offset[3] ?? 0));
    return problem(`expected the zone of the place the event happens in, got "${zone}", an offset, which does not change with that place's daylight saving; ${offsetAdvice(minutes)}`);
  }
  const abbreviated = ZONE_ABBREVIATIONS[zone.trim().toUpperCase()];
  if (abbreviated) {
    return problem(`expected the zone of the place the event happens in, got "${zone}", an abbreviation, which names no place and no daylight saving; did you mean "${abbreviated}"? Any city in the same zone gives the same times`);
  }
  const suggestion = closestZone(zone);
  return problem(
    `expected an IANA time zone like America/New_York, or "local", got "${zone}"` +
      (suggestion ? `; did you mean "${suggestion}"?` : '; see https://en.wikipedia.org/wiki/List_of_tz_database_time_zones'),
  );
}

/**
 * Abbreviations that name one zone in common use, and the zone of a big city in it. Ambiguous ones
 * (CST: Chicago or China; IST: India, Ireland or Israel) are left to the list of zones.
 */
const ZONE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  EST: 'America/New_York', EDT: 'America/New_York', ET: 'America/New_York',
  PST: 'America/Los_Angeles', PDT: 'America/Los_Angeles', PT: 'America/Los_Angeles',
  MST: 'America/Denver', MDT: 'America/Denver',
  CET: 'Europe/Paris', CEST: 'Europe/Paris',
  EET: 'Europe/Athens', EEST: 'Europe/Athens',
  WET: 'Europe/Lisbon', BST: 'Europe/London',
  MSK: 'Europe/Moscow', EAT: 'Africa/Nairobi', WAT: 'Africa/Lagos', CAT: 'Africa/Maputo', SAST: 'Africa/Johannesburg',
  JST: 'Asia/Tokyo', KST: 'Asia/Seoul', HKT: 'Asia/Hong_Kong', PKT: 'Asia/Karachi', NPT: 'Asia/Kathmandu',
  AEST: 'Australia/Sydney', AEDT: 'Australia/Sydney', NZST: 'Pacific/Auckland', NZDT: 'Pacific/Auckland',
};

/** The regions of the zones worth offering: where events happen (not Etc, Antarctica or the Arctic). */
const PEOPLED = new Set(['Africa', 'America', 'Asia', 'Atlantic', 'Australia', 'Europe', 'Indian', 'Pacific']);

/** Instants whose offsets tell a zone's standard and summer time apart, wherever it is. */
const SEASONS = [Date.UTC(2026, 0, 15), Date.UTC(2026, 6, 15)];

/** What to write instead of an offset of `minutes` from UTC. */
function offsetAdvice(minutes: number): string {
  if (minutes === 0) return 'write "UTC" for no offset at all, or the place\'s zone, like Europe/London';
  const places = zonesAt(minutes);
  if (places.length === 0) return 'write the place\'s zone, like Europe/Moscow';
  return `write the place's zone, such as one at UTC${formatOffset(minutes)} for part or all of the year: ${places.join(', ')}`;
}

/**
 * A few zones at `minutes` from UTC in January or July, one per region (Africa, America, Asia, Europe…),
 * in the order `Intl` lists them.
 */
function zonesAt(minutes: number): string[] {
  const byRegion = new Map<string, string>();
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const region = zone.split('/')[0];
    if (byRegion.has(region) || !PEOPLED.has(region)) continue;
    const named = IANAZone.create(zone);
    if (SEASONS.some((ts) => named.offset(ts) === minutes)) byRegion.set(region, zone);
  }
  return [...byRegion.values()].slice(0, 4);
}

/**
 * The zone a near miss probably meant: same letters but for case, spaces and underscores, a city without
 * its region ("Kathmandu"), or one small typo. `Intl` lists ICU's canonical names, some of them older
 * spellings (Asia/Katmandu), all of them valid IANA names.
 */
function closestZone(zone: string): string | undefined {
  const squash = (name: string) => name.toLowerCase().replace(/[\s_-]/g, '');
  const wanted = squash(zone);
  const zones = Intl.supportedValuesOf('timeZone');
  const exact = zones.find((z) => squash(z) === wanted || squash(z).endsWith(`/${wanted}`));
  if (exact) return exact;
  const byCity = new Map(zones.map((z) => [squash(z.split('/').pop()!), z]));
  const city = closest(wanted.split('/').pop()!, byCity.keys());
  return city ? byCity.get(city) : closest(zone, zones);
}

/** The form of a timed span end in a named zone: its wall-clock time there with the offset then. */
const ZONED = "yyyy-MM-dd'T'HH:mm:ssZZ";

/**
 * Resolves a date-time written in `zone` to its wall-clock time there with the zone's offset
 * (`2023-03-06T10:00:00-05:00`, one exact instant), or, for the floating zone `local`, to a normalised
 * wall-clock time without offset (`2026-12-11T00:00:00`).
 */
export function resolveDateTime(value: string, zone: string): Resolved<string> {
  if (zone === FLOATING) {
    if (hasOffset(value)) {
      return problem(`a "local" time is the same wall-clock time everywhere and cannot have an offset, got "${value}"`);
    }
    const wall = DateTime.fromISO(value, { zone: 'UTC' });
    if (!wall.isValid) return problem(`expected a real calendar date and time, got "${value}"`);
    return ok(wall.toFormat("yyyy-MM-dd'T'HH:mm:ss"));
  }
  if (hasOffset(value)) {
    const withOffset = DateTime.fromISO(value, { setZone: true });
    if (!withOffset.isValid) return problem(`expected a real calendar date and time, got "${value}"`);
    const inZone = DateTime.fromISO(value.replace(/(Z|[+-]\d{2}:\d{2})$/, ''), { zone });
    const offsets = inZone.isValid ? inZone.getPossibleOffsets().map((d) => d.offset) : [];
    if (!offsets.includes(withOffset.offset)) {
      const used = offsets.map((o) => formatOffset(o)).join(' or ') || 'none (the time does not exist there)';
      return problem(
        `the offset in "${value}" is not one ${zone} uses at that time (it uses ${used}); write the time as ${zone} shows it`,
      );
    }
    return ok(withOffset.setZone(zone).toFormat(ZONED));
  }
  const local = DateTime.fromISO(value, { zone });
  if (!local.isValid) return problem(`expected a real calendar date and time, got "${value}"`);
  if (local.toFormat("yyyy-MM-dd'T'HH:mm") !== value.slice(0, 16)) {
    return problem(
      `${value} does not exist in ${zone}: the clocks skip that hour for daylight saving; pick a time outside the gap, ` +
        `or write the offset you mean, like ${local.toISO({ suppressMilliseconds: true, includeOffset: true })?.slice(0, 16)}${formatOffset(local.offset)}`,
    );
  }
  const possible = local.getPossibleOffsets();
  if (possible.length > 1) {
    const choices = possible.map((d) => `${value.slice(0, 16)}${formatOffset(d.offset)}`).join(' or ');
    return problem(
      `${value} happens twice in ${zone}: the clocks go back for daylight saving; write the offset you mean, ${choices}`,
    );
  }
  return ok(local.toFormat(ZONED));
}

/** The day after a `yyyy-MM-dd` date. */
export function nextDay(date: string): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days: 1 }).toISODate()!;
}

/** Whether `yyyy-MM-dd` is a real calendar date. */
export function isRealDate(date: string): boolean {
  return DateTime.fromISO(date, { zone: 'UTC' }).isValid;
}
