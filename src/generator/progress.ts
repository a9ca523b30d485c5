/**
 * The progress line of a long build: nothing for its first seconds, then a line now and then saying how many
 * campaigns are written, so a team watching a build of hundreds of campaigns sees it move.
 */

/** A build quicker than this prints no progress at all. */
export const PROGRESS_AFTER_MS = 2000;
/** The shortest time between two progress lines. */
export const PROGRESS_EVERY_MS = 2000;

export interface Progress {
  /** `done` of `total` campaigns are written, with `pages` pages so far. */
  written(done: number, total: number, pages: number): void;
}

/** Progress measured from `started` on `clock` (`performance.now` in a build; a test's own clock in tests). */
export function buildProgress(say: (line: string) => void, started: number, clock: () => number = () => performance.now()): Progress {
  let next = started + PROGRESS_AFTER_MS;
  return {
    written(done, total, pages) {
      const now = clock();
      if (now < next || done >= total) return;
      next = now + PROGRESS_EVERY_MS;
      const seconds = ((now - started) / 1000).toFixed(1);
      say(`summit: ${done} of ${total} campaigns written (${pages} pages), ${seconds} s`);
    },
  };
}
