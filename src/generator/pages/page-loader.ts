/**
 * How a page starts its script: not with a `<script type="module" src>`, which the browser requests while the
 * HTML is still parsing, but with a few lines inline that request it once the page has loaded and its banner
 * has painted: when the browser reports the banner as the largest paint, or ten frames after the load event
 * where no such report comes (the banner is not the largest, or the browser does not report largest paints).
 * The banner is the page's image asked for first (`fetchpriority="high"`; on the front page, the first story's).
 * The load event alone is too early: Chromium reported the banner's paint 10–60 ms after it. A request made
 * before the paint shares a slow link with the banner, and Lighthouse's simulation of a phone counts it, and
 * the script's run, against the largest paint: with the script in the head, the Arabic International Mountain
 * Day page painted its banner at 1.3× a plain page of the same content (medians of five runs). Requested one
 * frame after the load event, the requests fell before the paint in four runs of six, two of which measured
 * 1.2–1.3 s against the plain page's 0.76 s; after the report, they came after it in six runs of six, and the
 * page measured 0.76–0.92 s, what the plain page does.
 *
 * At that moment it also asks for the modules the page script will import and for the page's messages (the
 * `data-preload` list), so that all of them come in one round trip.
 *
 * The text is the same on every page (the URLs are attributes of its element, read through
 * `document.currentScript`), so one hash allows it under a Content-Security-Policy: `PAGE_CSP`, which the
 * build writes to `_headers` for every path.
 */
import { createHash } from 'node:crypto';
import { escapeHtml } from '../../campaign/text.js';

export const PAGE_LOADER =
  "{const d=document.currentScript.dataset;let started=0;" +
  "const go=()=>{if(started++)return;" +
  "for(const href of d.preload?d.preload.split(' '):[]){const l=document.createElement('link');l.rel='modulepreload';l.href=href;document.head.append(l)}" +
  "const s=document.createElement('script');s.type='module';s.src=d.src;document.head.append(s)};" +
  "addEventListener('load',()=>{const b=document.querySelector('img[fetchpriority=high]');let frames=0;const wait=()=>++frames>10?go():requestAnimationFrame(()=>setTimeout(wait));wait();" +
  "if(b&&PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint'))" +
  "new PerformanceObserver((list,o)=>{if(list.getEntries().some((e)=>e.element===b)){o.disconnect();go()}}).observe({type:'largest-contentful-paint',buffered:true})})}";

/** The loader's hash, as a CSP source: `'sha256-…'`. */
export const PAGE_LOADER_HASH = `'sha256-${createHash('sha256').update(PAGE_LOADER).digest('base64')}'`;

/**
 * The pages' policy: scripts only from the site itself and the loader above; no plugins; no `<base>` that
 * points elsewhere. Styles are not restricted (every shadow root carries its own `<style>`).
 */
export const PAGE_CSP = `script-src 'self' ${PAGE_LOADER_HASH}; object-src 'none'; base-uri 'self'`;

/** The loader's element: the page script's URL and the modules it will import, relative to the page. */
export function pageLoader(script: string, preload: string[]): string {
  const attributes = [` data-src="${escapeHtml(script)}"`, preload.length ? ` data-preload="${escapeHtml(preload.join(' '))}"` : ''];
  return `<script${attributes.join('')}>${PAGE_LOADER}</script>`;
}
