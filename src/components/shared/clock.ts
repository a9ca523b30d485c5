/**
 * One clock for every Summit element on a page.
 *
 * A single timer, aligned to the start of each second, drives every subscribed element; it stops when
 * nothing listens or the page is hidden, and ticks again the moment the page is shown, so a countdown is
 * exact after a background hour or a laptop sleep. Elements never read `Date.now()` themselves: time
 * comes from `clock.now()`, which is the device's clock, corrected when it is more than a minute off a
 * trusted time, or shifted to the instant of an "as of" preview (`?now=` in the page URL).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hasOffset, toInstant } from '../../time/zone.js';

type Listener = (now: number) => void;

/** A little past the second boundary, so a tick never lands just before it. */
const ALIGN_SLACK_MS = 5;

/** A device clock this close to a trusted time is left alone: the trusted time is itself a little late. */
const TRUSTED_TOLERANCE_MS = 60_000;

export class Clock {
  /** The device's own clock, in epoch ms. Tests replace it to inject time; pages never do. */
  source: () => number = () => Date.now();

  /** Added to the device clock: a correction from a trusted time, or the shift of a preview. */
  private shift = 0;
  private previewing = false;
  private readonly listeners = new Set<Listener>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private watchingVisibility = false;

  /** The current time in epoch ms, as every element should show it. */
  now(): number {
    return this.source() + this.shift;
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
    if (this.listeners.size > 0) this.tick();
  }

  /** Makes the clock read `instant` now and run forward from it, whatever the device or a server says. */
  startAt(instant: number): void {
    this.previewing = true;
    this.shift = instant - this.source();
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

/** The page's clock, shared by every element (and every copy of the embed script, through the registry guard). */
export const clock = new Clock();

const preview = typeof location === 'undefined' ? undefined : previewInstant(location.search);
if (preview !== undefined) clock.startAt(preview);

/**
 * Subscribes its host to the shared clock while connected and gives it `now`. The first time arrives
 * once the host's first update is complete (ticks before that are ignored), so a server-rendered element
 * hydrates against exactly the markup it was rendered with, and only then shows live numbers.
 */
export class ClockController implements ReactiveController {
  /** The latest tick, in epoch ms; undefined until the host's first update is complete. */
  now: number | undefined;

  private unsubscribe: (() => void) | undefined;
  /** Whether the host's first update (the one that hydrates server-rendered markup) is complete. */
  private firstUpdateDone = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: Clock = clock,
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
