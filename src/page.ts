/**
 * Entry point of every generated page. The page is complete and true without script, so this script, and
 * what changes in the browser (the live countdown and the time-dependent blocks, `page-live.ts`), are
 * fetched only once the page has loaded, banner included, by the loader inline in the page
 * (`generator/pages/page-loader.ts`), which asks for the live modules at the same time. They never delay the
 * largest paint, nor share a slow link with the banner. The live part starts once the banner has painted.
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
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * Resolves once the banner has been painted whole: when the browser reports it as the page's largest paint,
 * or three frames after its decode when no such report comes (it is not the largest, or the browser does not
 * report largest paints). Decoding is not enough: Chromium counts an SVG image as painted only at a frame
 * after its load completes, and the live part's first task would hold that frame back.
 */
async function bannerPainted(banner: HTMLImageElement) {
  let observer: PerformanceObserver | undefined;
  const reported = new Promise((resolve) => {
    if (!PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) return;
    observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((entry) => (entry as LargestContentfulPaint).element === banner)) resolve(undefined);
    });
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await banner.decode().catch(() => undefined);
  await Promise.race([reported, nextFrame().then(nextFrame).then(nextFrame)]);
  // Whichever came first, the page's later paints are not watched.
  observer?.disconnect();
}

const banner = document.querySelector<HTMLImageElement>('img[fetchpriority="high"]');
await Promise.all([nextFrame(), banner && bannerPainted(banner)]);
await intlReady;
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
