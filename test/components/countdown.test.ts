import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { defineElements } from '../../src/components/elements.js';
import { define } from '../../src/components/shared/define.js';
import { clock as pageClock, type Clock } from '../../src/components/shared/clock.js';
import { SummitCountdown } from '../../src/components/countdown/countdown.js';
import { formatDayRange, formatTimeRange, listOfUnits, unitText, zoneName } from '../../src/i18n/intl.js';
import { loadLanguage } from '../../src/i18n/localization.js';
import { captureWarnings } from '../support/warnings.js';
import type { Schedule } from '../../src/time/lifecycle.js';

defineElements();

/** A test page holds one copy of Summit's scripts, so the page's clock is this copy's `Clock`, which tests drive. */
const clock = pageClock as Clock;

/** Every test starts in a fixed zone that is not UTC, with time injected through the shared clock. */
const DEFAULT_ZONE = 'America/Santiago';
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

let now = 0;
const deviceClock = clock.source;

function emulateZone(zone: string): Promise<unknown> {
  return executeServerCommand('emulate-time-zone', { zone });
}

function instant(value: string | number): number {
  return typeof value === 'number' ? value : Date.parse(value);
}

/** A countdown rendered at `time`; it shows numbers once its first update is complete, as on a page once its server-rendered markup is rendered over. */
async function countdownAt(time: string | number, template: TemplateResult): Promise<SummitCountdown> {
  now = instant(time);
  const el = await fixture<SummitCountdown>(template);
  await el.updateComplete;
  return el;
}

/** Moves the clock to `time` and delivers a tick, as the shared timer would. */
async function tickAt(el: SummitCountdown, time: string | number): Promise<void> {
  now = instant(time);
  clock.tick();
  await el.updateComplete;
}

