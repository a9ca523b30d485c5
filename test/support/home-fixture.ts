/**
 * A small site whose front page has everything: two campaigns (one ahead, one over), shared and site-only
 * news, rotating stories, "Our work" tiles and a video with versions in some languages, playable or not.
 */
import { VALID_CAMPAIGN } from './hostile.js';

const svg = (width: number, height: number, fill: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="${fill}"/></svg>`;

export const HOME_SITE = `url: https://events.example.org
name: Example events
date-style: numeric
latest-news: 3
news:
  - id: shared-news
    date: 2027-03-28
    title: Shared news
    link: https://example.org/shared
  - id: site-only
    date: 2027-04-02
    title: Site only
    link: https://example.org/site-only
stories:
  rotation: true
  items:
    - title: Water first
      summary: Why water matters.
      quote: Water is life.
      quote-by: A. Speaker
      image: stories/water.svg
      campaign: water-dialogue
    - title: Elsewhere
      summary: A story on another site.
      image: stories/other.svg
      link: https://example.org/story
work:
  - title:
      en: A course
      fr: Un cours
    summary: Learning together.
    kind: course
    image: work/tile.svg
  - title: A day
    summary: Once a year.
    kind: observance
    image: work/tile.svg
    campaign: water-dialogue
video:
  title: Climbing together
  poster: video/poster.svg
  versions:
    en:
      url: https://www.youtube.com/watch?v=abcdefghijk
    fr:
      title: Grimper ensemble
    ar:
      url: https://vimeo.com/76979871
      title: نتسلق معًا
    es:
      title: Escalar juntos
`;

export function homeFixture(): Record<string, string> {
  return {
    'site.yaml': HOME_SITE,
    'water-dialogue/campaign.yaml': `${VALID_CAMPAIGN}news:\n  - shared-news\n  - date: 2027-03-01\n    title: Older news\n    link: https://example.org/older\n`,
    'past-forum/campaign.yaml': `name: Past Forum
description: A forum that took place.
time-zone: Europe/Rome
start: 2026-05-04
links:
  recording: https://example.org/recording
organiser:
  name: FAO
news:
  - shared-news
  - date: 2026-01-01
    title: Oldest news
    link: https://example.org/oldest
`,
    'site/stories/water.svg': svg(640, 360, '#2f8fcf'),
    'site/stories/other.svg': svg(640, 360, '#7fa97a'),
    'site/work/tile.svg': svg(480, 360, '#c97a4a'),
    'site/video/poster.svg': svg(1280, 720, '#7d4a35'),
    'site/unused.svg': svg(10, 10, '#000000'),
  };
}
