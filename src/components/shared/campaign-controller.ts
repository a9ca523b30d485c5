/**
 * Loads the `campaign.json` an element points at: one fetch at a time, without credentials, abandoned
 * when the element leaves the page or the URL changes, given up after ten seconds. A failure of any
 * kind leaves the element's fallback content as it is and logs exactly one warning; nothing is thrown
 * into the host page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long a campaign file may take before an element gives up on it and keeps its fallback. */
export const CAMPAIGN_TIMEOUT_MS = 10_000;

/** Reads what an element needs from a response; rejects with an Error that says what is wrong. */
export type CampaignReader<T> = (response: Response, signal: AbortSignal) => Promise<T>;

export class CampaignController<T> implements ReactiveController {
  /** What the reader made of the latest campaign file, or undefined (none, loading, or failed). */
  value: T | undefined;
  /** Whether a fetch is in flight. */
  loading = false;

  private url = '';
  private inFlight: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly read: CampaignReader<T>,
    /** Completes "summit: <tag> …; could not use <url>: <reason>", saying what the visitor sees instead. */
    private readonly fallback: string,
  ) {
    host.addController(this);
  }

  /**
   * Loads `url` unless it is the one already requested (loaded, loading, or failed: a failure is not
   * retried on every update); an empty URL clears the value.
   */
  request(url: string): void {
    if (url === this.url) return;
    this.url = url;
    this.start();
  }

  hostConnected(): void {
    if (this.url && this.value === undefined && !this.loading) this.start();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private start(): void {
    this.stop();
    this.value = undefined;
    const url = this.url;
    if (!url) return;
    const controller = new AbortController();
    this.inFlight = controller;
    this.setLoading(true);
    const timeout = setTimeout(() => controller.abort(new Error(`no answer within ${CAMPAIGN_TIMEOUT_MS / 1000} s`)), CAMPAIGN_TIMEOUT_MS);
    fetch(url, { credentials: 'omit', cache: 'no-cache', signal: controller.signal })
      .then((response) => this.read(response, controller.signal))
      .then(
        (value) => {
          if (this.inFlight === controller) this.value = value;
        },
        (error: unknown) => {
          if (this.inFlight !== controller) return;
          const reason = error instanceof Error ? error.message : String(error);
          console.warn(`summit: <${this.host.localName}> ${this.fallback}; could not use ${url}: ${reason}`);
        },
      )
      .finally(() => {
        clearTimeout(timeout);
        if (this.inFlight !== controller) return;
        this.inFlight = undefined;
        this.setLoading(false);
      });
  }

  /** Abandons a fetch in flight, without a warning: nobody waits for it any more. */
  private stop(): void {
    const controller = this.inFlight;
    this.inFlight = undefined;
    if (this.loading) this.setLoading(false);
    controller?.abort();
  }

  private setLoading(loading: boolean): void {
    this.loading = loading;
    this.host.requestUpdate();
  }
}

/** The response's JSON; rejects with what came instead (an HTTP error, or not JSON). */
export async function responseJson(response: Response, signal: AbortSignal): Promise<unknown> {
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json().catch((error: unknown) => {
    throw signal.aborted ? error : new Error(`not JSON (${response.headers.get('Content-Type') ?? 'no content type'})`);
  });
}
