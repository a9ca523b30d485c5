import { expect, fixture, html } from '@open-wc/testing';
import { enableShareButtons } from '../src/share.js';

type Share = (data: ShareData) => Promise<void>;

/** Replaces `navigator.share` for one test (undefined: a browser without it), and puts the original back. */
function withShare(share: Share | undefined): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, 'share');
  Object.defineProperty(navigator, 'share', { value: share, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(navigator, 'share', own);
    else delete (navigator as { share?: Share }).share;
  };
}

const page = () =>
  fixture<HTMLElement>(html`<section>
    <button type="button" data-share data-share-title="Journée internationale de la montagne" data-share-url="https://events.example.org/international-mountain-day/fr/" hidden>Partager…</button>
  </section>`);

describe('the Share… button', () => {
  it('is shown where the browser can share, and shares the page’s name and URL through navigator.share', async () => {
    const calls: ShareData[] = [];
    const restore = withShare(async (data) => void calls.push(data));
    try {
      const section = await page();
      enableShareButtons(section);
      const button = section.querySelector('button')!;
      expect(button.hidden).to.be.false;
      button.click();
      expect(calls).to.deep.equal([{ title: 'Journée internationale de la montagne', url: 'https://events.example.org/international-mountain-day/fr/' }]);
    } finally {
      restore();
    }
  });

  it('stays hidden without navigator.share, leaving the plain links', async () => {
    const restore = withShare(undefined);
    try {
      const section = await page();
      enableShareButtons(section);
      expect(section.querySelector('button')!.hidden).to.be.true;
    } finally {
      restore();
    }
  });

  it('throws nothing when the visitor closes the share sheet', async () => {
    const errors: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
    window.addEventListener('unhandledrejection', onRejection);
    const restore = withShare(() => Promise.reject(new DOMException('Share canceled', 'AbortError')));
    try {
      const section = await page();
      enableShareButtons(section);
      section.querySelector('button')!.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(errors).to.deep.equal([]);
    } finally {
      restore();
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});
