/**
 * Zone arithmetic with `Intl` and plain numbers, for the browser (luxon stays out of partner pages).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

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

/** The zone's offset from UTC at an instant, in ms (Kathmandu: +5:45 → 20 700 000). */
export function zoneOffset(zone: string, instant: number): number {
  const parts = Object.fromEntries(partsFormatter(zone).formatToParts(instant).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return wall - Math.floor(instant / 1000) * 1000;
}

const OFFSET = /(Z|[+-]\d{2}:\d{2})$/;

/**
 * The instant of a time string. With an offset (`…Z`, `…+04:00`) it is that instant. Without one, it is
 * the wall-clock time in `zone`; `local` (or no zone) means the visitor's own zone.
 */
export function toInstant(value: string, zone?: string): number {
  if (OFFSET.test(value)) return Date.parse(value);
  const [date, time = '00:00:00'] = value.split('T');
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi, s = 0] = time.split(':').map(Number);
  if (!zone || zone === 'local') return new Date(y, mo - 1, d, h, mi, s).getTime();
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  const first = asUtc - zoneOffset(zone, asUtc);
  return asUtc - zoneOffset(zone, first);
}

/** `UTC+4`, `UTC+5:45`, `UTC−3:30`, `UTC` for an offset in ms. */
export function offsetLabel(offsetMs: number): string {
  if (offsetMs === 0) return 'UTC';
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `UTC${offsetMs < 0 ? '\u2212' : '+'}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}
