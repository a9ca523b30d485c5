/**
 * The front page's own content from `campaigns/site.yaml`: featured stories, "Our work" tiles and a featured
 * video, every text resolved in every locale, every campaign named by slug checked against the campaigns
 * that exist. Pure: the loader supplies the slugs and the checked images' sizes, and points each problem
 * at its line in `site.yaml`.
 */
import { LOCALES, type Locale } from './locales.js';
import type { Localised, NewsItem } from './model.js';
import { localise, type FieldPath, type Problem } from './normalise.js';
import type { DateStyle, LocalisedText, SiteConfig, StoryConfig, WORK_KINDS, WorkTileConfig } from './schema.js';
import { SITE_IMAGES_FOLDER } from './schema.js';
import { closest } from './suggest.js';
import { videoSource, type VideoSource } from './video.js';

/** The locale site texts fall back to. */
const SITE_LOCALE: Locale = 'en';

export interface HomeImage {
  /** Path below the site root, like `site/stories/water.svg`. */
  src: string;
  alt?: Localised;
  width?: number;
  height?: number;
}

/** Where a story or tile leads: an https link, or a campaign of this site (its page in the reader's language). */
export type HomeTarget = { link?: string; campaign?: string };

export interface Story extends HomeTarget {
  title: Localised;
  summary: Localised;
  quote?: Localised;
  quoteBy?: Localised;
  image: HomeImage;
}

export interface WorkTile extends HomeTarget {
  title: Localised;
  summary: Localised;
  kind: (typeof WORK_KINDS)[number];
  image: HomeImage;
}

export interface VideoVersion {
  locale: Locale;
  title?: string;
  url?: string;
  source?: VideoSource;
}

export interface Video {
  title: Localised;
  poster: HomeImage;
  /** In the order written; the default version first. */
  versions: VideoVersion[];
}

export interface Home {
  dateStyle: DateStyle;
  stories?: { rotation: boolean; items: Story[] };
  work: WorkTile[];
  video?: Video;
  /** How many news items the front page lists. */
  latestNews: number;
  /** The news items of `site.yaml` (without images: an item's image lives in each campaign folder that shows it). */
  news: NewsItem[];
}

export interface ImageSize {
  width: number;
  height: number;
}

/**
 * The front page of `config`. `slugs` are the campaigns of the site; `sizes` the checked site images by
 * their path in `campaigns/site/`.
 */
export function normaliseHome(config: SiteConfig, slugs: readonly string[], sizes: ReadonlyMap<string, ImageSize>): { home: Home; problems: Problem[] } {
  const problems: Problem[] = [];
  const report = (path: FieldPath, message: string) => problems.push({ path, message });
  const text = (value: LocalisedText, path: FieldPath) => localise(value, SITE_LOCALE, [...LOCALES], path, report);
  const image = (file: string, alt: LocalisedText | undefined, path: FieldPath): HomeImage => ({
    src: `${SITE_IMAGES_FOLDER}/${file}`,
    ...(alt !== undefined && { alt: text(alt, [...path.slice(0, -1), `${String(path.at(-1))}-alt`]) }),
    ...sizes.get(file),
  });
  const target = (item: StoryConfig | WorkTileConfig, path: FieldPath): HomeTarget => {
    if (item.campaign !== undefined && !slugs.includes(item.campaign)) {
      const near = closest(item.campaign, slugs);
      report([...path, 'campaign'], `expected the folder name of a campaign in campaigns/, got "${item.campaign}"; ${near ? `did you mean "${near}"?` : 'check the name, or add the campaign first'}`);
    }
    return { ...(item.link && { link: item.link }), ...(item.campaign && { campaign: item.campaign }) };
  };

  const stories = config.stories && {
    rotation: config.stories.rotation,
    items: config.stories.items.map((s, i): Story => {
      const at = ['stories', 'items', i];
      return {
        title: text(s.title, [...at, 'title']),
        summary: text(s.summary, [...at, 'summary']),
        ...(s.quote && { quote: text(s.quote, [...at, 'quote']) }),
        ...(s['quote-by'] && { quoteBy: text(s['quote-by'], [...at, 'quote-by']) }),
        image: image(s.image, s['image-alt'], [...at, 'image']),
        ...target(s, at),
      };
    }),
  };
  const work = (config.work ?? []).map((w, i): WorkTile => ({
    title: text(w.title, ['work', i, 'title']),
    summary: text(w.summary, ['work', i, 'summary']),
    kind: w.kind,
    image: image(w.image, w['image-alt'], ['work', i, 'image']),
    ...target(w, ['work', i]),
  }));
  let video: Video | undefined;
  if (config.video) {
    const { versions } = config.video;
    const written = Object.keys(versions) as Locale[];
    const first = config.video['default-version'] ?? written[0];
    if (!versions[first]) report(['video', 'default-version'], `expected one of the versions (${written.join(', ')}), got "${first}"; add its version or pick another`);
    video = {
      title: text(config.video.title, ['video', 'title']),
      poster: image(config.video.poster, config.video['poster-alt'], ['video', 'poster']),
      versions: [first, ...written.filter((l) => l !== first)].flatMap((locale) => {
        const version = versions[locale];
        if (!version) return [];
        const source = version.url ? videoSource(version.url) : undefined;
        return [{ locale, ...(version.title && { title: version.title }), ...(version.url && source && { url: version.url, source }) }];
      }),
    };
  }
  return {
    problems,
    home: {
      dateStyle: config['date-style'],
      ...(stories && { stories }),
      work,
      ...(video && { video }),
      latestNews: config['latest-news'],
      news: (config.news ?? []).map((item, i) => ({
        id: item.id,
        date: item.date,
        title: text(item.title, ['news', i, 'title']),
        ...(item.summary && { summary: text(item.summary, ['news', i, 'summary']) }),
        link: item.link,
      })),
    },
  };
}

/** Every image the front page shows, with the field naming it in `site.yaml`. */
export function homeImages(config: SiteConfig): { path: FieldPath; image: string }[] {
  return [
    ...(config.stories?.items ?? []).map((s, i) => ({ path: ['stories', 'items', i, 'image'], image: s.image })),
    ...(config.work ?? []).map((w, i) => ({ path: ['work', i, 'image'], image: w.image })),
    ...(config.video ? [{ path: ['video', 'poster'], image: config.video.poster }] : []),
  ];
}
