/**
 * A campaign's embed kit (`<slug>/embed/`): a live preview of each element as partners get it, and the
 * snippet to copy in every language.
 */
import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { Campaign } from '../../campaign/model.js';
import { LANGUAGE_NAMES, directionOf, type Locale } from '../../campaign/locales.js';
import { plainText } from '../../campaign/text.js';
import { speak } from '../../i18n/localization.js';
import { escapeHtml } from '../html.js';
import { campaignJsonPath, campaignPath, embedKitPath, partnerScriptPath, toRoot } from '../paths.js';
import { themeTokens } from '../page-styles.js';
import { shell, ssr, t, type OutputFile, type PageAssets, type SiteInfo } from './page.js';

/**
 * The partner snippet for one element in one language, with a link to the campaign page inside: what
 * visitors read if the script or the data cannot load.
 */
function snippet(tag: string, campaign: Campaign, site: SiteInfo, locale: Locale): string {
  const link = `<a href="${escapeHtml(`${site.url}/${campaignPath(campaign, locale)}`)}">${escapeHtml(plainText(campaign.name, locale))}</a>`;
  return `<script type="module" src="${site.url}/${partnerScriptPath('summit')}"></script>\n<${tag} campaign="${site.url}/${campaignJsonPath(campaign)}" lang="${locale}"${directionOf(locale) === 'rtl' ? ' dir="rtl"' : ''}>\n  ${link}\n</${tag}>`;
}

/**
 * An element as a partner page has it: plain markup that the partner script renders in the browser. It is
 * put in after server rendering, because the partner script does not hydrate: it would render a second
 * copy next to a server-rendered shadow root.
 */
function previewMarkup(tag: string, locale: Locale, href: string, name: string): string {
  return `<${tag} campaign="../campaign.json" lang="${locale}"><a href="${escapeHtml(href)}">${escapeHtml(name)}</a></${tag}>`;
}

/**
 * The embed kit of a campaign (`<slug>/embed/`), in its default language: a live preview of each element
 * as partners get it (the partner script, reading campaign.json), and its snippet in every language,
 * with a copy button.
 */
export async function renderEmbedKit(campaign: Campaign, site: SiteInfo, assets: PageAssets): Promise<OutputFile> {
  const locale = campaign.defaultLocale;
  const pagePath = embedKitPath(campaign);
  const root = toRoot(pagePath);
  const name = plainText(campaign.name, locale);
  const body = await ssr(
    () => html`<a class="skip" href="#main">${msg('Skip to content')}</a>
      <header class="site wrap">
        <a class="site-name" href=${`${root}${campaignPath(campaign, locale)}`}>${t(campaign.name, locale)}</a>
      </header>
      <main id="main" class="wrap">
        <h1>${msg(str`${name} on your own site`)}</h1>
        <p>${msg('Copy one snippet into the HTML of your page. The element shows its text in the language you choose, and keeps the link you put inside it if the data cannot be loaded.')}</p>
        ${[
          { tag: 'summit-banner', title: msg('Banner') },
          { tag: 'summit-countdown', title: msg('Countdown') },
          { tag: 'summit-calendar', title: msg('Add to your calendar') },
          { tag: 'summit-news', title: msg('News') },
        ].map(
          ({ tag, title }) => html`<section aria-labelledby=${`${tag}-heading`} class="kit">
            <h2 id=${`${tag}-heading`}>${title}</h2>
            <div class="preview" data-preview=${tag}></div>
            <ul class="snippets">
              ${campaign.locales.map(
                (l) => html`<li>
                  <h3 id=${`${tag}-${l}`} lang=${l} dir=${directionOf(l)}>${LANGUAGE_NAMES[l]}</h3>
                  <pre><code>${snippet(tag, campaign, site, l)}</code></pre>
                  <button type="button" class="copy" data-copy hidden aria-describedby=${`${tag}-${l}`}>${msg('Copy')}</button>
                </li>`,
              )}
            </ul>
          </section>`,
        )}
      </main>`,
    locale,
  );
  const url = `${site.url}/${pagePath}`;
  const withPreviews = body.replace(
    /<div class="preview" data-preview="([a-z-]+)"><\/div>/g,
    (_, tag: string) => `<div class="preview">${previewMarkup(tag, locale, `${root}${campaignPath(campaign, locale)}`, name)}</div>`,
  );
  return {
    file: `${pagePath}index.html`,
    content: shell({ locale, title: `${speak(locale, () => msg(str`${name} on your own site`))} · ${plainText(site.name, locale)}`, description: plainText(campaign.description, locale), root, canonical: url, alternates: [], head: `<style>${themeTokens(campaign.colors, campaign.banner)}</style>`, body: withPreviews, assets, partnerScript: true }),
  };
}
