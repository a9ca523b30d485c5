/**
 * The page's "Share…" button: the device's own share sheet (Web Share API) where the browser has one.
 * The button is `hidden` in the built page and shown only where `navigator.share` exists; the plain
 * share links next to it work everywhere.
 */

/** Shows every `button[data-share]` under `root` when the browser can share, and shares its page on click. */
export function enableShareButtons(root: ParentNode = document): void {
  if (typeof navigator.share !== 'function') return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-share]')) {
    const { shareTitle: title = '', shareUrl: url = location.href } = button.dataset;
    button.hidden = false;
    button.addEventListener('click', () => {
      // A visitor who closes the share sheet rejects the promise: nothing to report.
      navigator.share({ title, url }).catch(() => undefined);
    });
  }
}
