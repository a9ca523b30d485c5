/**
 * The page's own stylesheet, inlined in every page: light-DOM content (headings, dates, news, links)
 * must look right before and without any script. Logical properties only, so Arabic mirrors by itself.
 */
import type { Banner, Colors } from '../campaign/model.js';

export function themeTokens(colors: Colors, banner: Banner): string {
  const overlay = banner.overlay ? `;--summit-banner-overlay:${banner.overlay}` : '';
  return `:root{--summit-color-accent:${colors.accent};--summit-color-on-accent:${colors.background};--summit-color-text:${colors.text};--summit-color-background:${colors.background}${overlay}}`;
}

export const PAGE_CSS = `
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
:root{--summit-color-accent:#0b5d8c;--summit-color-on-accent:#fff;--summit-color-text:#1b1f24;--summit-color-background:#fff;--summit-color-muted:#4a5560;--summit-color-surface:#f2f5f8;--summit-font-body:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans Arabic","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
html{color-scheme:light;-webkit-text-size-adjust:100%}
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
.facts{display:grid;gap:2rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,20rem),1fr));align-items:start}
.facts dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem;margin:0}
.facts dt{font-weight:600}
.facts dd{margin:0}
.when{margin:0;font-size:1.125rem}
summit-calendar{margin-block-start:1rem}
.calendar-title{margin:0;font-weight:600}
.calendar-links{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:.25rem 0 0;padding:0;list-style:none}
.links{display:flex;flex-wrap:wrap;gap:.75rem;list-style:none;padding:0;margin:1rem 0 0}
.button{display:inline-block;padding:.5rem 1rem;border-radius:999px;background:var(--summit-color-accent);color:var(--summit-color-on-accent);text-decoration:none;font-weight:600}
.sessions,.news-list,.campaigns{list-style:none;margin:0;padding:0;display:grid;gap:1rem}
.card{padding:1rem 1.25rem;border:1px solid #d5dbe1;border-radius:.75rem;background:var(--summit-color-background)}
.card p{margin:.25rem 0}
.sessions [data-next]{border-inline-start:.4rem solid var(--summit-color-accent)}
.status{font-size:1.125rem}
.meta{color:var(--summit-color-muted);font-size:.9375rem}
.news-list img{display:block;max-inline-size:100%;block-size:auto;border-radius:.5rem}
.past{margin:0;padding-inline-start:1.25rem}
.kit{display:grid;gap:1rem}
.kit-options{display:flex;flex-wrap:wrap;gap:1rem 1.5rem;align-items:end}
.kit-options fieldset{display:flex;flex-wrap:wrap;gap:.5rem 1rem;margin:0;padding:.5rem 1rem .75rem;border:1px solid #d5dbe1;border-radius:.5rem}
.kit-options label{display:grid;gap:.25rem;font-weight:600}
.kit-options fieldset label{display:flex;gap:.375rem;align-items:center;font-weight:400}
.kit-options select,.kit-options input[type=number]{font:inherit;padding:.25rem .5rem;min-block-size:2.25rem}
.preview{padding:1rem;border:1px dashed #8a96a3;border-radius:.75rem}
pre{margin:.25rem 0;padding:.75rem;overflow-x:auto;background:var(--summit-color-surface);border-radius:.5rem;direction:ltr;text-align:start;font-size:.875rem;white-space:pre-wrap;overflow-wrap:anywhere}
.share-links{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;list-style:none;padding:0;margin:.5rem 0 0}
.share-links a{display:inline-block;padding-block:.375rem}
button.button{font:inherit;border:0;cursor:pointer;margin-block-start:.75rem}
.copy{font:inherit;padding:.25rem .75rem;border:1px solid currentColor;border-radius:999px;background:transparent;color:var(--summit-color-text);cursor:pointer}
footer{border-block-start:1px solid #d5dbe1;padding-block:1.5rem;color:var(--summit-color-muted);font-size:.9375rem}
.visually-hidden{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (prefers-reduced-motion:reduce){*{scroll-behavior:auto!important;transition:none!important;animation:none!important}}
`
  .trim()
  .replace(/\n/g, '');

/**
 * The front page's own blocks (spotlight, stories, carousel, work tiles, video, latest news), inlined on
 * the front page only. New classes only: the shared ones above keep their look. Logical properties, a
 * single column at 320 px, controls at least 44 px (primary) or 24 px (picker dots).
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
.work-tiles{display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,14rem),1fr))}
.work-tile{position:relative;display:grid;gap:.25rem;align-content:start;padding:.75rem;border:1px solid #d5dbe1;border-radius:.75rem}
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
