import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineElements } from '../../src/components/elements.js';
import { loadLanguage } from '../../src/i18n/localization.js';
import type { SummitNews } from '../../src/components/news/news.js';
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
