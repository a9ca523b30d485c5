import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineElements } from '../../src/components/elements.js';
import { loadLanguage } from '../../src/i18n/localization.js';
import type { SummitNews } from '../../src/components/news/news.js';
import type { SummitBanner } from '../../src/components/banner/banner.js';
import type { SummitCalendar } from '../../src/components/calendar/calendar.js';
import { captureWarnings } from '../support/warnings.js';

defineElements();

const CAMPAIGN = '/test/fixtures/news/campaign.json';

function titles(el: SummitNews): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part~="item"] .title')].map((t) => t.textContent!.trim());
}

async function loaded(el: SummitNews): Promise<SummitNews> {
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="list"]'), 'the news rendered');
  return el;
}

/**
 * Passes `fetch` through to the test server (or to `respond`) until `restore()`, recording each URL.
 * Each test gives its file a query of its own: the page reads a campaign file once while it succeeds.
 */
function watchFetch(respond?: (url: string, init?: RequestInit) => Promise<Response>): { urls: string[]; restore: () => void } {
  const original = window.fetch;
  const urls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    urls.push(url);
    return respond ? respond(url, init) : original(input, init);
  };
  return { urls, restore: () => (window.fetch = original) };
}

const absolute = (url: string) => new URL(url, document.baseURI).href;

