/**
 * The page's own stylesheet, inlined in every page: light-DOM content (headings, dates, news, links)
 * must look right before and without any script. Logical properties only, so Arabic mirrors by itself.
 * Colours are tokens with a light and a dark set (`colorSchemes`); the visitor's `prefers-color-scheme`
 * picks one, and the elements' shadow roots read the same tokens. Reduced motion stops every animation
 * but the carousel's give-back (HOME_CSS), which moves nothing: it only gives the stories back.
 */
import type { Banner, Colors } from '../campaign/model.js';
import { colorSchemes, type SchemeColors } from '../campaign/contrast.js';
import { DEFAULT_COLORS } from '../campaign/normalise.js';

function tokens(scheme: SchemeColors): string {
  return `--summit-color-accent:${scheme.accent};--summit-color-on-accent:${scheme.onAccent};--summit-color-text:${scheme.text};--summit-color-background:${scheme.background};--summit-color-muted:${scheme.muted};--summit-color-surface:${scheme.surface};--summit-color-border:${scheme.border}`;
}

/** `:root` tokens for both colour schemes. */
function schemeRules(colors: Colors, extra = ''): string {
  const { light, dark } = colorSchemes(colors);
  // The banner is a picture under its own overlay: the same in both schemes.
  const banner = `;--summit-banner-background:${light.accent};--summit-banner-color:${light.onAccent}`;
  return `:root{${tokens(light)}${banner}${extra}}@media (prefers-color-scheme:dark){:root{${tokens(dark)}}}`;
}

const themes = new Map<string, string>();

/**
 * A campaign's `:root` tokens. Worked out once per set of colours: every page of a campaign, in every locale,
 * carries the same, and the contrast search behind them took 5% of a thousand-page build's rendering.
 */
export function themeTokens(colors: Colors, banner: Banner): string {
  const key = JSON.stringify([colors.accent, colors.text, colors.background, banner.overlay]);
  let rules = themes.get(key);
  if (rules === undefined) themes.set(key, (rules = schemeRules(colors, banner.overlay ? `;--summit-banner-overlay:${banner.overlay}` : '')));
  return rules;
}

