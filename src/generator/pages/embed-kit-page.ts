/**
 * A campaign's embed kit (`<slug>/embed/`): a live preview of each element as partners get it, and the
 * snippet to copy in every language.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Campaign } from '../../campaign/model.js';
import { LANGUAGE_NAMES, directionOf } from '../../campaign/locales.js';
import { PARTNER_TAGS, snippet, type PartnerTag, type SnippetSource } from '../../campaign/snippet.js';
import { escapeHtml, plainText } from '../../campaign/text.js';
import { speak } from '../../i18n/localization.js';
import { cardImage } from '../social.js';
import { campaignJsonPath, campaignPath, embedKitPath, partnerScriptPath, toRoot } from '../paths.js';
import { themeTokens } from '../page-styles.js';
import { feedLinks } from '../feeds.js';
import { languageSwitcher, shell, ssr, t, type OutputFile, type PageAssets, type SiteInfo } from './page.js';

/** The name of an element's own partner entry: `countdown` for `summit-countdown`. */
const elementName = (tag: PartnerTag) => tag.replace(/^summit-/, '');

/** What the configurator needs to write any snippet: the URLs, this build's pinned copies, and each language's page and name. */
function snippetSource(campaign: Campaign, site: SiteInfo, assets: PageAssets): SnippetSource {
  const pinned = PARTNER_TAGS.flatMap((tag) => {
    const copy = assets.pinned?.[elementName(tag)];
    return copy ? [[tag, { script: `${site.url}/${copy.file}`, integrity: copy.integrity }] as const] : [];
  });
  return {
    script: `${site.url}/${partnerScriptPath('summit')}`,
    scripts: Object.fromEntries(PARTNER_TAGS.map((tag) => [tag, `${site.url}/${partnerScriptPath(elementName(tag))}`])) as Record<PartnerTag, string>,
    ...(pinned.length ? { pinned: Object.fromEntries(pinned) } : {}),
    data: `${site.url}/${campaignJsonPath(campaign)}`,
    pages: Object.fromEntries(campaign.locales.map((l) => [l, { href: `${site.url}/${campaignPath(campaign, l)}`, name: plainText(campaign.name, l) }])),
  };
}

/**
 * The embed kit of a campaign in each of its languages (`<slug>/embed/`, `<slug>/fr/embed/` …): a
 * configurator where a partner picks an element, a language and its options, and sees one live preview
 * (the partner script, reading campaign.json) and the one snippet to copy. Without JavaScript it shows the
 * countdown's snippet in the page's language. Shared, it shows the campaign page's card image.
 */
