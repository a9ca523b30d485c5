/**
 * Links that share a page by e-mail and on the common networks: plain URLs of each service's own share
 * page, so nothing is loaded from them until a visitor follows one. Pure, for the build and the browser.
 */

/** The services, in the order a page lists them. */
export const SHARE_SERVICES = ['email', 'x', 'facebook', 'linkedin', 'whatsapp', 'telegram'] as const;
export type ShareService = (typeof SHARE_SERVICES)[number];

/** What is shared: the page's absolute URL and its name. */
export interface Shared {
  url: string;
  title: string;
}

const q = encodeURIComponent;

/** Each service's share link for `shared`, with the URL and name encoded (`mailto:` per RFC 6068). */
export function shareLinks({ url, title }: Shared): Record<ShareService, string> {
  return {
    email: `mailto:?subject=${q(title)}&body=${q(`${title}\n${url}`)}`,
    x: `https://x.com/intent/tweet?text=${q(title)}&url=${q(url)}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${q(url)}`,
    linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}`,
    whatsapp: `https://wa.me/?text=${q(`${title} ${url}`)}`,
    telegram: `https://t.me/share/url?url=${q(url)}&text=${q(title)}`,
  };
}