function part(el: SummitCountdown, name: string): string | undefined {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`)?.textContent?.trim();
}

function numbers(el: SummitCountdown): (string | undefined)[] {
  return ['days', 'hours', 'minutes', 'seconds'].map((name) => part(el, name));
}

function timer(el: SummitCountdown): HTMLElement {
  return el.shadowRoot!.querySelector('[role="timer"]')!;
}

function heading(el: SummitCountdown): string | undefined {
  return el.shadowRoot!.querySelector('.heading')?.textContent?.replace(/\s+/g, ' ').trim();
}

function status(el: SummitCountdown): string {
  return el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

/** Replaces `window.fetch` until `restore()`, recording each call's URL and options. */
function stubFetch(respond: (init: RequestInit, url: string) => Promise<Response>): { calls: RequestInit[]; urls: string[]; restore: () => void } {
  const original = window.fetch;
  const calls: RequestInit[] = [];
  const urls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = input instanceof Request ? input.url : String(input);
    calls.push(init);
    urls.push(url);
    return respond(init, url);
  };
  return { calls, urls, restore: () => (window.fetch = original) };
}

/**
 * A URL of its own for a test that stubs `fetch`: the page reads each campaign file once while it
 * succeeds, so a URL shared with another test would be answered from that test's load.
 */
const campaignUrl = (name: string, path = '/campaign.json') => `${path}?case=${encodeURIComponent(name)}`;

/** A fetch that never answers until it is aborted. */
function hang(init: RequestInit): Promise<Response> {
  return new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)));
}

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

const START = '2026-12-11T10:00:00Z';
const END = '2026-12-11T12:00:00Z';
const when = html`<p class="when"><time datetime="2026-12-11T10:00:00Z">11 December 2026, 11:00–13:00 Central European Standard Time (UTC+1)</time></p>`;
const twoHours = (lang = 'en') =>
  html`<summit-countdown start=${START} end=${END} time-zone="Europe/Rome" lang=${lang}>${when}</summit-countdown>`;

/** International Mountain Day: 11 December, the whole day (midnight to midnight) wherever the visitor is. */
const mountainDay = () =>
  html`<summit-countdown start="2026-12-11" end="2026-12-12" time-zone="local" recurrence="yearly" lang="en"
    ><p class="when"><time datetime="2026-12-11">11 December 2026, in every time zone</time></p></summit-countdown
  >`;

describe('summit-countdown', () => {
  before(() => {
    clock.source = () => now;
  });

  beforeEach(() => emulateZone(DEFAULT_ZONE));

  afterEach(async () => {
    clock.correctTo(clock.source());
    await emulateZone(DEFAULT_ZONE);
  });

  after(() => {
    clock.source = deviceClock;
  });

  describe('numbers and state', () => {
    const cases: [string, number, string | undefined, (string | undefined)[]][] = [
      ['40 days away', instant(START) - 40 * DAY, 'upcoming', ['40', '00', '00', '00']],
      ['a mix of units', instant(START) - (2 * DAY + HOUR + MINUTE + 30 * SECOND), 'upcoming', ['2', '01', '01', '30']],
      ['one second before the start', instant(START) - SECOND, 'upcoming', ['0', '00', '00', '01']],
      ['half a second before the start, never zero early', instant(START) - 500, 'upcoming', ['0', '00', '00', '01']],
      ['exactly at the start: live, counting to the end', instant(START), 'live', ['0', '02', '00', '00']],
      ['one second after the start', instant(START) + SECOND, 'live', ['0', '01', '59', '59']],
      ['one second before the end', instant(END) - SECOND, 'live', ['0', '00', '00', '01']],
      ['exactly at the end', instant(END), 'ended', [undefined, undefined, undefined, undefined]],
      ['a year after the end', instant(END) + 365 * DAY, 'ended', [undefined, undefined, undefined, undefined]],
    ];
    for (const [name, time, state, expected] of cases) {
      it(`${name}: ${state} ${expected.join(' ')}`, async () => {
        const el = await countdownAt(time, twoHours());
        expect(el.getAttribute('state')).to.equal(state);
        expect(numbers(el)).to.deep.equal(expected);
        for (const value of numbers(el)) expect(value ?? '').not.to.match(/[-\u2212]/);
      });
    }

    it('says the event is happening while it is live (International Mountain Day, on the day)', async () => {
      const upcoming = await countdownAt(instant(START) - SECOND, twoHours());
      expect(upcoming.shadowRoot!.querySelector('.heading')!.textContent!.trim()).to.equal('Starts in');
      const live = await countdownAt(instant(START) + HOUR, twoHours());
      expect(live.shadowRoot!.querySelector('.heading')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Happening now · Ends in');
    });

    it('says the event has ended once it has, with no numbers left to show', async () => {
      const el = await countdownAt(END, twoHours());
      expect(el.shadowRoot!.querySelector('.over')!.textContent).to.equal('This event has ended.');
      expect(timer(el).getAttribute('aria-label')).to.equal('This event has ended.');
      expect(el.shadowRoot!.querySelector('.units'), 'no numbers').to.equal(null);
      expect(el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="pause"]')!.disabled, 'nothing to pause').to.equal(true);
      expect(el.shadowRoot!.querySelector('[part~="local-time"]')!.textContent!.trim(), 'it still says when it was, in your time').not.to.equal('');
    });

    it('shows target minus now on every tick, never a count of ticks', async () => {
      const el = await countdownAt(instant(START) - HOUR, twoHours());
      await tickAt(el, instant(START) - HOUR + 7 * SECOND);
      expect(numbers(el)).to.deep.equal(['0', '00', '59', '53']);
      clock.tick();
      clock.tick();
      await el.updateComplete;
      expect(numbers(el)).to.deep.equal(['0', '00', '59', '53']);
    });

    it('shows the numbers alone, in the digits and plural words of the language', async () => {
      const el = await countdownAt(instant(START) - (2 * DAY + HOUR + 11 * MINUTE + 3 * SECOND), twoHours('ar'));
      const expected = [
        [2, 'day'],
        [1, 'hour'],
        [11, 'minute'],
        [3, 'second'],
      ] as const;
      expect(numbers(el)).to.deep.equal(expected.map(([n, unit]) => unitText(n, unit, 'ar').number));
      const words = [...el.shadowRoot!.querySelectorAll('.word')].map((w) => w.textContent);
      expect(words).to.deep.equal(expected.map(([n, unit]) => unitText(n, unit, 'ar').unit));
    });

    it('speaks its own language, whatever the page speaks', async () => {
      await loadLanguage('fr');
      const wrap = await fixture(html`<div lang="en">${twoHours('fr')}${twoHours('en')}</div>`);
      const [fr, en] = wrap.querySelectorAll<SummitCountdown>('summit-countdown');
      await tickAt(fr, instant(START) - DAY);
      await en.updateComplete;
      expect(timer(en).getAttribute('aria-label')).to.match(/^Starts in /);
      expect(timer(fr).getAttribute('aria-label')).not.to.match(/^Starts in /);
      expect(timer(fr).getAttribute('aria-label')).to.contain(unitText(1, 'day', 'fr').phrase);
    });

    it('reads a date without end as that whole day: live all day in the visitor\'s zone, not a moment', async () => {
      // The visitor is in Santiago, on summer time (UTC−3) in December: 11 December runs 03:00Z to 03:00Z.
      const day = instant('2026-12-11T03:00:00Z');
      const el = await countdownAt(day - SECOND, html`<summit-countdown start="2026-12-11" time-zone="local" lang="en"></summit-countdown>`);
      expect([el.state, ...numbers(el)]).to.deep.equal(['upcoming', '0', '00', '00', '01']);
      await tickAt(el, day);
      expect([el.state, ...numbers(el)]).to.deep.equal(['live', '1', '00', '00', '00']);
      expect(part(el, 'local-time')).to.equal(`${formatDayRange('2026-12-11', '2026-12-11', 'en')}, your time`);
      await tickAt(el, day + 12 * HOUR);
      expect([el.state, ...numbers(el)]).to.deep.equal(['live', '0', '12', '00', '00']);
      await tickAt(el, day + DAY - SECOND);
      expect([el.state, ...numbers(el)]).to.deep.equal(['live', '0', '00', '00', '01']);
      await tickAt(el, day + DAY);
      expect([el.state, ...numbers(el)]).to.deep.equal(['ended', undefined, undefined, undefined, undefined]);
    });

    const santiagoSpring = html`<summit-countdown start="2027-09-05" end="2027-09-06" time-zone="America/Santiago" lang="en"></summit-countdown>`;
    const skippedMidnight: [string, string, (string | undefined)[]][] = [
      // Clocks go from 23:59:59 (UTC−4) straight to 01:00 (UTC−3) at 04:00Z: the day starts then.
      ['2027-09-05T03:30:00Z', 'upcoming', ['0', '00', '30', '00']],
      ['2027-09-05T03:59:59Z', 'upcoming', ['0', '00', '00', '01']],
      ['2027-09-05T04:00:00Z', 'live', ['0', '23', '00', '00']],
      // `end` is exclusive: the 6th is not part of it.
      ['2027-09-06T02:59:59Z', 'live', ['0', '00', '00', '01']],
      ['2027-09-06T03:00:00Z', 'ended', [undefined, undefined, undefined, undefined]],
    ];
    for (const [time, state, expected] of skippedMidnight) {
      it(`starts a day whose midnight daylight saving skips at its first hour (Santiago, 5 September 2027): ${state} at ${time}`, async () => {
        const el = await countdownAt(time, santiagoSpring);
        expect([el.state, ...numbers(el)]).to.deep.equal([state, ...expected]);
      });
    }

    it('counts a wall-clock time in the zone named by time-zone', async () => {
      const el = await countdownAt(
        '2026-12-11T09:00:00Z',
        html`<summit-countdown start="2026-12-11T11:00:00" end="2026-12-11T13:00:00" time-zone="Europe/Rome" lang="en"></summit-countdown>`,
      );
      expect(numbers(el)).to.deep.equal(['0', '01', '00', '00']);
    });
  });

  describe('an observance (a whole year, the same dates everywhere)', () => {
    const year2027 = (): Schedule => ({
      status: 'scheduled',
      kind: 'observance',
      time: { start: '2027-01-01', end: '2028-01-01', timeZone: 'local', allDay: true },
      recapDays: 7,
      sessions: [],
      editions: [],
    });
    const observance = () => html`<summit-countdown lang="en" .data=${year2027()}><p>1 January – 31 December 2027</p></summit-countdown>`;

    it('counts whole days only, rounded up, with no hours, minutes, seconds or pause button', async () => {
      const el = await countdownAt('2026-12-30T10:00:00-03:00', observance());
      expect(el.getAttribute('state')).to.equal('upcoming');
      expect(numbers(el)).to.deep.equal(['2', undefined, undefined, undefined], 'one day and 14 hours before local midnight reads 2 days');
      expect(el.shadowRoot!.querySelector('[part~="pause"]')).to.equal(null);
      expect(timer(el).getAttribute('aria-label')).to.equal('Starts in 2 days');
      await tickAt(el, '2026-12-31T23:00:00-03:00');
      expect(numbers(el)[0]).to.equal('1', 'an hour before the year, never 0 days');
    });

    it('says "Throughout 2027" during the year instead of counting, and has ended after it', async () => {
      const el = await countdownAt('2027-06-15T12:00:00-04:00', observance());
      expect(el.getAttribute('state')).to.equal('live');
      expect(heading(el)).to.equal('Throughout 2027');
      expect(numbers(el)).to.deep.equal([undefined, undefined, undefined, undefined]);
      expect(timer(el).getAttribute('aria-label')).to.equal('Throughout 2027');
      await tickAt(el, '2028-01-01T00:00:01-03:00');
      expect(el.getAttribute('state')).to.equal('ended');
    });

    it('shows only its fallback for an initiative, which has no time, without a warning', async () => {
      const warnings = captureWarnings();
      const el = await countdownAt('2027-06-15T12:00:00Z', html`<summit-countdown .data=${{ status: 'scheduled', kind: 'initiative', recapDays: 7, sessions: [], editions: [] }}><p>Ongoing</p></summit-countdown>`);
      expect(el.hasAttribute('state')).to.equal(false);
      expect(numbers(el)).to.deep.equal(['', '', '', ''], 'no numbers');
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.classList.contains('unavailable')).to.equal(true, 'the date fallback is all there is');
      expect(el.textContent!.trim()).to.equal('Ongoing');
      warnings.restore();
      expect(warnings.calls).to.deep.equal([]);
    });
  });

  describe('transitions', () => {
    it('fires summit-countdown-start and summit-countdown-end once each, bubbling out of shadow roots', async () => {
      const el = await countdownAt(instant(START) - 2 * SECOND, twoHours());
      const seen: string[] = [];
      for (const type of ['summit-countdown-start', 'summit-countdown-end']) {
        el.parentElement!.addEventListener(type, (event) => seen.push(`${event.type} ${el.getAttribute('state')} ${event.composed}`));
      }
      for (const offset of [-SECOND, 0, SECOND, 2 * HOUR - SECOND, 2 * HOUR, 2 * HOUR + SECOND, 3 * HOUR]) {
        await tickAt(el, instant(START) + offset);
      }
      expect(seen).to.deep.equal(['summit-countdown-start live true', 'summit-countdown-end ended true']);
    });

    it('fires nothing for the state it finds when the page opens', async () => {
      const seen: string[] = [];
      const listen = (event: Event) => seen.push(event.type);
      document.addEventListener('summit-countdown-start', listen);
      document.addEventListener('summit-countdown-end', listen);
      const el = await countdownAt(instant(START) + HOUR, twoHours());
      await tickAt(el, instant(START) + HOUR + SECOND);
      document.removeEventListener('summit-countdown-start', listen);
      document.removeEventListener('summit-countdown-end', listen);
      expect(el.state).to.equal('live');
      expect(seen).to.deep.equal([]);
    });

    it('fires start, then end, when one tick passes the whole event (a page hidden throughout)', async () => {
      const el = await countdownAt(instant(START) - HOUR, twoHours());
      const seen: string[] = [];
      const listen = (event: Event) => seen.push(event.type);
      el.addEventListener('summit-countdown-start', listen);
      el.addEventListener('summit-countdown-end', listen);
      await tickAt(el, instant(END) + HOUR);
      expect(seen).to.deep.equal(['summit-countdown-start', 'summit-countdown-end']);
    });

    it('fires nothing when the time goes back (a corrected clock)', async () => {
      const el = await countdownAt(instant(START) + HOUR, twoHours());
      const seen: string[] = [];
      el.addEventListener('summit-countdown-start', (event) => seen.push(event.type));
      el.addEventListener('summit-countdown-end', (event) => seen.push(event.type));
      await tickAt(el, instant(START) - HOUR);
      await tickAt(el, instant(START) - HOUR + SECOND);
      expect(el.state).to.equal('upcoming');
      expect(seen).to.deep.equal([]);
    });
  });

  describe('daylight saving between now and the event', () => {
    const cases: [string, string, string, TemplateResult, string[]][] = [
      [
        'spring forward, UTC instants',
        'America/New_York',
        '2027-03-13T12:00:00-05:00',
        html`<summit-countdown start="2027-03-14T16:00:00Z" end="2027-03-14T17:00:00Z" time-zone="America/New_York"></summit-countdown>`,
        ['0', '23', '00', '00'],
      ],
      [
        'spring forward, wall-clock time in the event zone',
        DEFAULT_ZONE,
        '2027-03-13T12:00:00-05:00',
        html`<summit-countdown start="2027-03-14T12:00:00" end="2027-03-14T13:00:00" time-zone="America/New_York"></summit-countdown>`,
        ['0', '23', '00', '00'],
      ],
      [
        'spring forward, floating time for a visitor in New York',
        'America/New_York',
        '2027-03-13T12:00:00-05:00',
        html`<summit-countdown start="2027-03-14T12:00:00" end="2027-03-14T13:00:00" time-zone="local"></summit-countdown>`,
        ['0', '23', '00', '00'],
      ],
      [
        'fall back, UTC instants',
        'America/New_York',
        '2026-10-31T12:00:00-04:00',
        html`<summit-countdown start="2026-11-01T17:00:00Z" end="2026-11-01T18:00:00Z" time-zone="America/New_York"></summit-countdown>`,
        ['1', '01', '00', '00'],
      ],
      [
        'fall back, floating time for a visitor in New York',
        'America/New_York',
        '2026-10-31T12:00:00-04:00',
        html`<summit-countdown start="2026-11-01T12:00:00" end="2026-11-01T13:00:00" time-zone="local"></summit-countdown>`,
        ['1', '01', '00', '00'],
      ],
    ];
    for (const [name, zone, time, template, expected] of cases) {
      it(`${name}: real elapsed hours ${expected.join(' ')}`, async () => {
        await emulateZone(zone);
        const el = await countdownAt(time, template);
        expect(numbers(el)).to.deep.equal(expected);
      });
    }
  });

  describe('International Mountain Day in every zone (floating local midnight, yearly)', () => {
    const zones: [string, string, string][] = [
      ['Asia/Kathmandu', '+5:45', '2026-12-10T18:15:00Z'],
      ['Pacific/Chatham', '+13:45', '2026-12-10T10:15:00Z'],
      ['America/St_Johns', '−3:30', '2026-12-11T03:30:00Z'],
      ['Pacific/Kiritimati', '+14', '2026-12-10T10:00:00Z'],
      ['Pacific/Pago_Pago', '−11', '2026-12-11T11:00:00Z'],
    ];
    for (const [zone, offset, localMidnight] of zones) {
      it(`starts at local midnight, ends at the next one, and rolls over to next year after its recap week in ${zone} (${offset})`, async () => {
        await emulateZone(zone);
        const start = instant(localMidnight);
        const el = await countdownAt(start - SECOND, mountainDay());
        expect([el.state, ...numbers(el)]).to.deep.equal(['upcoming', '0', '00', '00', '01']);
        expect(part(el, 'local-time')).to.equal(`${formatDayRange('2026-12-11', '2026-12-11', 'en')}, your time`);

        const events: string[] = [];
        el.addEventListener('summit-countdown-start', (event) => events.push(event.type));
        el.addEventListener('summit-countdown-end', (event) => events.push(event.type));
        await tickAt(el, start);
        expect([el.state, ...numbers(el)]).to.deep.equal(['live', '1', '00', '00', '00']);
        await tickAt(el, start + DAY - SECOND);
        expect([el.state, ...numbers(el)]).to.deep.equal(['live', '0', '00', '00', '01']);
        // Over for this year: it says so through its recap week (7 days), counting to next year's day.
        await tickAt(el, start + DAY);
        expect([el.state, ...numbers(el)]).to.deep.equal(['ended', '364', '00', '00', '00']);
        expect(el.shadowRoot!.querySelector('.over')!.textContent).to.equal('This event has ended.');
        expect(heading(el)).to.equal('The next one starts in');
        expect(timer(el).getAttribute('aria-label')).to.match(/^This event has ended\. The next one starts in /);
        await tickAt(el, start + 8 * DAY - SECOND);
        expect([el.state, ...numbers(el)]).to.deep.equal(['ended', '357', '00', '00', '01']);
        await tickAt(el, start + 8 * DAY);
        expect([el.state, ...numbers(el)]).to.deep.equal(['upcoming', '357', '00', '00', '00']);
        expect(heading(el)).to.equal('Starts in');
        expect(part(el, 'local-time')).to.equal(`${formatDayRange('2027-12-11', '2027-12-11', 'en')}, your time`);
        expect(events).to.deep.equal(['summit-countdown-start', 'summit-countdown-end']);
      });
    }

    it('counts to local midnight at +12:45 too (Chatham in its winter)', async () => {
      await emulateZone('Pacific/Chatham');
      const el = await countdownAt(
        '2027-06-04T11:14:59Z',
        html`<summit-countdown start="2027-06-05T00:00:00" end="2027-06-06T00:00:00" time-zone="local"></summit-countdown>`,
      );
      expect(numbers(el)).to.deep.equal(['0', '00', '00', '01']);
    });

    it('on a page opened years later, counts to this year\'s occurrence', async () => {
      await emulateZone('Asia/Kathmandu');
      const el = await countdownAt('2029-12-10T18:14:00Z', mountainDay());
      expect([el.state, ...numbers(el)]).to.deep.equal(['upcoming', '0', '00', '01', '00']);
    });
  });

  describe('local time line', () => {
    it('shows the event in its zone and in the visitor\'s, after the first update only', async () => {
      await emulateZone('Europe/Moscow');
      const start = Date.parse('2023-12-11T10:00:00Z');
      const end = Date.parse('2023-12-11T11:00:00Z');
      const el = await countdownAt(
        '2023-12-01T00:00:00Z',
        html`<summit-countdown start="2023-12-11T10:00:00Z" end="2023-12-11T11:00:00Z" time-zone="Asia/Dubai" lang="en"></summit-countdown>`,
      );
      const line = part(el, 'local-time');
      expect(line).to.equal(
        `${formatTimeRange(start, end, 'en', 'Asia/Dubai')} ${zoneName('Asia/Dubai', start, 'en')} (UTC+4) · ${formatTimeRange(start, end, 'en', 'Europe/Moscow')} your time`,
      );
      expect(line).to.contain('14:00').and.contain('13:00');
    });

    for (const [zone, label] of [
      ['Asia/Kathmandu', 'UTC+5:45'],
      ['Pacific/Chatham', 'UTC+13:45'],
      ['America/St_Johns', 'UTC\u22123:30'],
    ]) {
      it(`labels the event zone's offset ${label}`, async () => {
        const el = await countdownAt('2026-12-01T00:00:00Z', html`<summit-countdown start="2026-12-11T09:00:00Z" end="2026-12-11T10:00:00Z" time-zone=${zone}></summit-countdown>`);
        expect(part(el, 'local-time')).to.contain(`(${label})`);
      });
    }

    it('gives an all-day event its days, and the visitor\'s times where the clocks differ', async () => {
      // 6 to 17 March in New York: dates are whole days in the zone, and `end` is the day after the last.
      const csw67 = html`<summit-countdown start="2023-03-06" end="2023-03-18" time-zone="America/New_York" lang="en"></summit-countdown>`;
      const days = formatDayRange('2023-03-06', '2023-03-17', 'en');
      await emulateZone('America/New_York');
      let el = await countdownAt('2023-03-01T00:00:00Z', csw67);
      expect(part(el, 'local-time')).to.match(new RegExp(`^${days} .* · ${days} your time$`));
      await emulateZone('Asia/Kathmandu');
      el = await countdownAt('2023-03-01T00:00:00Z', csw67);
      const yours = formatTimeRange(Date.parse('2023-03-06T05:00:00Z'), Date.parse('2023-03-18T04:00:00Z'), 'en', 'Asia/Kathmandu');
      expect(part(el, 'local-time')).to.match(new RegExp(`^${days} `)).and.to.contain(`· ${yours} your time`);
    });

    it('keeps the room its reserve text gives the local-time line, unseen and unspoken, under a shorter line', async () => {
      // What Summit's build gives its pages' countdowns: the line as a visitor in UTC reads it, here longer than the visitor's.
      const reserve = `${formatDayRange('2023-03-06', '2023-03-17', 'es')} hora estándar oriental (UTC−5) · ${'6 de marzo de 2023 a las 5:00 '.repeat(4)}`;
      await emulateZone('America/New_York');
      const el = await countdownAt(
        '2023-03-01T00:00:00Z',
        html`<summit-countdown style="inline-size: 400px" start="2023-03-06" end="2023-03-18" time-zone="America/New_York" lang="en" .reserve=${reserve}></summit-countdown>`,
      );
      const line = el.shadowRoot!.querySelector<HTMLElement>('[part~="local-time"]')!;
      const held = line.querySelector<HTMLElement>('.reserve')!;
      const shown = line.querySelector<HTMLElement>('span:not(.reserve)')!;
      expect(getComputedStyle(held).visibility).to.equal('hidden');
      expect(held.getAttribute('aria-hidden')).to.equal('true');
      expect(line.innerText.trim(), 'only the visitor\'s line is read').to.equal(shown.textContent!.trim());
      // The text's own boxes: the spans themselves stretch to their shared cell.
      const text = (span: HTMLElement) => {
        const range = document.createRange();
        range.selectNodeContents(span);
        return range.getBoundingClientRect();
      };
      expect(text(shown).height).to.be.lessThan(text(held).height);
      expect(line.getBoundingClientRect().height, 'the line keeps the reserve\'s room').to.be.closeTo(text(held).height, 1);
      expect(text(shown).top, 'the two lie in one place').to.equal(text(held).top);
      const plain = await countdownAt('2023-03-01T00:00:00Z', html`<summit-countdown start="2023-03-06" end="2023-03-18" time-zone="America/New_York" lang="en"></summit-countdown>`);
      expect(plain.shadowRoot!.querySelector('.reserve'), 'a partner\'s countdown has none').to.equal(null);
    });

    it('keeps the server-rendered date visible next to the numbers', async () => {
      const el = await countdownAt(instant(START) - DAY, twoHours());
      const date = el.querySelector('p.when')!;
      expect(date.assignedSlot).not.to.equal(null);
      expect(date.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  });

  describe('accessibility', () => {
    it('is a timer that is never announced, named in full words that change at most once a minute', async () => {
      const target = instant(START);
      const el = await countdownAt(target - (3 * DAY + 4 * HOUR + 5 * MINUTE), twoHours());
      expect(timer(el).getAttribute('aria-live')).to.equal('off');
      const phrases = [unitText(3, 'day', 'en'), unitText(4, 'hour', 'en'), unitText(5, 'minute', 'en')].map((t) => t.phrase);
      expect(timer(el).getAttribute('aria-label')).to.equal(`Starts in ${listOfUnits(phrases, 'en')}`);
      const labels = [timer(el).getAttribute('aria-label')];
      for (let s = 1; s <= 150; s++) {
        await tickAt(el, target - (3 * DAY + 4 * HOUR + 5 * MINUTE) + s * SECOND);
        if (timer(el).getAttribute('aria-label') !== labels.at(-1)) labels.push(timer(el).getAttribute('aria-label'));
      }
      expect(labels).to.have.length(3);
      expect(labels[2]).to.contain(unitText(3, 'minute', 'en').phrase);
    });

    it('changes no live region on an ordinary tick, and announces each milestone', async () => {
      const target = instant(START);
      const el = await countdownAt(target - DAY - 2 * SECOND, twoHours());
      const regions = [...el.shadowRoot!.querySelectorAll('[role=status], [role=alert], [role=log], [aria-live]')].filter(
        (node) => node.getAttribute('aria-live') !== 'off',
      );
      expect(regions.map((node) => node.getAttribute('role'))).to.deep.equal(['status']);
      const records: MutationRecord[] = [];
      const observer = new MutationObserver((list) => records.push(...list));
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
      const liveChanges = () => {
        records.push(...observer.takeRecords());
        return records.splice(0).filter((record) => regions.some((region) => region.contains(record.target)));
      };

      await tickAt(el, target - DAY - SECOND);
      expect(part(el, 'seconds')).to.equal('01');
      expect(liveChanges()).to.deep.equal([]);

      const milestones: [number, string][] = [
        [target - DAY, 'One day left.'],
        [target - HOUR, 'One hour left.'],
        [target, 'The event has started.'],
        [instant(END), 'The event has ended.'],
      ];
      for (const [time, announcement] of milestones) {
        await tickAt(el, time - SECOND);
        liveChanges();
        await tickAt(el, time);
        expect(liveChanges()).not.to.deep.equal([]);
        expect(status(el)).to.equal(announcement);
        await tickAt(el, time + SECOND);
        expect(liveChanges()).to.deep.equal([]);
      }
      observer.disconnect();
    });

    it('pauses the numbers (aria-pressed) and resumes at the exact time', async () => {
      const target = instant(START);
      const el = await countdownAt(target - 10 * MINUTE, twoHours());
      const pause = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="pause"]')!;
      expect(pause.getAttribute('aria-pressed')).to.equal('false');
      pause.click();
      await el.updateComplete;
      expect(pause.getAttribute('aria-pressed')).to.equal('true');
      await tickAt(el, target - 10 * MINUTE + 5 * SECOND);
      expect(numbers(el)).to.deep.equal(['0', '00', '10', '00']);
      pause.click();
      await el.updateComplete;
      expect(numbers(el)).to.deep.equal(['0', '00', '09', '55']);
    });

    it('never animates, so there is no motion to reduce', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const el = await countdownAt(instant(START) - HOUR, twoHours());
        await tickAt(el, instant(START) - HOUR + SECOND);
        expect(el.shadowRoot!.getAnimations()).to.have.length(0);
        for (const node of el.shadowRoot!.querySelectorAll('*')) {
          const style = getComputedStyle(node);
          expect([style.animationName, style.transitionDuration]).to.deep.equal(['none', '0s']);
        }
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    const states: [string, number, ((init: RequestInit) => Promise<Response>)?][] = [
      ['upcoming', instant(START) - DAY],
      ['live', instant(START) + HOUR],
      ['ended', instant(END) + HOUR],
      ['loading', instant(START), hang],
      ['error', instant(START), async () => new Response('Not Found', { status: 404 })],
    ];
    for (const lang of ['en', 'ar']) {
      for (const [state, time, respond] of states) {
        it(`has no axe violations while ${state} in ${lang}`, async () => {
          const fetching = respond && stubFetch(respond);
          const warnings = captureWarnings();
          try {
            const content = respond
              ? html`<summit-countdown campaign=${campaignUrl(`axe-${state}-${lang}`)} lang=${lang}>${when}</summit-countdown>`
              : html`<summit-countdown start=${START} end=${END} time-zone="Europe/Rome" lang=${lang}>${when}</summit-countdown>`;
            const wrap = await fixture(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>${content}</div>`);
            const el = wrap.querySelector<SummitCountdown>('summit-countdown')!;
            await tickAt(el, time);
            if (state === 'error') await waitUntil(() => warnings.calls.length > 0, 'no warning');
            expect(el.getAttribute('state') ?? state).to.equal(state);
            await expect(wrap).to.be.accessible();
          } finally {
            fetching?.restore();
            warnings.restore();
          }
        });
      }
    }
  });

  describe('layout', () => {
    for (const lang of ['en', 'ar', 'ru']) {
      it(`moves nothing while it loads, starts counting and ticks (${lang})`, async () => {
        const fetching = stubFetch(hang);
        try {
          const box = (el: Element) => JSON.stringify(el.getBoundingClientRect());
          const wrap = await fixture(html`<div style="inline-size: 36rem">
            <summit-countdown campaign=${campaignUrl(`layout-${lang}`)} lang=${lang}>${when}</summit-countdown>
            <summit-countdown start="2027-03-22T14:00:00Z" end="2027-03-22T16:00:00Z" time-zone="Asia/Dubai" lang=${lang}>${when}</summit-countdown>
          </div>`);
          const [loading, counting] = wrap.querySelectorAll<SummitCountdown>('summit-countdown');
          const target = instant('2027-03-22T14:00:00Z');
          await tickAt(counting, target - (100 * DAY + 10 * HOUR + 10 * MINUTE + 10 * SECOND));
          expect(part(counting, 'days')).to.equal(unitText(100, 'day', lang).number);
          expect(loading.getBoundingClientRect().height).to.equal(counting.getBoundingClientRect().height);
          const units = () => [counting, ...counting.shadowRoot!.querySelectorAll('.unit, [part~="local-time"]')].map(box).join();
          for (const value of counting.shadowRoot!.querySelectorAll('.value')) expect(getComputedStyle(value).fontVariantNumeric).to.equal('tabular-nums');
          const before = units();
          for (const left of [DAY + HOUR + MINUTE + SECOND, 2 * DAY + 2 * HOUR + 2 * MINUTE + 2 * SECOND, 11 * DAY + 11 * HOUR + 11 * MINUTE + 11 * SECOND, 5 * MINUTE]) {
            await tickAt(counting, target - left);
            expect(units()).to.equal(before);
          }
        } finally {
          fetching.restore();
        }
      });
    }

    it('keeps the reserved box when it finds on arrival that the event has ended', async () => {
      const fetching = stubFetch(hang);
      try {
        const wrap = await fixture(html`<div style="inline-size: 36rem">
          <summit-countdown campaign=${campaignUrl('reserved-box')} time-zone="Europe/Rome" lang="en">${when}</summit-countdown>
          <summit-countdown start=${START} end=${END} time-zone="Europe/Rome" lang="en">${when}</summit-countdown>
        </div>`);
        const [loading, ended] = wrap.querySelectorAll<SummitCountdown>('summit-countdown');
        await tickAt(ended, instant(END) + DAY);
        expect(ended.state).to.equal('ended');
        expect(ended.getBoundingClientRect().height).to.equal(loading.getBoundingClientRect().height);
      } finally {
        fetching.restore();
      }
    });

    it('keeps the compact box the build rendered for an event that is over for good', async () => {
      const fetching = stubFetch(hang);
      try {
        const wrap = await fixture(html`<div style="inline-size: 36rem">
          <summit-countdown campaign=${campaignUrl('compact-box')} time-zone="Europe/Rome" lang="en">${when}</summit-countdown>
          <summit-countdown state="ended" start=${START} end=${END} time-zone="Europe/Rome" lang="en">${when}</summit-countdown>
        </div>`);
        const [loading, over] = wrap.querySelectorAll<SummitCountdown>('summit-countdown');
        const height = over.getBoundingClientRect().height;
        await tickAt(over, instant(END) + DAY);
        expect(over.getBoundingClientRect().height).to.equal(height);
        expect(height).to.be.lessThan(loading.getBoundingClientRect().height);
        expect(over.shadowRoot!.querySelector('.over')!.textContent).to.equal('This event has ended.');
      } finally {
        fetching.restore();
      }
    });

    const screens: [string, number, string][] = [
      ['a phone', 360, 'America/New_York'],
      ['a laptop', 1280, 'America/New_York'],
      ['a phone', 360, 'local'],
      ['a laptop', 1280, 'local'],
    ];
    for (const [screen, width, zone] of screens) {
      it(`reserves the lines the local time needs before it appears (${screen}, ${zone})`, async () => {
        const fetching = stubFetch(hang);
        await setViewport({ width, height: 800 });
        try {
          const wrap = await fixture(html`<div>
            <summit-countdown campaign=${campaignUrl(`local-time-lines-${width}-${zone}`)} time-zone=${zone} lang="en"></summit-countdown>
            <summit-countdown start="2027-03-22T14:00:00" end="2027-03-22T16:00:00" time-zone=${zone} lang="en"></summit-countdown>
          </div>`);
          const [loading, counting] = wrap.querySelectorAll<SummitCountdown>('summit-countdown');
          await tickAt(counting, '2027-03-01T00:00:00Z');
          expect(part(counting, 'local-time')).not.to.equal('');
          expect(part(loading, 'local-time')).to.equal('');
          const line = (el: SummitCountdown) => el.shadowRoot!.querySelector('[part~="local-time"]')!.getBoundingClientRect().height;
          expect(line(counting)).to.equal(line(loading));
        } finally {
          await setViewport({ width: 800, height: 600 });
          fetching.restore();
        }
      });
    }
  });

  describe('page visibility', () => {
    it('sets no timer while the page is hidden, and shows the exact time the moment it is shown', async () => {
      const el = await countdownAt(instant(START) - 2 * HOUR, twoHours());
      const realSetTimeout = window.setTimeout;
      let scheduled = 0;
      window.setTimeout = ((handler: TimerHandler, timeout?: number) => {
        scheduled++;
        return realSetTimeout(handler, timeout);
      }) as typeof window.setTimeout;
      try {
        expect(clock.running).to.equal(true);
        setVisibility('hidden');
        expect(clock.running).to.equal(false);
        now += HOUR;
        clock.tick();
        await el.updateComplete;
        expect(clock.running).to.equal(false);
        expect(scheduled).to.equal(0);
        setVisibility('visible');
        await el.updateComplete;
        expect(numbers(el)).to.deep.equal(['0', '01', '00', '00']);
        expect(clock.running).to.equal(true);
      } finally {
        window.setTimeout = realSetTimeout;
        delete (document as { visibilityState?: unknown }).visibilityState;
      }
    });
  });

  describe('campaign data', () => {
    const CAMPAIGN = '/test/fixtures/countdown/campaign.json';

    /**
     * The test server's `Date` header is today's date, and the element rightly trusts it over the
     * injected clock; these tests read the file asked for from the server without it.
     */
    function serveWithoutDate(): { calls: RequestInit[]; urls: string[]; restore: () => void } {
      const serverFetch = window.fetch;
      return stubFetch(async (init, url) => {
        const response = await serverFetch(url, init);
        return new Response(await response.text(), { status: response.status, headers: { 'Content-Type': response.headers.get('Content-Type')! } });
      });
    }

    it('reads the time, zone, recurrence and recap from campaign.json, and repeats on the same wall-clock time next year', async () => {
      const fetching = serveWithoutDate();
      try {
        const el = await countdownAt('2027-03-13T14:00:00Z', html`<summit-countdown campaign=${campaignUrl('yearly', CAMPAIGN)} lang="en">${when}</summit-countdown>`);
        await waitUntil(() => el.state !== undefined, 'the campaign never loaded');
        expect(numbers(el)).to.deep.equal(['0', '01', '00', '00']);
        expect(part(el, 'local-time')).to.contain(zoneName('America/New_York', Date.parse('2027-03-13T15:00:00Z'), 'en'));
        // 10:00 in New York is 15:00 UTC on 13 March 2027 (standard time) but 14:00 UTC on 13 March 2028
        // (daylight time): from the end at 17:00 UTC that is 366 days less 3 hours. Through the campaign's
        // recap days (7) the occurrence has ended, and the numbers count to the next one.
        await tickAt(el, '2027-03-13T17:00:00Z');
        expect([el.state, ...numbers(el)]).to.deep.equal(['ended', '365', '21', '00', '00']);
        expect(heading(el)).to.equal('The next one starts in');
        await tickAt(el, '2027-03-20T16:59:59Z');
        expect([el.state, ...numbers(el)]).to.deep.equal(['ended', '358', '21', '00', '01']);
        await tickAt(el, '2027-03-20T17:00:00Z');
        expect([el.state, ...numbers(el)]).to.deep.equal(['upcoming', '358', '21', '00', '00']);
        expect(heading(el)).to.equal('Starts in');
      } finally {
        fetching.restore();
      }
    });

    it('says a yearly campaign has ended through its recap days, counting to next year, then counts to it (International Mountain Day in Rome)', async () => {
      await emulateZone('Europe/Rome');
      // All of 11 December wherever the visitor is, yearly, with 7 recap days.
      const fetching = serveWithoutDate();
      try {
        const el = await countdownAt(
          '2026-12-12T10:00:00+01:00',
          html`<summit-countdown campaign=${campaignUrl('recap', '/test/fixtures/banner/campaign.json')} lang="en">${when}</summit-countdown>`,
        );
        await waitUntil(() => el.state !== undefined, 'the campaign never loaded');
        // 11 December 2027 starts at midnight in Rome: 363 days and 14 hours after 10:00 on 12 December 2026.
        expect(instant('2027-12-11T00:00:00+01:00') - instant('2026-12-12T10:00:00+01:00')).to.equal(363 * DAY + 14 * HOUR);
        expect([el.state, ...numbers(el)]).to.deep.equal(['ended', '363', '14', '00', '00']);
        expect(el.shadowRoot!.querySelector('.over')!.textContent).to.equal('This event has ended.');
        expect(heading(el)).to.equal('The next one starts in');
        // The recap ends 7 days after midnight on 12 December in Rome (23:00Z on the 18th).
        await tickAt(el, '2026-12-20T00:00:00Z');
        expect([el.state, ...numbers(el)]).to.deep.equal(['upcoming', '355', '23', '00', '00']);
        expect(heading(el)).to.equal('Starts in');
        expect(part(el, 'local-time')).to.equal(`${formatDayRange('2027-12-11', '2027-12-11', 'en')}, your time`);
      } finally {
        fetching.restore();
      }
    });

    it('lets attributes given directly win over the fetched data', async () => {
      const fetching = serveWithoutDate();
      try {
        const el = await countdownAt(
          '2027-03-13T13:00:00Z',
          html`<summit-countdown campaign=${campaignUrl('attributes-win', CAMPAIGN)} start="2027-03-13T16:00:00Z" lang="en">${when}</summit-countdown>`,
        );
        await waitUntil(() => part(el, 'local-time')!.includes('UTC'), 'the campaign never loaded');
        expect(numbers(el)).to.deep.equal(['0', '03', '00', '00']);
        expect(part(el, 'local-time')).to.contain('(UTC\u22125)');
      } finally {
        fetching.restore();
      }
    });

    it('makes one request for a campaign file however many countdowns on the page show it', async () => {
      const url = campaignUrl('one-request', CAMPAIGN);
      const fetching = serveWithoutDate();
      try {
        now = instant('2027-03-13T14:00:00Z');
        const wrap = await fixture(html`<div>
          <summit-countdown campaign=${url} lang="en"></summit-countdown>
          <summit-countdown campaign=${url} lang="en"></summit-countdown>
        </div>`);
        const [first, second] = wrap.querySelectorAll<SummitCountdown>('summit-countdown');
        await waitUntil(() => first.state !== undefined && second.state !== undefined, 'the campaign never loaded');
        expect([numbers(first), numbers(second)]).to.deep.equal([
          ['0', '01', '00', '00'],
          ['0', '01', '00', '00'],
        ]);
        // A countdown added after the file has loaded reads the page's copy too.
        const later = document.createElement('summit-countdown') as SummitCountdown;
        later.campaign = url;
        wrap.append(later);
        await waitUntil(() => later.state !== undefined, 'the later countdown never counted');
        expect(numbers(later)).to.deep.equal(['0', '01', '00', '00']);
        expect(fetching.urls).to.deep.equal([new URL(url, document.baseURI).href]);
      } finally {
        fetching.restore();
      }
    });

    it('fetches without credentials and corrects a visitor clock three hours wrong with the Date header', async () => {
      const truth = Date.parse('2027-03-13T14:00:00Z');
      const data = await (await fetch(CAMPAIGN)).text();
      const fetching = stubFetch(async () => new Response(data, { headers: { 'Content-Type': 'application/json', Date: new Date(truth).toUTCString() } }));
      try {
        const el = await countdownAt(truth + 3 * HOUR, html`<summit-countdown campaign=${campaignUrl('clock-guard')} lang="en">${when}</summit-countdown>`);
        await waitUntil(() => el.state !== undefined, 'the campaign never loaded');
        expect(fetching.calls[0].credentials).to.equal('omit');
        expect([el.state, ...numbers(el)]).to.deep.equal(['upcoming', '0', '01', '00', '00']);
        await tickAt(el, truth + 3 * HOUR + SECOND);
        expect(numbers(el)).to.deep.equal(['0', '00', '59', '59']);
      } finally {
        fetching.restore();
      }
    });

    const failures: [string, string, ((init: RequestInit) => Promise<Response>)?, string?][] = [
      ['a 404', '/test/fixtures/countdown/missing.json'],
      ['a 500', campaignUrl('http-500'), async () => new Response('Internal Server Error', { status: 500 })],
      ['HTML instead of JSON', '/test/fixtures/countdown/not-json.html'],
      // Campaign data of the version the element reads, but with a start that is not a time.
      ['invalid data', '/test/fixtures/countdown/invalid.json', undefined, 'time.start'],
      ['a network error', 'http://127.0.0.1:9/campaign.json'],
      ['no answer for ten seconds', campaignUrl('no-answer'), hang],
    ];
    for (const [name, url, respond, reason] of failures) {
      it(`keeps the fallback date, warns once and throws nothing on ${name}`, async () => {
        const warnings = captureWarnings();
        const fetching = respond && stubFetch(respond);
        const errors: unknown[] = [];
        const onError = (event: Event) => errors.push(event);
        window.addEventListener('error', onError);
        window.addEventListener('unhandledrejection', onError);
        const realSetTimeout = window.setTimeout;
        const giveUp: (() => void)[] = [];
        // The ten-second limit is asserted and then run at once, instead of waiting for it.
        window.setTimeout = ((handler: () => void, timeout?: number) => {
          if (timeout === 10_000) giveUp.push(handler);
          return realSetTimeout(handler, timeout === 10_000 ? 2 ** 31 - 1 : timeout);
        }) as typeof window.setTimeout;
        try {
          const el = await countdownAt('2027-03-01T00:00:00Z', html`<summit-countdown campaign=${url} lang="en">${when}</summit-countdown>`);
          expect(giveUp).to.have.length(1);
          if (respond === hang) giveUp[0]();
          await waitUntil(() => warnings.calls.length > 0, 'no warning');
          await aTimeout(50);
          expect(warnings.calls).to.have.length(1);
          expect(String(warnings.calls[0][0])).to.contain(url);
          if (reason) expect(String(warnings.calls[0][0])).to.contain(reason);
          expect(errors).to.deep.equal([]);
          expect(el.hasAttribute('state')).to.equal(false);
          expect(numbers(el)).to.deep.equal(['', '', '', '']);
          const date = el.querySelector('p.when')!;
          expect(date.assignedSlot).not.to.equal(null);
          expect(date.getBoundingClientRect().height).to.be.greaterThan(0);
          // The empty timer leaves the page and the accessibility tree, and leaves no hole: the date stands alone.
          expect(getComputedStyle(timer(el)).display).to.equal('none');
          const margins = getComputedStyle(date);
          const dateWithMargins = date.getBoundingClientRect().height + parseFloat(margins.marginTop) + parseFloat(margins.marginBottom);
          expect(el.getBoundingClientRect().height).to.be.at.most(dateWithMargins + 1);
        } finally {
          window.setTimeout = realSetTimeout;
          window.removeEventListener('error', onError);
          window.removeEventListener('unhandledrejection', onError);
          fetching?.restore();
          warnings.restore();
        }
      });
    }

    it('abandons a fetch quietly when the element is removed', async () => {
      const warnings = captureWarnings();
      const fetching = stubFetch(hang);
      try {
        const el = await countdownAt('2027-03-01T00:00:00Z', html`<summit-countdown campaign=${campaignUrl('removed')}></summit-countdown>`);
        el.remove();
        await aTimeout(20);
        expect(warnings.calls).to.deep.equal([]);
      } finally {
        fetching.restore();
        warnings.restore();
      }
    });
  });

  describe('registration', () => {
    it('never throws when registered twice, or over a tag the page already defines', () => {
      expect(() => {
        defineElements();
        defineElements();
        define('summit-countdown', class extends HTMLElement {});
      }).not.to.throw();
      expect(customElements.get('summit-countdown')).to.equal(SummitCountdown);
    });
  });
});
