/**
 * Zone arithmetic with `Intl` and plain numbers, for the browser (luxon stays out of partner pages).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The visitor's own IANA zone (what `local` means in the browser). Not cached: it can change under a test's emulation. */
export function visitorZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall-clock fields of an instant in a zone. */
function wallFields(instant: number, zone: string): Record<string, number> {
  return Object.fromEntries(partsFormatter(zone).formatToParts(instant).map((p) => [p.type, Number(p.value)]));
}

/** Whether `zone` is `local` or a zone name this browser knows. */
export function isZone(zone: string): boolean {
  if (zone === 'local') return true;
  try {
    partsFormatter(zone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Offsets already worked out, by zone and instant: a site, or a countdown on every tick, asks for the same
 * few instants again and again, and `Intl` is slow to ask.
 */
const offsets = new Map<string, number>();
const REMEMBERED_OFFSETS = 10_000;

/** The zone's offset from UTC at an instant, in ms (Kathmandu: +5:45 → 20 700 000). */
export function zoneOffset(zone: string, instant: number): number {
  const key = `${zone} ${instant}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const f = wallFields(instant, zone);
    offset = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second) - Math.floor(instant / 1000) * 1000;
    if (offsets.size >= REMEMBERED_OFFSETS) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `2026-12-11T00:00:00` for an instant in a zone (`local`: the visitor's). */
export function wallClock(instant: number, zone: string): string {
  const f = wallFields(instant, zone === 'local' ? visitorZone() : zone);
  return `${String(f.year).padStart(4, '0')}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}`;
}

/** `yyyy-MM-dd`, optional `THH:mm[:ss[.sss]]`, optional offset (`Z`, `+05:45`). */
const TIME_STRING = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** Whether the string carries its own offset, so it names one instant whatever the zone. */
export function hasOffset(value: string): boolean {
  return TIME_STRING.exec(value)?.[7] !== undefined;
}

const DAY_MS = 86_400_000;

/**
 * The instant a wall-clock time (`Date.UTC` fields read as if in UTC) stands for in `zone`. A time that
 * a daylight-saving change skips is moved forward by the length of the gap, and a time that happens twice
 * is the earlier of the two: the "compatible" rule of RFC 5545 and Temporal, the same whichever side of
 * UTC the zone is on. Offsets a day before and after bracket any one transition.
 */
export function wallToInstant(asUtc: number, zone: string): number {
  const before = zoneOffset(zone, asUtc - DAY_MS);
  const after = zoneOffset(zone, asUtc + DAY_MS);
  const candidates = [...new Set([asUtc - before, asUtc - after])].filter((instant) => instant + zoneOffset(zone, instant) === asUtc);
  if (candidates.length > 0) return Math.min(...candidates);
  return asUtc - before;
}

/**
 * The instant of a time string, or NaN when it is not a real date and time (Date.parse would roll
 * 30 February over to March; this refuses it). With an offset (`…Z`, `…+04:00`) it is that instant.
 * Without one, it is the wall-clock time in `zone` (see `wallToInstant`); `local` (or no zone) means the
 * visitor's own zone.
 */
export function toInstant(value: string, zone?: string): number {
  const match = TIME_STRING.exec(value);
  if (!match) return NaN;
  const [y, mo, d, h, mi, s] = match.slice(1, 7).map((field) => Number(field ?? 0));
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  // A field out of range rolls over into the next (and a year before 100 is read as 19xx): not this time.
  const utc = new Date(asUtc);
  if (utc.getUTCFullYear() !== y || utc.getUTCMonth() !== mo - 1 || utc.getUTCDate() !== d || utc.getUTCHours() !== h || utc.getUTCMinutes() !== mi || utc.getUTCSeconds() !== s) return NaN;
  if (match[7] !== undefined) return Date.parse(value);
  return wallToInstant(asUtc, !zone || zone === 'local' ? visitorZone() : zone);
}

/** `+05:45`, `-03:30`, `+00:00`, from minutes east of UTC. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** `UTC+4`, `UTC+5:45`, `UTC−3:30`, `UTC` for an offset in ms. */
export function offsetLabel(offsetMs: number): string {
  if (offsetMs === 0) return 'UTC';
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `UTC${offsetMs < 0 ? '\u2212' : '+'}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}
