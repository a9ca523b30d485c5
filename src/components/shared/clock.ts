/**
 * One clock for every Summit element on a page.
 *
 * A single timer, aligned to the start of each second, drives every subscribed element; it stops when
 * nothing listens or the page is hidden, and ticks again the moment the page is shown, so a countdown is
 * exact after a background hour or a laptop sleep. Elements never read `Date.now()` themselves: time
 * comes from `clock.now()`, which is the device's clock, corrected when it is more than a minute off a
 * trusted time, or shifted to the instant of an "as of" preview (`?now=` in the page URL). The clock also
 * knows the visitor's zone, which a preview can set too (`?zone=Asia/Kathmandu`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hasOffset, isZone, toInstant, visitorZone } from '../../time/zone.js';
import { pageSingleton } from './page-singleton.js';

type Listener = (now: number) => void;

/** A little past the second boundary, so a tick never lands just before it. */
const ALIGN_SLACK_MS = 5;

/** The longest wait browsers allow a timer (2^31−1 ms, about 24.8 days). */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** A device clock this close to a trusted time is left alone: the trusted time is itself a little late. */
const TRUSTED_TOLERANCE_MS = 60_000;

export class Clock {
  /** The device's own clock, in epoch ms. Tests replace it to inject time; pages never do. */
  source: () => number = () => Date.now();

  /** The zone of a preview, instead of the device's. */
  previewZone: string | undefined;

  /** Added to the device clock: a correction from a trusted time, or the shift of a preview. */
  private shift = 0;
  private previewing = false;
  private readonly listeners = new Set<Listener>();
  /** Checks of pending `at` calls, run again whenever the clock is corrected or shifted. */
  private readonly wakers = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private watchingVisibility = false;

  /** The current time in epoch ms, as every element should show it. */
  now(): number {
    return this.source() + this.shift;
  }

  /** The visitor's IANA zone: the device's, or a preview's. What a floating (`local`) event is read in. */
  zone(): string {
    return this.previewZone ?? visitorZone();
  }

  /**
   * Corrects for a device clock that is more than a minute off a trusted time (like a server's `Date`
   * header), and forgets an earlier correction when the device is within a minute of it. `receivedAt` is
   * the device's time when the trusted time was read. A preview keeps its own time.
   */
  correctTo(trusted: number, receivedAt: number = this.source()): void {
    if (this.previewing || !Number.isFinite(trusted)) return;
    const skew = trusted - receivedAt;
    const shift = Math.abs(skew) > TRUSTED_TOLERANCE_MS ? skew : 0;
    if (shift === this.shift) return;
    this.shift = shift;
    this.shifted();
  }

  /** Makes the clock read `instant` now and run forward from it, whatever the device or a server says. */
  startAt(instant: number): void {
    this.previewing = true;
    this.shift = instant - this.source();
    this.shifted();
  }

  /**
   * Calls `callback` once when the clock reaches `instant`: one timer that sleeps until then (checked
   * again when the page is shown after a sleep, and when the clock is corrected). Returns a function that
   * cancels it.
   */
  at(instant: number, callback: () => void): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const cancel = () => {
      clearTimeout(timer);
      this.wakers.delete(check);
      document.removeEventListener('visibilitychange', check);
    };
    const check = () => {
      clearTimeout(timer);
      const wait = instant - this.now();
      if (wait <= 0) {
        cancel();
        callback();
      } else if (document.visibilityState !== 'hidden') {
        timer = setTimeout(check, Math.min(wait + ALIGN_SLACK_MS, MAX_TIMEOUT_MS));
      }
    };
    this.wakers.add(check);
    document.addEventListener('visibilitychange', check);
    check();
    return cancel;
  }

  private shifted(): void {
    for (const check of [...this.wakers]) check();
    if (this.listeners.size > 0) this.tick();
  }

  /** Calls `listener` on every tick until the returned function is called. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    this.watchVisibility();
    if (this.timer === undefined) this.schedule();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  }

  /** Delivers the current time to every listener now, then waits for the next second. */
  tick(): void {
    const now = this.now();
    for (const listener of [...this.listeners]) listener(now);
    this.schedule();
  }

  /** Whether a timer is pending (for tests of the "no timers while hidden" rule). */
  get running(): boolean {
    return this.timer !== undefined;
  }

  /** Waits for the next second boundary: never more than a second, far below the 2^31−1 ms browsers allow. */
  private schedule(): void {
    this.stop();
    if (this.listeners.size === 0 || document.visibilityState === 'hidden') return;
    const intoSecond = ((this.now() % 1000) + 1000) % 1000;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.tick();
    }, 1000 - intoSecond + ALIGN_SLACK_MS);
  }

  private stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private watchVisibility(): void {
    if (this.watchingVisibility) return;
    this.watchingVisibility = true;
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.stop();
      else if (this.listeners.size > 0) this.tick();
    });
  }
}