export async function renderEmbedKit(campaign: Campaign, site: SiteInfo, assets: PageAssets, now: number): Promise<OutputFile[]> {
  const source = snippetSource(campaign, site, assets);
  const pages: OutputFile[] = [];
  for (const locale of campaign.locales) {
    const pagePath = embedKitPath(campaign, locale);
    const root = toRoot(pagePath);
    const name = plainText(campaign.name, locale);
    const data = `${root}${campaignJsonPath(campaign)}`;
    const first = { tag: PARTNER_TAGS[0], lang: locale };
    // A function: the messages are those of the language the page is rendered in, inside ssr().
    const titles = (): Record<PartnerTag, string> => ({
      'summit-countdown': msg('Countdown'),
      'summit-banner': msg('Banner'),
      'summit-news': msg('News'),
      'summit-calendar': msg('Add to your calendar'),
    });
    const body = await ssr(
      () => html`<a class="skip" href="#main">${msg('Skip to content')}</a>
        <header class="site wrap">
          <a class="site-name" href=${`${root}${campaignPath(campaign, locale)}`}>${t(campaign.name, locale)}</a>
          ${languageSwitcher(campaign.locales, locale, (l) => `${root}${embedKitPath(campaign, l)}`)}
        </header>
        <main id="main" class="wrap kit">
          <h1>${msg(str`${name} on your own site`)}</h1>
          <p>${msg('Copy one snippet into the HTML of your page. The element shows its text in the language you choose, and keeps the link you put inside it if the data cannot be loaded.')}</p>
          <form class="kit-options" data-kit=${JSON.stringify({ ...source, previewData: data })}>
            <fieldset>
              <legend>${msg('Element')}</legend>
              ${PARTNER_TAGS.map((tag) => html`<label><input type="radio" name="tag" value=${tag} ?checked=${tag === first.tag}> ${titles()[tag]}</label>`)}
            </fieldset>
            <label>${msg('Language')}
              <select name="lang">${campaign.locales.map((l) => html`<option value=${l} lang=${l} ?selected=${l === locale}>${LANGUAGE_NAMES[l]}</option>`)}</select>
            </label>
            <label data-option="limit" hidden>${msg('Number of news items')}
              <input type="number" name="limit" min="1" max="20" value="5">
            </label>
            <label data-option="heading-level" hidden>${msg('Heading level')}
              <select name="heading-level">${[2, 3, 4, 5, 6].map((level) => html`<option value=${level}>h${level}</option>`)}</select>
            </label>
            <div class="kit-accent" data-option="accent">
              <label>${msg('Digit colour')}
                <input type="text" name="accent" size="9" spellcheck="false" autocomplete="off" placeholder=${campaign.colors.accent} aria-describedby="accent-note">
              </label>
              <input type="color" data-accent-picker value=${campaign.colors.accent} aria-label=${msg('Digit colour')}>
              <p id="accent-note" class="kit-note" aria-live="polite">
                <span data-accent-note="default">${msg('Empty: the campaign’s colour. Otherwise a hex colour, such as #2b6a3b.')}</span>
                <span data-accent-note="invalid" hidden>${msg('Not a hex colour: write # and 3 or 6 digits or letters a to f, such as #2b6a3b. The snippet leaves it out.')}</span>
                <span data-accent-note="low" hidden>${msg('Low contrast: large digits need at least 3:1 against the countdown’s background, and this colour has')} <span data-ratio></span></span>
              </p>
            </div>
            <fieldset>
              <legend>${msg('Script version')}</legend>
              <label><input type="radio" name="script" value="element" checked> ${msg('This element’s own script, following version 1 (recommended): the smallest download; fixes arrive within the hour')}</label>
              <label><input type="radio" name="script" value="all"> ${msg('One script for every element, following version 1: for a page that shows several of them, which then share their code')}</label>
              ${source.pinned ? html`<label><input type="radio" name="script" value="pinned"> ${msg('Pin this build: it never changes and the browser checks every byte; you paste a new snippet to get fixes')}</label>` : nothing}
            </fieldset>
          </form>
          <section aria-labelledby="preview-heading">
            <h2 id="preview-heading">${msg('Preview')}</h2>
            <div class="preview" data-preview></div>
          </section>
          <section aria-labelledby="snippet-heading">
            <h2 id="snippet-heading">${msg('Snippet')}</h2>
            <pre><code data-snippet>${snippet(source, first)}</code></pre>
            <button type="button" class="copy" data-copy hidden>${msg('Copy')}</button>
          </section>
        </main>`,
      locale,
    );
    // The preview is put in after server rendering, as a partner's page has it: the partner script renders
    // it from campaign.json.
    const link = `<a href="${escapeHtml(source.pages[locale].href)}">${escapeHtml(name)}</a>`;
    const preview = `<summit-countdown campaign="${escapeHtml(data)}" lang="${locale}"${directionOf(locale) === 'rtl' ? ' dir="rtl"' : ''}>${link}</summit-countdown>`;
    const withPreview = body.replace('<div class="preview" data-preview></div>', `<div class="preview" data-preview>${preview}</div>`);
    const heading = speak(locale, () => msg(str`${name} on your own site`));
    const title = `${heading} · ${plainText(site.name, locale)}`;
    const card = { siteName: plainText(site.name, locale), title: heading, image: cardImage(campaign, site, locale, now) };
    const alternates = [
      ...campaign.locales.map((l) => ({ hreflang: l, href: `${site.url}/${embedKitPath(campaign, l)}` })),
      { hreflang: 'x-default', href: `${site.url}/${embedKitPath(campaign, campaign.defaultLocale)}` },
    ];
    pages.push({
      file: `${pagePath}index.html`,
      content: shell({ locale, title, description: plainText(campaign.description, locale), card, root, canonical: `${site.url}/${pagePath}`, alternates, head: `<style>${themeTokens(campaign.colors, campaign.banner)}</style>\n${feedLinks(site, campaignPath(campaign, locale), plainText(campaign.name, locale), campaign.news.length > 0)}`, body: withPreview, assets, partnerScript: true, kitScript: true }),
    });
  }
  return pages;
}
