/**
 * Which video a link is, and how a page plays it once a visitor asks: the hosts Summit knows (YouTube,
 * Vimeo) play in their own privacy-minded player frame, a plain file in a `<video>` element. Pure: the
 * schema checks links with it and the build writes the player address into the page, so the browser
 * needs no parsing of its own.
 */
import { isHttpsUrl } from './schema.js';

export type VideoSource = { player: 'frame'; embed: string } | { player: 'file'; embed: string };

const YOUTUBE_ID = /^[\w-]{11}$/;
const VIMEO_ID = /^\d+$/;

/** The player for an https video link, or undefined when Summit cannot play it. */
export function videoSource(url: string): VideoSource | undefined {
  if (!isHttpsUrl(url)) return undefined;
  const { hostname, pathname, searchParams } = new URL(url);
  const host = hostname.replace(/^(www|m)\./, '');
  const segments = pathname.split('/').filter(Boolean);
  let youtube: string | undefined;
  if (host === 'youtube.com' && pathname === '/watch') youtube = searchParams.get('v') ?? undefined;
  else if (host === 'youtube.com' && (segments[0] === 'embed' || segments[0] === 'shorts' || segments[0] === 'live')) youtube = segments[1];
  else if (host === 'youtu.be') youtube = segments[0];
  if (youtube !== undefined) return YOUTUBE_ID.test(youtube) ? { player: 'frame', embed: `https://www.youtube-nocookie.com/embed/${youtube}?autoplay=1` } : undefined;
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const id = segments.find((segment) => VIMEO_ID.test(segment));
    return id ? { player: 'frame', embed: `https://player.vimeo.com/video/${id}?autoplay=1` } : undefined;
  }
  if (/\.(mp4|webm)$/i.test(pathname)) return { player: 'file', embed: url };
  return undefined;
}