export const PAGE_CSS = `${schemeRules(DEFAULT_COLORS)}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
:root{--summit-font-body:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans Arabic","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
html{color-scheme:light dark;-webkit-text-size-adjust:100%}
body{margin:0;font-family:var(--summit-font-body);font-size:1rem;line-height:1.6;color:var(--summit-color-text);background:var(--summit-color-background);overflow-wrap:anywhere}
:lang(zh){line-break:strict;word-break:normal;line-height:1.75}
:lang(ar){line-height:1.8}
a{color:var(--summit-color-accent)}
a:focus-visible,button:focus-visible{outline:3px solid var(--summit-color-accent);outline-offset:2px}
.skip{position:absolute;inset-inline-start:1rem;inset-block-start:-4rem;padding:.5rem 1rem;background:var(--summit-color-background);z-index:1}
.skip:focus{inset-block-start:1rem}
.wrap{max-inline-size:72rem;margin-inline:auto;padding-inline:clamp(1rem,4vw,2rem)}
.site{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;justify-content:space-between;padding-block:1rem}
.site-name{font-weight:700;text-decoration:none;color:var(--summit-color-text)}
.languages ul{display:flex;flex-wrap:wrap;gap:.25rem .75rem;list-style:none;margin:0;padding:0}
.languages a{display:inline-block;padding-block:.25rem;min-block-size:24px}
.languages a[aria-current]{font-weight:700;color:var(--summit-color-text);text-decoration:none}
main{display:grid;gap:2.5rem;padding-block-end:3rem}
h1,h2,h3{line-height:1.25}
h2{font-size:1.5rem;margin-block:0 1rem}
h3{font-size:1.125rem;margin-block:0 .25rem}
.theme-label{font-size:.875rem;text-transform:uppercase;letter-spacing:.05em;font-weight:600}
.tba{font-style:italic}
.facts{display:grid;gap:1.5rem 3rem;align-items:start}
@media (min-width:56rem){.facts{grid-template-columns:minmax(0,2fr) minmax(16rem,1fr)}}
.facts p{max-inline-size:70ch}
.facts dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem;margin:0}
.facts dt{font-weight:600}
.facts dd{margin:0}
.when{margin:0;font-size:1.125rem}
.hero{display:grid}
.hero summit-banner{position:relative;z-index:1}
.hero summit-banner::part(content){min-block-size:clamp(15rem,30vw,20rem)}
.hero-theme{font-size:clamp(1.0625rem,2.2vw,1.375rem)}
.hero-date{font-size:clamp(1.375rem,3.6vw,2rem);font-weight:700;line-height:1.25}
.hero-date .theme-label{font-weight:600}
.hero-bar{display:grid;gap:1rem 2rem;grid-template-areas:"actions" "count";margin-block-start:-.75rem;padding:2rem clamp(1.25rem,4vw,2.5rem) 1.25rem;background:var(--summit-color-surface);border:1px solid var(--summit-color-border);border-block-start:0;border-end-start-radius:.75rem;border-end-end-radius:.75rem}
@media (scripting:none){.hero-bar summit-countdown{display:none}.hero-bar:not(:has(.hero-actions>:not([hidden]))){display:none}}
@media (min-width:48rem){.hero-bar{grid-template-columns:minmax(0,1fr) auto;grid-template-areas:"count actions";align-items:start}.calendar-menu[open] .calendar-links{inset-inline:auto 0}}
.hero-bar summit-countdown{grid-area:count;--summit-color-surface:var(--summit-color-background)}
.hero-actions{grid-area:actions;display:flex;flex-wrap:wrap;gap:.75rem;align-items:start}
.hero-actions p{margin:0}
.hero-actions:not(:has(> :not([hidden]))){display:none}
.calendar-menu{position:relative}
.calendar-menu summary{list-style:none;cursor:pointer;user-select:none}
.calendar-menu summary::-webkit-details-marker{display:none}
.calendar-menu summary::after{content:"";inline-size:.5em;block-size:.5em;margin-inline-start:.625em;border-inline-end:2px solid;border-block-end:2px solid;transform:translateY(-.15em) rotate(45deg)}
.calendar-menu[open] summary::after{transform:translateY(.1em) rotate(225deg)}
.calendar-menu .calendar-links{position:absolute;inset-inline-start:0;inset-block-start:calc(100% + .5rem);z-index:2;display:grid;gap:0;min-inline-size:min(18rem,80vw);margin:0;padding:.375rem;background:var(--summit-color-background);border:1px solid var(--summit-color-border);border-radius:.75rem;box-shadow:0 .5rem 1.5rem #0003}
.calendar-menu .calendar-links a{display:flex;align-items:center;min-block-size:44px;padding:.375rem .75rem;border-radius:.5rem;text-decoration:none}
.calendar-menu .calendar-links a:hover{background:var(--summit-color-surface);text-decoration:underline}
.calendar-title{margin:0;font-weight:600}
.calendar-links{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:.25rem 0 0;padding:0;list-style:none}
.links{display:flex;flex-wrap:wrap;gap:.75rem;list-style:none;padding:0;margin:1rem 0 0}
.button{display:inline-flex;align-items:center;min-block-size:44px;padding:.5rem 1.25rem;border-radius:999px;background:var(--summit-color-accent);color:var(--summit-color-on-accent);text-decoration:none;font-weight:600}
.button.secondary{background:transparent;color:var(--summit-color-accent);box-shadow:inset 0 0 0 2px currentColor}
.sessions,.news-list,.campaigns{list-style:none;margin:0;padding:0;display:grid;gap:1rem}
.card{padding:1rem 1.25rem;border:1px solid var(--summit-color-border);border-radius:.75rem;background:var(--summit-color-background)}
.card p{margin:.25rem 0}
.sessions [data-next]{border-inline-start:.4rem solid var(--summit-color-accent)}
.status{font-size:1.125rem}
.meta{color:var(--summit-color-muted);font-size:.9375rem}
.news-list{grid-template-columns:repeat(auto-fill,minmax(min(100%,19rem),1fr))}
.news-list .card{display:flex;flex-direction:column;padding:0;overflow:hidden}
.news-list article{display:flex;flex-direction:column;flex:1;gap:.25rem;padding:1rem 1.25rem 1.25rem}
.news-list article>:last-child{margin-block-start:auto;padding-block-start:.5rem}
.news-list img{display:block;inline-size:calc(100% + 2.5rem);max-inline-size:none;block-size:auto;aspect-ratio:16/9;object-fit:cover;margin:-1rem -1.25rem .5rem}
.news-list .card:not(:has(img)){border-block-start:.3rem solid var(--summit-color-accent)}
summit-banner>picture:not([hidden]){display:contents}
summit-banner>picture>img{position:absolute;inset:0;inline-size:100%;block-size:100%;object-fit:cover}
.past{margin:0;padding-inline-start:1.25rem}
.share-links{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;list-style:none;padding:0;margin:.5rem 0 0}
.share-links a,.calendar-links a{display:inline-flex;align-items:center;min-block-size:24px;padding-block:.375rem}
button.button{font:inherit;border:0;cursor:pointer;margin-block-start:.75rem}
footer{border-block-start:1px solid var(--summit-color-border);padding-block:1.5rem;color:var(--summit-color-muted);font-size:.9375rem}
.visually-hidden{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (prefers-reduced-motion:reduce){*{scroll-behavior:auto!important;transition:none!important}:not([data-carousel]){animation:none!important}}
`
  .trim()
  .replace(/\n/g, '');

