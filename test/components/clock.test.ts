import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { Clock, ClockController, previewInstant } from '../../src/components/shared/clock.js';
import { captureWarnings } from '../support/warnings.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Records the delay of every `setTimeout` until `restore()` (the clock's timers still run). */
function recordTimeouts(): { delays: number[]; restore: () => void } {
  const original = window.setTimeout;
  const delays: number[] = [];
  window.setTimeout = ((handler: TimerHandler, timeout?: number) => {
    delays.push(timeout ?? 0);
    return original(handler, timeout);
  }) as typeof window.setTimeout;
  return { delays, restore: () => (window.setTimeout = original) };
}

/** A clock whose device time is `time.now`, and everything a test needs to stop it afterwards. */
function testClock(start: number) {
  const clock = new Clock();
  const time = { now: start };
  clock.source = () => time.now;
  const stops: (() => void)[] = [];
  const listen = (listener: (now: number) => void = () => {}) => stops.push(clock.subscribe(listener));
  return { clock, time, listen, stop: () => stops.forEach((stop) => stop()) };
}

describe('Clock', () => {
  it('schedules one timer for any number of listeners', () => {
    const { clock, listen, stop } = testClock(Date.parse('2026-12-11T00:00:00.250Z'));
    const timeouts = recordTimeouts();
    try {
      for (let i = 0; i < 10; i++) listen();
      clock.tick();
      clock.tick();
      expect(timeouts.delays).to.have.length(3);
    } finally {
      timeouts.restore();
      stop();
    }
    expect(clock.running).to.equal(false);
  });

  it('waits until just past the next second, never longer than a second and a bit', () => {
    const cases: [string, number][] = [
      ['250 ms into a second', Date.parse('2026-12-11T00:00:00.250Z')],
      ['on the second', Date.parse('2026-12-11T00:00:00Z')],
      ['1 ms before the next', Date.parse('2026-12-11T00:00:00.999Z')],
      ['before 1970', Date.parse('1969-07-20T20:17:40.400Z')],
      ['far in the future', 8.64e15 - 1],
    ];
    for (const [name, start] of cases) {
      const { clock, listen, stop } = testClock(start);
      const timeouts = recordTimeouts();
      try {
        listen();
        const [delay] = timeouts.delays;
        expect((((start + delay) % 1000) + 1000) % 1000, name).to.be.within(1, 10);
        expect(delay, name).to.be.within(1, 1010);
      } finally {
        timeouts.restore();
        stop();
      }
      expect(clock.running).to.equal(false);
    }
  });

  it('gives every listener the same now on a tick', () => {
    const { clock, time, listen, stop } = testClock(1_000_000);
    const seen: number[] = [];
    listen((now) => seen.push(now));
    listen((now) => seen.push(now));
    time.now += 7_000;
    clock.tick();
    stop();
    expect(seen).to.deep.equal([1_007_000, 1_007_000]);
  });

  it('stops its timer when the last listener leaves', () => {
    const { clock, listen, stop } = testClock(0);
    listen();
    expect(clock.running).to.equal(true);
    stop();
    expect(clock.running).to.equal(false);
  });

  describe('page visibility', () => {
    afterEach(() => {
      delete (document as { visibilityState?: unknown }).visibilityState;
    });

    function setVisibility(state: DocumentVisibilityState): void {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
      document.dispatchEvent(new Event('visibilitychange'));
    }

    it('has no timer while the page is hidden and ticks the moment it is shown', () => {
      const { clock, time, listen, stop } = testClock(Date.parse('2026-12-11T00:00:00Z'));
      const seen: number[] = [];
      listen((now) => seen.push(now));
      setVisibility('hidden');
      expect(clock.running).to.equal(false);
      listen();
      expect(clock.running).to.equal(false);
      time.now += HOUR;
      setVisibility('visible');
      expect(seen).to.deep.equal([Date.parse('2026-12-11T01:00:00Z')]);
      expect(clock.running).to.equal(true);
      stop();
    });
  });

  describe('correctTo', () => {
    it('corrects a device clock more than a minute off the trusted time', () => {
      const { clock, time } = testClock(Date.parse('2026-12-11T03:00:00Z'));
      clock.correctTo(Date.parse('2026-12-11T00:00:00Z'));
      expect(clock.now()).to.equal(Date.parse('2026-12-11T00:00:00Z'));
      time.now += 5_000;
      expect(clock.now()).to.equal(Date.parse('2026-12-11T00:00:05Z'));
    });

    it('uses the device time at which the trusted time was received', () => {
      const { clock, time } = testClock(Date.parse('2026-12-11T03:00:10Z'));
      clock.correctTo(Date.parse('2026-12-11T00:00:00Z'), Date.parse('2026-12-11T03:00:00Z'));
      expect(clock.now()).to.equal(Date.parse('2026-12-11T00:00:10Z'));
      time.now += 1;
      expect(clock.now()).to.equal(Date.parse('2026-12-11T00:00:10.001Z'));
    });

    it('leaves a device clock within a minute alone, and forgets an earlier correction', () => {
      const { clock } = testClock(Date.parse('2026-12-11T00:00:30Z'));
      clock.correctTo(Date.parse('2026-12-11T00:00:00Z'));
      expect(clock.now()).to.equal(Date.parse('2026-12-11T00:00:30Z'));
      clock.correctTo(Date.parse('2026-12-11T02:00:00Z'));
      clock.correctTo(Date.parse('2026-12-11T00:00:20Z'));
      expect(clock.now()).to.equal(Date.parse('2026-12-11T00:00:30Z'));
    });

    it('delivers the corrected time to listeners at once', () => {
      const { clock, listen, stop } = testClock(Date.parse('2026-12-11T03:00:00Z'));
      const seen: number[] = [];
      listen((now) => seen.push(now));
      clock.correctTo(Date.parse('2026-12-11T00:00:00Z'));
      stop();
      expect(seen).to.deep.equal([Date.parse('2026-12-11T00:00:00Z')]);
    });

    it('ignores a time that is not a number', () => {
      const { clock } = testClock(1_000_000);
      clock.correctTo(NaN);
      expect(clock.now()).to.equal(1_000_000);
    });
  });

  describe('"as of" preview', () => {
    it('starts from the preview instant and runs forward, whatever a server says', () => {
      const { clock, time } = testClock(Date.parse('2025-01-01T00:00:00Z'));
      clock.startAt(Date.parse('2026-12-10T23:59:50-05:00'));
      time.now += 1_500;
      expect(clock.now()).to.equal(Date.parse('2026-12-11T04:59:51.500Z'));
      clock.correctTo(Date.parse('2025-01-01T00:00:00Z'));
      expect(clock.now()).to.equal(Date.parse('2026-12-11T04:59:51.500Z'));
    });

    it('reads ?now= as an instant with Z or an offset', () => {
      const cases: [string, string][] = [
        ['?now=2026-12-10T23:59:50-05:00', '2026-12-11T04:59:50Z'],
        ['?now=2026-12-11T04:59:50Z', '2026-12-11T04:59:50Z'],
        ['?now=2026-12-11T00:00%2B05:45', '2026-12-10T18:15:00Z'],
        ['?now=2026-12-11T00:00+05:45', '2026-12-10T18:15:00Z'],
        ['?lang=en&now=2026-12-11T04:59:50.250Z', '2026-12-11T04:59:50.250Z'],
      ];
      const warnings = captureWarnings();
      try {
        for (const [search, expected] of cases) expect(previewInstant(search), search).to.equal(Date.parse(expected));
        expect(previewInstant('?lang=en')).to.equal(undefined);
        expect(previewInstant('')).to.equal(undefined);
      } finally {
        warnings.restore();
      }
      expect(warnings.calls).to.deep.equal([]);
    });

    for (const value of ['2026-12-11T00:00:00', '2026-12-11', 'tomorrow', '2026-02-30T00:00:00Z', '2026-12-11T25:00:00Z', '']) {
      it(`ignores ?now=${value} with one warning`, () => {
        const warnings = captureWarnings();
        try {
          expect(previewInstant(`?now=${encodeURIComponent(value)}`)).to.equal(undefined);
        } finally {
          warnings.restore();
        }
        expect(warnings.calls).to.have.length(1);
      });
    }
  });
});

class ClockHost extends LitElement {
  readonly clock: ClockController;
  readonly renders: (number | undefined)[] = [];

  constructor(source: Clock) {
    super();
    this.clock = new ClockController(this, source);
  }

  protected override render() {
    this.renders.push(this.clock.now);
    return null;
  }
}
customElements.define('clock-test-host', ClockHost);

describe('ClockController', () => {
  it('gives its host no time in the first render (the one that renders the server’s markup again), and the clock\'s time right after', async () => {
    const { clock, time } = testClock(Date.parse('2026-12-11T00:00:00Z'));
    const host = new ClockHost(clock);
    const wrap = await fixture(html`<div></div>`);
    wrap.append(host);
    clock.tick();
    await host.updateComplete;
    await host.updateComplete;
    expect(host.renders).to.deep.equal([undefined, time.now]);
    time.now += 1000;
    clock.tick();
    await host.updateComplete;
    expect(host.renders.at(-1)).to.equal(time.now);
    host.remove();
    expect(clock.running).to.equal(false);
  });
});
