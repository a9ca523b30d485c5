/**
 * Entry point of every generated page. The page is complete and true without script, so what changes in
 * the browser (the live countdown and the time-dependent blocks, `page-live.ts`) starts only once the page
 * has painted and its banner image is decoded: it never delays the largest paint. The page preloads that
 * module and its language's messages at low priority, so they are usually here by then.
 */
const painted = new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const banner = document.querySelector<HTMLImageElement>('img[fetchpriority="high"]');
await Promise.all([painted, banner?.decode().catch(() => undefined)]);
try {
  const { start } = await import('./page-live.js');
  await start();
} catch (error) {
  // The static page stays true; the countdowns give back the room they reserved.
  for (const countdown of document.querySelectorAll('summit-countdown')) countdown.toggleAttribute('data-fallback', true);
  console.warn(`summit: the page shows what was true at its build; its live part did not start: ${error instanceof Error ? error.message : error}`);
}
