import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/elements.js';
import { defineElements } from '../../src/components/elements.js';
import { clock } from '../../src/components/shared/clock.js';
import type { SummitCountdown } from '../../src/components/countdown/countdown.js';

defineElements();

const START = '2026-12-11T10:00:00Z';
const END = '2026-12-11T12:00:00Z';

async function countdownAt(now: string, template = html`<summit-countdown start=${START} end=${END} lang="en"><p>11 December 2026</p></summit-countdown>`) {
  clock.now = () => Date.parse(now);
  const el = await fixture<SummitCountdown>(template);
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

function part(el: SummitCountdown, name: string): string {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`)!.textContent!.trim();
}

describe('summit-countdown', () => {
  it('shows the time left in parts and reflects state', async () => {
    const el = await countdownAt('2026-12-09T08:58:30Z');
    expect(el.getAttribute('state')).to.equal('upcoming');
    expect([part(el, 'days'), part(el, 'hours'), part(el, 'minutes'), part(el, 'seconds')]).to.deep.equal(['2', '1', '1', '30']);
  });
});
