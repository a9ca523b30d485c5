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
summit-banner>picture:not([hidden]){display:contents}
summit-banner>picture>img{position:absolute;inset:0;inline-size:100%;block-size:100%;object-fit:cover}
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
