/**
 * How a page starts its script: not with a `<script type="module" src>`, which the browser requests while the
 * HTML is still parsing, but with a few lines inline that request it once the page has loaded (the banner
 * image included) and a frame has painted it. A request made before then shares a slow link with the banner,
 * and Lighthouse's simulation of a phone counts it, and the script's run, against the largest paint: with the
 * script in the head, the Arabic International Mountain Day page painted its banner at 1.3× a plain page of
 * the same content (medians of five runs), and at 1.0–1.1× with this loader, as without any script.
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
  "{const d=document.currentScript.dataset;addEventListener('load',()=>requestAnimationFrame(()=>setTimeout(()=>{" +
  "for(const href of d.preload?d.preload.split(' '):[]){const l=document.createElement('link');l.rel='modulepreload';l.href=href;document.head.append(l)}" +
  "const s=document.createElement('script');s.type='module';s.src=d.src;document.head.append(s)})))}";

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
