import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineElements } from '../../src/components/elements.js';
import { loadLanguage } from '../../src/i18n/localization.js';
import type { SummitBanner } from '../../src/components/banner/banner.js';
import { clock as pageClock, type Clock } from '../../src/components/shared/clock.js';
import { captureWarnings } from '../support/warnings.js';

defineElements();

/** A test page holds one copy of Summit's scripts, so the page's clock is this copy's `Clock`, which tests drive. */
const clock = pageClock as Clock;

async function loaded(el: SummitBanner): Promise<SummitBanner> {
  await waitUntil(() => el.shadowRoot!.querySelector('.name'), 'the banner rendered');
  return el;
}

const shadowText = (el: SummitBanner, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

const MOUNTAIN_DAY = '/test/fixtures/banner/campaign.json';

/**
 * Shows the page as of `time`, as a `?now=` preview does: which occurrence a yearly campaign is about
 * depends on the date, and a preview's clock is not moved by the test server's `Date` header.
 */
function asOf(time: string): void {
  clock.startAt(Date.parse(time));
}

describe('summit-banner', () => {
  // Before International Mountain Day 2026 (11 December, in every zone).
  beforeEach(() => asOf('2026-11-20T12:00:00Z'));

  it('on a Summit page, lays out the server-rendered content through its slots and fetches nothing', async () => {
    const el = await fixture<SummitBanner>(html`<summit-banner><h1>Day</h1></summit-banner>`);
    expect(el.shadowRoot!.querySelectorAll('slot')).to.have.length(2);
    expect(el.shadowRoot!.querySelector('.name')).to.not.exist;
  });

  it('on a partner page, shows the name, the theme not yet announced, the day and the image, in its language', async () => {
    await loadLanguage('fr');
    const el = await loaded(await fixture<SummitBanner>(html`<summit-banner campaign=${MOUNTAIN_DAY} lang="fr"><a href="https://example.org/">Journée</a></summit-banner>`));
    expect(shadowText(el, '.name')).to.equal('Journée internationale de la montagne');
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    expect(shadowText(el, '.tba')).to.contain('2026');
    expect(shadowText(el, '.tba')).to.not.contain('announced');
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-12-11');
    const image = el.shadowRoot!.querySelector('img')!;
    expect(image.src).to.match(/\/test\/fixtures\/banner\/banner\.svg$/);
    expect([image.getAttribute('width'), image.getAttribute('height')]).to.deep.equal(['1200', '400'], 'the size campaign.json gives');
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="link"]')!.href).to.match(/\/test\/fixtures\/banner\/fr\/$/);
    await expect(el).to.be.accessible();
  });

  it('stays on the year just ended through its recap days, then shows the next year and its theme', async () => {
    const banner = async () => loaded(await fixture<SummitBanner>(html`<summit-banner campaign=${MOUNTAIN_DAY} lang="en"></summit-banner>`));
    const day = (el: SummitBanner) => el.shadowRoot!.querySelector('time')!.getAttribute('datetime');

    asOf('2026-12-11T12:00:00Z');
    const onTheDay = await banner();
    expect(shadowText(onTheDay, '.status')).to.equal('Happening now');
    expect(day(onTheDay)).to.equal('2026-12-11');

    // 15 December is within the 7 recap days after the day, wherever the visitor is.
    asOf('2026-12-15T12:00:00Z');
    const recap = await banner();
    expect(day(recap)).to.equal('2026-12-11');
    expect(shadowText(recap, '.tba')).to.equal('The theme for 2026 has not been announced yet.');
    expect(recap.shadowRoot!.querySelector('.status')).to.not.exist;

    // 20 December is past them everywhere: the 2027 edition, with its theme.
    asOf('2026-12-20T12:00:00Z');
    const next = await banner();
    expect(day(next)).to.equal('2027-12-11');
    expect(next.shadowRoot!.querySelector('.tba')).to.not.exist;
    expect(shadowText(next, '.content')).to.contain('Mountains for tomorrow');
  });

  it('wears the campaign colours, and the host page’s tokens win over them', async () => {
    const el = await loaded(await fixture<SummitBanner>(html`<summit-banner campaign=${MOUNTAIN_DAY} lang="en"></summit-banner>`));
    const base = el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(27, 74, 40)');
    el.style.setProperty('--summit-banner-background', 'rgb(1, 2, 3)');
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('drops a hostile colour and a non-https image, and marks a fallback name with its language', async () => {
    await loadLanguage('fr');
    const el = await loaded(await fixture<SummitBanner>(html`<summit-banner campaign="/test/fixtures/banner/themed.json" lang="fr"></summit-banner>`));
    expect(el.shadowRoot!.querySelector('img')).to.not.exist;
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    expect(base.style.getPropertyValue('--_campaign-accent')).to.equal('');
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(11, 93, 140)');
    expect(el.shadowRoot!.querySelector('.name span[lang="en"]')!.textContent).to.equal('Water Dialogue');
    expect(el.shadowRoot!.textContent).to.contain('L’eau pour la paix');
    await expect(el).to.be.accessible();
  });

  it('keeps its fallback, warns once and throws nothing when the data cannot be used', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<SummitBanner>(html`<summit-banner campaign="/test/fixtures/countdown/not-json.html"><a href="https://example.org/">Mountain Day</a></summit-banner>`);
      await waitUntil(() => warnings.calls.length > 0, 'a warning');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('slot')).to.have.length(2);
      expect(warnings.calls).to.have.length(1);
      expect(String(warnings.calls[0][0])).to.match(/^summit: <summit-banner> keeps its fallback content; could not use/);
    } finally {
      warnings.restore();
    }
  });
});
