import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineElements } from '../../src/components/elements.js';
import { loadLanguage } from '../../src/i18n/localization.js';
import type { SummitCalendar } from '../../src/components/calendar/calendar.js';
import { captureWarnings } from '../support/warnings.js';

defineElements();

describe('summit-calendar', () => {
  it('on a partner page, links to its language’s .ics beside campaign.json and to the calendar services, in its language', async () => {
    await loadLanguage('fr');
    const el = await fixture<SummitCalendar>(html`<summit-calendar campaign="/test/fixtures/banner/campaign.json" lang="fr"><a href="https://example.org/">Journée</a></summit-calendar>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="link"]'), 'the links rendered');
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="link"]')];
    expect(links.map((a) => a.href.replace(/^[a-z]+:\/\/[^/]+/, '').split('?')[0])).to.deep.equal(['/test/fixtures/banner/fr/mountain-day.ics', '/test/fixtures/banner/fr/mountain-day.ics', '/calendar/render', '/calendar/0/deeplink/compose', '/calendar/0/deeplink/compose']);
    expect(links[0].hasAttribute('download')).to.be.true;
    expect(links[1].href, 'the same file, to subscribe to').to.equal(links[0].href.replace(/^https?:/, 'webcal:'));
    expect(links[1].textContent).to.equal('S’abonner (toujours à jour)');
    expect(new URL(links[2].href).searchParams.get('text')).to.equal('Journée internationale de la montagne');
    expect(links[0].textContent).to.not.equal('Calendar file (.ics)');
    // A yearly event: Outlook's links add one occurrence, and say so.
    expect(new URL(links[2].href).searchParams.get('recur')).to.equal('RRULE:FREQ=YEARLY');
    expect(links.slice(3).map((a) => a.textContent)).to.deep.equal(['Outlook.com (cette année seulement)', 'Microsoft 365 (cette année seulement)']);
    expect(links[3].title).to.equal('N’ajoute que la date de cette année ; pour toutes les années, utilisez le fichier d’agenda ou abonnez-vous');
    await expect(el).to.be.accessible();
  });

  it('keeps its fallback, warns once and throws nothing when the data cannot be used', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<SummitCalendar>(html`<summit-calendar campaign="/test/fixtures/countdown/invalid.json"><a href="https://example.org/">Calendar</a></summit-calendar>`);
      await waitUntil(() => warnings.calls.length > 0, 'a warning');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('slot')).to.exist;
      expect(warnings.calls).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});