/**
 * The instant of an "as of" preview in a query string (`?now=2026-12-10T23:59:50-05:00`), or undefined
 * when there is none. Only a date-time with `Z` or an offset is taken: it names one instant whoever opens
 * the preview. An invalid value is ignored with one warning.
 */
export function previewInstant(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('now');
  if (raw === null) return undefined;
  // An unencoded `+05:45` arrives as ` 05:45`: a query string reads `+` as a space.
  const value = raw.replace(/ (\d{2}:\d{2})$/, '+$1');
  const instant = value.includes('T') && hasOffset(value) ? toInstant(value) : NaN;
  if (Number.isNaN(instant)) {
    console.warn(`summit: ignoring ?now=${raw}: expected an instant with an offset, like 2026-12-10T23:59:50-05:00`);
    return undefined;
  }
  return instant;
}

/**
 * The zone of a preview in a query string (`?zone=Asia/Kathmandu`), or undefined when there is none. An
 * unknown zone is ignored with one warning.
 */
export function previewZone(search: string): string | undefined {
  const zone = new URLSearchParams(search).get('zone');
  if (zone === null) return undefined;
  if (zone !== 'local' && isZone(zone)) return zone;
  console.warn(`summit: ignoring ?zone=${zone}: expected an IANA time zone, like Asia/Kathmandu`);
  return undefined;
}

/**
 * The server's time when it sent a response: its `Date` header (whole seconds) plus the `Age` a cache
 * added. Undefined when the header is absent or not exposed (a cross-origin server must list it in
 * `Access-Control-Expose-Headers`).
 */
export function serverTime(response: Response): number | undefined {
  const date = Date.parse(response.headers.get('Date') ?? '');
  if (Number.isNaN(date)) return undefined;
  const age = Number(response.headers.get('Age') ?? 0);
  return date + (Number.isFinite(age) ? age * 1000 : 0);
}

/**
 * What Summit's code asks of the page's clock, which may be another release's copy of `Clock`: the frozen
 * contract of `summit.clock.v1` (see `pageSingleton`). A member added here needs a new version.
 */
export type PageClock = Pick<Clock, 'source' | 'now' | 'zone' | 'correctTo' | 'at' | 'subscribe'>;

/**
 * The page's clock, shared by every element and every copy of Summit's scripts on the page: one timer,
 * one correction, one preview. The copy that creates it reads the preview from the page's URL.
 */
export const clock: PageClock = pageSingleton('clock.v1', () => {
  const page = new Clock();
  if (typeof location !== 'undefined') {
    const preview = previewInstant(location.search);
    if (preview !== undefined) page.startAt(preview);
    page.previewZone = previewZone(location.search);
  }
  return page;
});

/**
 * Updates its host when the clock reaches the instant it last asked for (`wakeAt`), and not before: for
 * elements whose content changes only at an event's transitions.
 */
export class ChangeController implements ReactiveController {
  private cancel: (() => void) | undefined;
  private instant: number | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: PageClock = clock,
  ) {
    host.addController(this);
  }

  /** Asks for an update at `instant` (instead of any earlier request); undefined asks for none. */
  wakeAt(instant: number | undefined): void {
    if (instant === this.instant) return;
    this.cancel?.();
    this.instant = instant;
    this.cancel = instant === undefined ? undefined : this.source.at(instant, () => {
      this.cancel = this.instant = undefined;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.wakeAt(undefined);
  }
}

/**
 * Subscribes its host to the shared clock while connected and gives it `now`. The first time arrives
 * once the host's first update is complete (ticks before that are ignored), so a server-rendered element
 * first renders exactly the markup the build wrote, and only then shows live numbers.
 */
export class ClockController implements ReactiveController {
  /** The latest tick, in epoch ms; undefined until the host's first update is complete. */
  now: number | undefined;

  private unsubscribe: (() => void) | undefined;
  /** Whether the host's first update (the one that renders the server's markup again) is complete. */
  private firstUpdateDone = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: PageClock = clock,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = this.source.subscribe((now) => {
      if (!this.firstUpdateDone) return;
      this.now = now;
      this.host.requestUpdate();
    });
    void this.host.updateComplete.then(() => {
      if (!this.unsubscribe) return;
      this.firstUpdateDone = true;
      this.now = this.source.now();
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
