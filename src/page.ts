/**
 * Entry point of every generated page. The page is complete and true without script, so this script, and
 * what changes in the browser (the live countdown and the time-dependent blocks, `page-live.ts`), are
 * fetched only once the page has loaded and its banner has painted, by the loader inline in the page
 * (`generator/pages/page-loader.ts`), which asks for the live modules at the same time. They never delay the
 * largest paint, nor share a slow link with the banner, so this script starts the live part as soon as it can.
 * Meanwhile a worker loads the browser's data for the page's language on another core (`intl-warm.ts`), so
 * the countdown's first render does not stop the page for it; a worker that cannot start or fails only
 * takes that away.
 */
const intlReady = new Promise((resolve) => {
  try {
    const worker = new Worker(new URL('./intl-warm.ts', import.meta.url), { name: document.documentElement.lang });
    worker.onmessage = worker.onerror = resolve;
  } catch {
    resolve(undefined);
  }
});
await intlReady;
try {
  const { start } = await import('./page-live.js');
  await start();
  // For styles and for anyone checking the page (monitoring, tests): its blocks now follow the clock.
  document.documentElement.toggleAttribute('data-started', true);
} catch (error) {
  // The static page stays true; the countdowns give back the room they reserved, the carousels their grid.
  for (const waiting of document.querySelectorAll('summit-countdown, [data-carousel]')) waiting.toggleAttribute('data-fallback', true);
  console.warn(`summit: the page shows what was true at its build; its live part did not start: ${error instanceof Error ? error.message : error}`);
}