describe('summit-news', () => {
  it('on a Summit page, shows the server-rendered list through its slot and fetches nothing', async () => {
    const el = await fixture<SummitNews>(html`<summit-news><h2>News</h2><ul><li>Item</li></ul></summit-news>`);
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    expect(el.shadowRoot!.querySelector('[part~="list"]')).to.not.exist;
  });

  it('on a partner page, renders the campaign news newest first, dropping unsafe links and untitled items', async () => {
    const el = await loaded(await fixture<SummitNews>(html`<summit-news campaign=${CAMPAIGN} lang="en" limit="10"><a href="https://example.org">News</a></summit-news>`));
    // Markup in a title is text: the item stays, and no image element appears.
    expect(titles(el)).to.deep.equal(['Newest item', '<img src=x onerror=alert(1)>', 'Older item']);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="link"]')].map((a) => a.href);
    expect(links.every((href) => href.startsWith('https://example.org/'))).to.be.true;
    expect(el.shadowRoot!.querySelector('img')).to.not.exist;
  });

  it('names each "Read more" by its item', async () => {
    const el = await loaded(await fixture<SummitNews>(html`<summit-news campaign=${CAMPAIGN} lang="en" limit="1"></summit-news>`));
    const link = el.shadowRoot!.querySelector('[part~="link"]')!;
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Read more: Newest item');
  });

  it('speaks its own language: two widgets in two languages on one page, fallback text marked with its language', async () => {
    await loadLanguage('fr');
    await loadLanguage('ar');
    const wrap = await fixture(html`<div lang="en">
      <summit-news campaign=${CAMPAIGN} lang="fr" limit="3"></summit-news>
      <summit-news campaign=${CAMPAIGN} lang="ar" limit="3"></summit-news>
    </div>`);
    const [fr, ar] = [...wrap.querySelectorAll<SummitNews>('summit-news')];
    await loaded(fr);
    await loaded(ar);
    expect(titles(fr)).to.deep.equal(['Article le plus récent', '<img src=x onerror=alert(1)>', 'Article plus ancien']);
    expect(titles(ar)).to.deep.equal(['أحدث خبر', '<img src=x onerror=alert(1)>', 'Older item']);
    expect([...ar.shadowRoot!.querySelectorAll('.title span[lang="en"][dir="ltr"]')].map((s) => s.textContent)).to.deep.equal(['<img src=x onerror=alert(1)>', 'Older item']);
    const readMore = (el: SummitNews) => el.shadowRoot!.querySelector('[part~="link"]')!.textContent!.replace(/:\s[\s\S]*$/, '').trim();
    expect(readMore(fr)).to.not.equal('Read more');
    expect(readMore(fr)).to.have.length.greaterThan(3);
    expect(readMore(ar)).to.not.equal(readMore(fr));
    await expect(ar).to.be.accessible();
    await expect(fr).to.be.accessible();
  });

  it('makes one request for a campaign file however many news elements on the page show it', async () => {
    const url = `${CAMPAIGN}?case=one-request`;
    const fetching = watchFetch();
    try {
      const wrap = await fixture(html`<div>
        <summit-news campaign=${url} lang="en" limit="1"></summit-news>
        <summit-news campaign=${url} lang="en" limit="2"></summit-news>
      </div>`);
      const [one, two] = [...wrap.querySelectorAll<SummitNews>('summit-news')];
      await loaded(one);
      await loaded(two);
      expect([titles(one), titles(two)]).to.deep.equal([['Newest item'], ['Newest item', '<img src=x onerror=alert(1)>']]);
      expect(fetching.urls).to.deep.equal([absolute(url)]);
    } finally {
      fetching.restore();
    }
  });

  it('asks again for a campaign file that failed, when another element shows it later', async () => {
    const url = `${CAMPAIGN}?case=retry`;
    const warnings = captureWarnings();
    let fail = true;
    const serverFetch = window.fetch;
    const retrying = watchFetch(async (_requested, init) => (fail ? new Response('Service Unavailable', { status: 503 }) : serverFetch(CAMPAIGN, init)));
    try {
      const first = await fixture<SummitNews>(html`<summit-news campaign=${url} lang="en"><a href="https://example.org/news">All news</a></summit-news>`);
      await waitUntil(() => warnings.calls.length > 0, 'a warning');
      await first.updateComplete;
      expect(first.shadowRoot!.querySelector('slot')).to.exist;
      fail = false;
      const later = await loaded(await fixture<SummitNews>(html`<summit-news campaign=${url} lang="en" limit="1"></summit-news>`));
      expect(titles(later)).to.deep.equal(['Newest item']);
      expect(retrying.urls).to.deep.equal([absolute(url), absolute(url)]);
      expect(warnings.calls).to.have.length(1);
    } finally {
      retrying.restore();
      warnings.restore();
    }
  });

  it('aborts the request for a campaign file when the last element waiting for it leaves the page, and only then', async () => {
    const url = `${CAMPAIGN}?case=leave`;
    const signals: AbortSignal[] = [];
    const fetching = watchFetch((_requested, init) => {
      signals.push(init!.signal!);
      return new Promise<Response>((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)));
    });
    const warnings = captureWarnings();
    try {
      const box = await fixture<HTMLElement>(html`<div>
        <summit-news campaign=${url} lang="en"><a href="https://example.org/news">All news</a></summit-news>
        <summit-news campaign=${url} lang="fr"><a href="https://example.org/news">Toutes les nouvelles</a></summit-news>
      </div>`);
      const [first, second] = box.querySelectorAll('summit-news');
      expect(signals).to.have.length(1);
      first.remove();
      await aTimeout(0);
      expect(signals[0].aborted, 'the other element still waits').to.equal(false);
      second.remove();
      await aTimeout(0);
      expect(signals[0].aborted).to.equal(true);
      expect(warnings.calls, 'nobody is told: nobody waits').to.have.length(0);
    } finally {
      fetching.restore();
      warnings.restore();
    }
  });

  it('refuses a campaign file larger than 2 MB without reading it all, and keeps its fallback', async () => {
    const url = `${CAMPAIGN}?case=huge`;
    const warnings = captureWarnings();
    let pulled = 0;
    // 4 MB of JSON-looking text, served as a stream without Content-Length: only reading can tell.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 64) controller.close();
        else controller.enqueue(new TextEncoder().encode(pulled === 1 ? '{"x":"' : 'x'.repeat(65_536)));
      },
    });
    const fetching = watchFetch(async () => new Response(body, { headers: { 'Content-Type': 'application/json' } }));
    try {
      const el = await fixture<SummitNews>(html`<summit-news campaign=${url} lang="en"><a href="https://example.org/news">All news</a></summit-news>`);
      await waitUntil(() => warnings.calls.length > 0, 'a warning');
      expect(String(warnings.calls[0][0])).to.contain('larger than 2 MB');
      expect(pulled).to.be.lessThan(40, 'it stopped reading soon after 2 MB');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('slot')).to.exist;
    } finally {
      fetching.restore();
      warnings.restore();
    }
  });

  it('keeps every fallback link, with one warning per element, for a campaign file of a version it does not know', async () => {
    const url = '/test/fixtures/news/version-3.json';
    const warnings = captureWarnings();
    try {
      const wrap = await fixture(html`<div>
        <summit-news campaign=${url}><a href="https://example.org/news">All news</a></summit-news>
        <summit-news campaign=${url}><a href="https://example.org/news">All news</a></summit-news>
        <summit-banner campaign=${url}><a href="https://example.org/">The event</a></summit-banner>
        <summit-calendar campaign=${url}><a href="https://example.org/event.ics">Add to calendar</a></summit-calendar>
      </div>`);
      const elements = [...wrap.querySelectorAll<SummitNews | SummitBanner | SummitCalendar>('summit-news, summit-banner, summit-calendar')];
      await waitUntil(() => warnings.calls.length >= elements.length, 'a warning from each element');
      await aTimeout(50);
      await Promise.all(elements.map((el) => el.updateComplete));
      const warned = warnings.calls.map((args) => String(args[0]).match(/^summit: <([a-z-]+)>/)?.[1]);
      expect(warned.sort()).to.deep.equal(['summit-banner', 'summit-calendar', 'summit-news', 'summit-news']);
      for (const [message] of warnings.calls) expect(String(message)).to.contain(`could not use ${url}: expected campaign data of version 2`);
      for (const el of elements) {
        const link = el.querySelector('a')!;
        expect(link.assignedSlot, el.localName).not.to.equal(null);
        expect(link.getBoundingClientRect().height, el.localName).to.be.greaterThan(0);
        // Nothing of the campaign is rendered: no news list, banner name or calendar links.
        expect(el.shadowRoot!.querySelector('[part~="list"], .name, [part~="link"]'), el.localName).to.not.exist;
      }
    } finally {
      warnings.restore();
    }
  });

  for (const [name, url] of [
    ['a 404', '/test/fixtures/news/missing.json'],
    ['HTML instead of JSON', '/test/fixtures/countdown/not-json.html'],
    ['data that is not a campaign', '/test/fixtures/countdown/invalid.json'],
  ]) {
    it(`keeps its fallback, warns once and throws nothing on ${name}`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<SummitNews>(html`<summit-news campaign=${url}><a href="https://example.org/news">All news</a></summit-news>`);
        await waitUntil(() => warnings.calls.length > 0, 'a warning');
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('slot')).to.exist;
        expect(el.querySelector('a')!.textContent).to.equal('All news');
        expect(warnings.calls).to.have.length(1);
        expect(String(warnings.calls[0][0])).to.match(/^summit: <summit-news> keeps its fallback content; could not use/);
      } finally {
        warnings.restore();
      }
    });
  }
});
