/**
 * Entry point of every generated page. The page is complete and true without script, so what changes in
 * the browser (the live countdown and the time-dependent blocks, `page-live.ts`) starts only once the page
 * has painted and its banner image is decoded: it never delays the largest paint. The page preloads that
 * module and its language's messages at low priority, so they are usually here by then. Meanwhile a worker
 * loads the browser's data for the page's language on another core (`intl-warm.ts`), so the countdown's
 * first render does not stop the page for it; a worker that cannot start or fails only takes that away.
 */
const intlReady = new Promise((resolve) => {
  try {
    const worker = new Worker(new URL('./intl-warm.ts', import.meta.url), { name: document.documentElement.lang });
    worker.onmessage = worker.onerror = resolve;
  } catch {
    resolve(undefined);
  }
});
const painted = new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const banner = document.querySelector<HTMLImageElement>('img[fetchpriority="high"]');
await Promise.all([painted, banner?.decode().catch(() => undefined), intlReady]);
try {
  const { start } = await import('./page-live.js');
  await start();
  // For styles and for anyone checking the page (monitoring, tests): its blocks now follow the clock.
  document.documentElement.toggleAttribute('data-started', true);
} catch (error) {
  // The static page stays true; the countdowns give back the room they reserved.
  for (const countdown of document.querySelectorAll('summit-countdown')) countdown.toggleAttribute('data-fallback', true);
  console.warn(`summit: the page shows what was true at its build; its live part did not start: ${error instanceof Error ? error.message : error}`);
}
