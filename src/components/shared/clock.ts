/**
 * One clock for every Summit element on a page.
 *
 * A single timer, aligned to the start of each second, drives every subscribed element; it stops when
 * nothing listens or the page is hidden, and ticks again the moment the page is shown, so a countdown is
 * exact after a background hour or a laptop sleep. Time comes from `clock.now`, which tests and the
 * "as of" preview replace; elements never read `Date.now()` themselves.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Listener = (now: number) => void;

/** A little past the second boundary, so a tick never lands just before it. */
const ALIGN_SLACK_MS = 5;

export class Clock {
  /** The current time in epoch ms. Replace to inject time (tests, previews, a corrected visitor clock). */
  now: () => number = () => Date.now();

  private readonly listeners = new Set<Listener>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private watchingVisibility = false;

  /** Calls `listener` on every tick until the returned function is called. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    this.watchVisibility();
    this.schedule();
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

  private schedule(): void {
    this.stop();
    if (this.listeners.size === 0 || document.visibilityState === 'hidden') return;
    const delay = 1000 - (((this.now() % 1000) + 1000) % 1000) + ALIGN_SLACK_MS;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.tick();
    }, delay);
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

/** The page's clock, shared by every element (and every copy of the embed script, through the registry guard). */
export const clock = new Clock();

/**
 * Subscribes its host to the shared clock while connected and gives it `now`. The first time arrives
 * once the host's first update is complete, so a server-rendered element hydrates against exactly the
 * markup it was rendered with, and only then shows live numbers.
 */
export class ClockController implements ReactiveController {
  /** The latest tick, in epoch ms; undefined until the first tick after connection. */
  now: number | undefined;

  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: Clock = clock,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = this.source.subscribe((now) => {
      this.now = now;
      this.host.requestUpdate();
    });
    void this.host.updateComplete.then(() => {
      if (!this.unsubscribe || this.now !== undefined) return;
      this.now = this.source.now();
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