/**
 * What only the embed kit pages show: their options, preview and code. With scripting on, the copy button
 * has its room before the page script shows it, so the page below the snippet does not move (it moved
 * 0.024 of the screen on a wide one).
 */
export const KIT_CSS = `
.kit{display:grid;gap:1rem}
.kit-options{display:flex;flex-wrap:wrap;gap:1rem 1.5rem;align-items:end}
.kit-options fieldset{display:flex;flex-wrap:wrap;gap:.5rem 1rem;margin:0;padding:.5rem 1rem .75rem;border:1px solid var(--summit-color-border);border-radius:.5rem}
.kit-options label{display:grid;gap:.25rem;font-weight:600}
.kit-options fieldset label{display:flex;gap:.375rem;align-items:center;font-weight:400}
.preview>summit-countdown:not([accent]){--summit-countdown-color:var(--summit-color-accent)}
.kit-accent{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end}
.kit-note{flex-basis:100%;margin:0;max-inline-size:40rem}
.kit-options select,.kit-options input[type=number],.kit-options input[type=text]{font:inherit;padding:.25rem .5rem;min-block-size:2.25rem}
.preview{padding:1rem;border:1px dashed var(--summit-color-border);border-radius:.75rem}
pre{margin:.25rem 0;padding:.75rem;overflow-x:auto;background:var(--summit-color-surface);border-radius:.5rem;direction:ltr;text-align:start;font-size:.875rem;white-space:pre-wrap;overflow-wrap:anywhere}
.copy{font:inherit;padding:.25rem .75rem;border:1px solid currentColor;border-radius:999px;background:transparent;color:var(--summit-color-text);cursor:pointer}
@media (scripting:enabled){.copy[data-copy][hidden]{display:inline-block!important;visibility:hidden}}
`
  .trim()
  .replace(/\n/g, '');

/**
 * The front page's own blocks (spotlight, stories, carousel, work tiles, video, latest news), inlined on
 * the front page only. New classes only: the shared ones above keep their look. Logical properties, a
 * single column at 320 px, controls at least 44 px (primary) or 24 px (picker dots).
 *
 * With scripting on, a carousel waiting for its script (`src/stories.ts`, which the page loads after its
 * largest paint) is laid out as the script will lay it out: one story, and the room of its controls kept,
 * so nothing moves when they appear (the grid it replaced shifted the page by 0.18 on a wide screen). A
 * browser without style queries shows the grid until then, as before. The script marks the carousel
 * `is-carousel`, or `data-fallback` when it cannot run it; if no script ever comes, the grid is given
 * back after 15 s, as the countdown gives back its room, with reduced motion too.
 */
