/**
 * What runs on every generated page once `page.ts` starts it: brings the server-rendered countdown to life,
 * then decides every block whose content depends on time from the schedule the page carries
 * (`data-schedule`), at load and again at each transition, on a clock that a server's `Date` corrects.
 *
 * Order matters: the page language's messages load before the countdown is defined, so its first render
 * writes exactly the text the build rendered.
 */
import { msg } from '@lit/localize';
import { loadLanguage, speak } from './i18n/localization.js';
import { define } from './components/shared/define.js';
import { SummitCountdown } from './components/countdown/countdown.js';
import { clock, serverTime } from './components/shared/clock.js';
import { scheduleOf } from './components/shared/schedule-json.js';
import { enableShareButtons } from './share.js';
import { enableMenus } from './menus.js';
import { byStart, momentAt, showsAt, type Moment, type Schedule, type State } from './time/lifecycle.js';

interface Scope {
  element: HTMLElement;
  schedule: Schedule;
}

/** Every element that carries a schedule: the campaign page's `<main>`, or each card of the directory. */
function scopes(): Scope[] {
  return [...document.querySelectorAll<HTMLElement>('[data-schedule]')].flatMap((element) => {
    try {
      return [{ element, schedule: scheduleOf(JSON.parse(element.dataset.schedule!)) }];
    } catch (error) {
      console.warn(`summit: the page keeps what was true at its build; its schedule could not be read: ${error instanceof Error ? error.message : error}`);
      return [];
    }
  });
}

/** Shows the blocks of a scope that are true at `moment` and hides the others; marks the next session. */
function show(scope: HTMLElement, moment: Moment): void {
  for (const element of scope.querySelectorAll<HTMLElement>('[data-year], [data-when]')) {
    const { year, when, session } = element.dataset;
    const condition = {
      ...(year !== undefined && { year: Number(year) }),
      ...(session !== undefined && { session: Number(session) }),
      ...(when !== undefined && { when: when.split(' ') as State[] }),
    };
    if (when !== undefined || session === undefined) element.hidden = !showsAt(moment, condition);
    if (session !== undefined && when === undefined) {
      element.toggleAttribute('data-next', showsAt(moment, { year: condition.year }) && moment.nextSession === condition.session);
    }
  }
}

/** Moves each directory card to the group of its state, in that group's order; empty groups are hidden. */
function regroup(cards: Map<HTMLElement, Moment>): void {
  for (const group of document.querySelectorAll<HTMLElement>('[data-group]')) {
    const list = group.querySelector('ul');
    if (!list) continue;
    const members = [...cards].filter(([, moment]) => moment.state === group.dataset.group).sort(([, a], [, b]) => byStart(a, b));
    for (const [card] of members) list.append(card);
    group.hidden = members.length === 0;
  }
}

/**
 * The front page's first slot follows the groups: a copy of the first card happening now, else of the
 * next to start, with the heading that says which; hidden when there is neither.
 */
function spotlight(cards: Map<HTMLElement, Moment>): void {
  const slot = document.querySelector<HTMLElement>('[data-spotlight]');
  const body = slot?.querySelector('.spotlight-card');
  if (!slot || !body) return;
  const ordered = [...cards].sort(([, a], [, b]) => byStart(a, b));
  const [card, moment] = ordered.find(([, m]) => m.state === 'live') ?? ordered.find(([, m]) => m.state === 'upcoming') ?? [];
  slot.hidden = !card;
  if (!card || !moment) return;
  for (const label of slot.querySelectorAll<HTMLElement>('[data-spotlight-state]')) label.hidden = label.dataset.spotlightState !== moment.state;
  body.replaceChildren(...[...card.childNodes].map((child) => child.cloneNode(true)));
}

let cancelWake: (() => void) | undefined;

