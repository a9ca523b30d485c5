/**
 * Loads the `campaign.json` elements point at: one request per file for the whole page, however many
 * elements (and copies of Summit's scripts) show it, without credentials, given up after ten seconds or
 * past 2 MB. A failure of any kind leaves each element's fallback content as it is and logs exactly one
 * warning per element; nothing is thrown into the host page. The server's `Date` header corrects the
 * shared clock on the way (the clock guard).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clock, serverTime, type PageClock } from './clock.js';
import { pageSingleton } from './page-singleton.js';

/** How long a campaign file may take before elements give up on it and keep their fallback. */
export const CAMPAIGN_TIMEOUT_MS = 10_000;

/** The largest campaign file elements read (the shipped ones are 10–30 KB); anything bigger is refused unread. */
export const CAMPAIGN_MAX_BYTES = 2 * 1024 * 1024;

/** A campaign file as fetched: its parsed JSON, not read yet, and the URLs elements link to. Frozen with `Load`. */
export interface CampaignFile {
  json: unknown;
  /** The campaign file's URL. */
  url: string;
  /** The campaign's page in its default locale (the folder of `campaign.json`). */
  page: string;
}

/**
 * Reads what an element shows from a campaign file (each element reads only what it needs, so a countdown
 * carries no news reader); throws an Error that says what is wrong.
 */
export type CampaignView<T> = (file: CampaignFile) => T;

/**
 * A campaign file being fetched or fetched, and how many elements still wait for it: what every copy of
 * Summit's scripts on a page reads and updates, the frozen contract of `summit.campaign-loads.v1` (see
 * `pageSingleton`).
 */
interface Load {
  file: Promise<CampaignFile>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

/** The page's loads by absolute URL, shared by every copy of Summit's scripts: one request per file. */
const loads = pageSingleton('campaign-loads.v1', () => new Map<string, Load>());

/** A wait for a campaign file; `release()` says the element no longer needs it. */
export interface CampaignRequest {
  file: Promise<CampaignFile>;
  release: () => void;
}

/** The response's body as text, read no further than `CAMPAIGN_MAX_BYTES`. */
async function boundedText(response: Response, controller: AbortController): Promise<string> {
  const tooBig = () => new Error(`larger than ${CAMPAIGN_MAX_BYTES / 1024 / 1024} MB`);
  if (Number(response.headers.get('Content-Length')) > CAMPAIGN_MAX_BYTES) throw tooBig();
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > CAMPAIGN_MAX_BYTES) {
      controller.abort();
      throw tooBig();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** The response's JSON; rejects with what came instead (an HTTP error, too large, or not JSON). */
async function responseJson(response: Response, controller: AbortController): Promise<unknown> {
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const text = await boundedText(response, controller);
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`not JSON (${response.headers.get('Content-Type') ?? 'no content type'})`);
  }
}

/**
 * The campaign file at `url`, fetched once per page (until it fails). `no-cache` revalidates, so the `Date`
 * header is the server's time now rather than that of a copy cached days ago. The fetch is aborted when
 * every element that asked for it has released it before it arrived.
 */
export function loadCampaign(url: string, source: PageClock = clock): CampaignRequest {
  const absolute = new URL(url, document.baseURI).href;
  let load = loads.get(absolute);
  if (!load) {
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(new Error(`no answer within ${CAMPAIGN_TIMEOUT_MS / 1000} s`)), CAMPAIGN_TIMEOUT_MS);
    const file = fetch(absolute, { credentials: 'omit', cache: 'no-cache', signal: controller.signal })
      .then(async (response) => {
        const receivedAt = source.source();
        const json = await responseJson(response, controller);
        const trusted = serverTime(response);
        if (trusted !== undefined) source.correctTo(trusted, receivedAt);
        const final = response.url || absolute;
        return { json, url: final, page: new URL('./', final).href };
      })
      .catch((error: unknown) => {
        // A failure is not remembered for the page: an element added later tries again.
        if (loads.get(absolute) === started) loads.delete(absolute);
        throw error;
      })
      .finally(() => {
        started.settled = true;
        clearTimeout(timeout);
      });
    const started: Load = { file, controller, waiting: 0, settled: false };
    load = started;
    loads.set(absolute, load);
  }
  const waited = load;
  waited.waiting += 1;
  let released = false;
  return {
    file: waited.file,
    release: () => {
      if (released) return;
      released = true;
      waited.waiting -= 1;
      // After the current task: an element that replaces another (a framework re-render) joins the same fetch.
      setTimeout(() => {
        if (waited.waiting > 0 || waited.settled) return;
        waited.controller.abort(new Error('no element waits for it any more'));
        if (loads.get(absolute) === waited) loads.delete(absolute);
      });
    },
  };
}

export class CampaignController<T> implements ReactiveController {
  /** What the view made of the latest campaign file, or undefined (none, loading, or failed). */
  value: T | undefined;
  /** Whether a load is in flight. */
  loading = false;

  private url = '';
  /** The request whose answer is awaited; a newer request, or leaving the page, makes it stale. */
  private pending: symbol | undefined;
  private release: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly view: CampaignView<T>,
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
    this.pending = undefined;
    this.release?.();
    if (this.loading) this.setLoading(false);
  }

  private start(): void {
    this.value = undefined;
    this.release?.();
    this.release = undefined;
    const url = this.url;
    if (!url) {
      this.pending = undefined;
      this.host.requestUpdate();
      return;
    }
    const request = Symbol(url);
    this.pending = request;
    this.setLoading(true);
    let load: Promise<CampaignFile>;
    try {
      const requested = loadCampaign(url);
      this.release = requested.release;
      load = requested.file;
    } catch (error) {
      load = Promise.reject(error);
    }
    load
      .then((data) => {
        if (this.pending === request) this.value = this.view(data);
      })
      .catch((error: unknown) => {
        if (this.pending !== request) return;
        const reason = error instanceof Error ? error.message : String(error);
        console.warn(`summit: <${this.host.localName}> ${this.fallback}; could not use ${url}: ${reason}`);
      })
      .finally(() => {
        if (this.pending !== request) return;
        this.pending = undefined;
        this.setLoading(false);
      });
  }

  private setLoading(loading: boolean): void {
    this.loading = loading;
    this.host.requestUpdate();
  }
}