export const HOME_CSS = `
.spotlight{padding:1.25rem 1.5rem;border-radius:.75rem;background:var(--summit-color-surface);border-inline-start:.5rem solid var(--summit-color-accent)}
.spotlight h2{font-size:1rem;text-transform:uppercase;letter-spacing:.05em;margin-block-end:.5rem}
.spotlight-card h3{font-size:clamp(1.375rem,4vw,2rem)}
.spotlight-card p{margin:.25rem 0}
.story-list,.work-tiles,.latest-list,.media-versions{list-style:none;margin:0;padding:0}
.story-list{display:grid;gap:1.5rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,16rem),1fr))}
.story{display:grid;gap:.75rem;align-content:start}
.story-image,.work-image,.media-poster{display:block;inline-size:100%;block-size:auto;border-radius:.5rem;background:var(--summit-color-surface)}
.story-image{aspect-ratio:16/9;object-fit:cover}
.story-text p{margin:.25rem 0}
.story-quote{margin:.75rem 0 0;padding-inline-start:1rem;border-inline-start:.25rem solid var(--summit-color-accent)}
.story-quote blockquote{margin:0;font-style:italic}
.story-quote figcaption{color:var(--summit-color-muted);font-size:.9375rem}
.is-carousel .story-list{grid-template-columns:1fr}
@media (min-width:48rem){.is-carousel .story{grid-template-columns:3fr 2fr;align-items:center;gap:1.5rem}}
.carousel-controls{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin-block-end:1rem}
.carousel-button{display:inline-grid;place-items:center;min-inline-size:44px;min-block-size:44px;font:inherit;font-size:1.5rem;line-height:1;border:2px solid var(--summit-color-accent);border-radius:999px;background:var(--summit-color-background);color:var(--summit-color-accent);cursor:pointer}
[dir=rtl] .carousel-button[data-carousel-previous] span,[dir=rtl] .carousel-button[data-carousel-next] span{display:inline-block;transform:scaleX(-1)}
.carousel-icon{inline-size:.875rem;block-size:1rem;border-inline:.3rem solid currentColor}
[data-state=stopped] .carousel-icon{border:0;inline-size:0;block-size:0;border-block:.5rem solid transparent;border-inline-start:.8rem solid currentColor}
.carousel-picker{display:flex;flex-wrap:wrap;gap:.25rem;margin-inline-start:auto}
.carousel-pick{inline-size:24px;block-size:24px;padding:0;border:2px solid var(--summit-color-accent);border-radius:50%;background:var(--summit-color-background);cursor:pointer}
.carousel-pick[aria-current=true]{background:var(--summit-color-accent)}
@media (scripting:enabled){[data-carousel]:not(.is-carousel,[data-fallback]){--_carousel:waiting;animation:summit-carousel-give-back 0s 15s forwards}}
@keyframes summit-carousel-give-back{to{--_carousel:given-back}}
@container style(--_carousel:waiting){.story-list{grid-template-columns:1fr}.story+.story{display:none}.carousel-controls[data-carousel-controls]{display:flex!important;visibility:hidden}@media (min-width:48rem){.story{grid-template-columns:3fr 2fr;align-items:center;gap:1.5rem}}}
.work-tiles{display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,14rem),1fr))}
.work-tile{position:relative;display:grid;gap:.25rem;align-content:start;padding:.75rem;border:1px solid var(--summit-color-border);border-radius:.75rem}
.work-tile h3{margin:0}
.work-tile h3 a::after{content:"";position:absolute;inset:0;border-radius:.75rem}
.work-tile p{margin:0}
.work-image{aspect-ratio:4/3;object-fit:cover;margin-block-end:.5rem}
.work-kind{order:-1;font-size:.8125rem;font-weight:600;text-transform:uppercase;letter-spacing:.05em;color:var(--summit-color-muted)}
.media{margin:0;max-inline-size:48rem}
.media-frame{position:relative;aspect-ratio:16/9;border-radius:.5rem;overflow:hidden;background:#1b1f24}
.media-frame .media-poster{block-size:100%;object-fit:cover;border-radius:0}
.media-play{position:absolute;inset:0;display:flex;gap:.75rem;align-items:center;justify-content:center;color:#fff;font-weight:700;text-decoration:none;background:linear-gradient(transparent 40%,#000000b0)}
.media-play>span:last-child{padding:.5rem 1rem;border-radius:999px;background:#000000c0}
.media-play-icon{inline-size:56px;block-size:56px;border-radius:50%;background:#000000c0;box-shadow:inset 0 0 0 2px #fff}
.media-play-icon::before{content:"";display:block;margin:16px auto 0;inline-size:0;block-size:0;border-block:12px solid transparent;border-inline-start:20px solid #fff;transform:translateX(3px)}
[dir=rtl] .media-play-icon::before{transform:scaleX(-1) translateX(3px)}
.media-play:focus-visible{outline-offset:-6px;outline-color:#fff}
.media-player{display:block;inline-size:100%;block-size:100%;border:0}
.media figcaption{margin-block-start:.5rem;color:var(--summit-color-muted)}
.media-versions-title{margin:.75rem 0 .25rem;font-weight:600}
.media-versions{display:flex;flex-wrap:wrap;gap:.25rem 1rem}
.media-versions a{display:inline-block;min-block-size:24px;padding-block:.125rem}
.latest-list{display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,18rem),1fr))}
.latest-item{padding:1rem 1.25rem;border-block-start:3px solid var(--summit-color-accent);background:var(--summit-color-surface);border-radius:0 0 .5rem .5rem}
.latest-item p{margin:.25rem 0}
.read-more{display:inline-block;min-block-size:24px;padding-block:.125rem;font-weight:600}
.read-more::after{content:" »"/""}
[dir=rtl] .read-more::after{content:" «"/""}
`
  .trim()
  .replace(/\n/g, '');