/** Decides every block as of the clock's now, then sleeps until the next instant anything changes. */
function decide(all: Scope[]): void {
  const now = clock.now();
  const cards = new Map<HTMLElement, Moment>();
  let next = Infinity;
  for (const { element, schedule } of all) {
    const moment = momentAt(schedule, now, clock.zone());
    if (!moment) continue;
    show(element, moment);
    if (element.matches('[data-group] li')) cards.set(element, moment);
    next = Math.min(next, moment.changesAt ?? Infinity);
  }
  if (cards.size) {
    regroup(cards);
    spotlight(cards);
  }
  cancelWake?.();
  cancelWake = Number.isFinite(next) ? clock.at(next, () => decide(all)) : undefined;
}

/**
 * The clock guard: this page's own server says what time it is (its `Date` header), and a device clock
 * more than a minute off is corrected, as partner pages do with `campaign.json`.
 */
async function guardClock(onCorrected: () => void): Promise<void> {
  const sentAt = clock.source();
  const response = await fetch(location.href, { method: 'HEAD', cache: 'no-store', credentials: 'omit' }).catch(() => undefined);
  const trusted = response && serverTime(response);
  if (trusted === undefined) return;
  const shift = () => clock.now() - clock.source();
  const before = shift();
  // The server answered somewhere between sending and receiving: take the middle.
  clock.correctTo(trusted, (sentAt + clock.source()) / 2);
  if (shift() !== before) onCorrected();
}

/** The embed kit's copy buttons: shown only where the clipboard can be written. */
function enableCopyButtons(lang: string): void {
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const code = button.previousElementSibling?.textContent ?? '';
      void navigator.clipboard.writeText(code).then(() => {
        button.textContent = speak(lang, () => msg('Copied'));
      });
    });
  }
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/** Brings the page to life: its language's messages, the countdown, the time-dependent blocks and the clock guard. */
export async function start(): Promise<void> {
  const lang = document.documentElement.lang;
  await loadLanguage(lang).catch(() => undefined);
  const all = scopes();
  // Reading the schedules is the page's first use of Intl, a long task by itself on a slow phone; the
  // blocks and then the countdown come in tasks of their own, so the phone can paint and answer a tap between.
  await nextTask();
  decide(all);
  await nextTask();
  // Summit's own countdowns count from the page's schedule (before they upgrade, so their first render has it).
  for (const { element, schedule } of all) {
    for (const countdown of element.querySelectorAll<SummitCountdown>('summit-countdown:not([start])')) {
      countdown.data = schedule;
      // The room the build gave the local-time line stays (the element renders over its server markup).
      countdown.reserve = countdown.shadowRoot?.querySelector('.reserve')?.textContent ?? '';
    }
  }
  // Only the countdown changes by itself: the banner, the news and the calendar links keep their
  // server-rendered shadow roots, and what of them depends on time is decided above, in light DOM. The
  // embed kit's previews (with `campaign`) are the partner script's, which reads campaign.json.
  if (document.querySelector('summit-countdown:not([campaign])')) define('summit-countdown', SummitCountdown);
  void guardClock(() => decide(all));
  enableCopyButtons(lang);
  enableShareButtons();
  enableMenus();
  // The front page's carousel and video player are loaded only where the page has them. The page has
  // started once they are in place; one that cannot load leaves its plain links, with a warning.
  const enhancements = await Promise.allSettled([
    document.querySelector('[data-carousel]') && import('./stories.js').then((m) => m.enableCarousels(), (error: unknown) => {
      // The page's styles hold a carousel as one story until its script runs: give back the grid.
      for (const carousel of document.querySelectorAll('[data-carousel]')) carousel.toggleAttribute('data-fallback', true);
      throw error;
    }),
    document.querySelector('[data-media-embed]') && import('./media.js').then((m) => m.enableMedia()),
  ]);
  for (const result of enhancements) {
    if (result.status === 'rejected') console.warn(`summit: part of the page stays as it was built: ${result.reason instanceof Error ? result.reason.message : result.reason}`);
  }
}
