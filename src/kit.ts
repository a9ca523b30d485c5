/**
 * The embed kit's configurator (`<slug>/embed/`): the partner picks an element, a language and its
 * options, and sees one live preview and the one snippet that makes it. Without this script the page
 * shows the countdown's snippet in the campaign's default language.
 */
import { PARTNER_TAGS, TAG_OPTIONS, snippet, snippetAttributes, type PartnerTag, type SnippetSource } from './campaign/snippet.js';

const form = document.querySelector<HTMLFormElement>('form[data-kit]');
const code = document.querySelector<HTMLElement>('[data-snippet]');
const preview = document.querySelector<HTMLElement>('[data-preview]');

if (form && code && preview) {
  const source = JSON.parse(form.dataset.kit!) as SnippetSource & { previewData: string };

  const show = () => {
    const values = new FormData(form);
    const tag = String(values.get('tag')) as PartnerTag;
    if (!PARTNER_TAGS.includes(tag)) return;
    const choice = {
      tag,
      lang: String(values.get('lang')),
      limit: Number(values.get('limit')) || undefined,
      headingLevel: Number(values.get('heading-level')) || undefined,
    };
    for (const option of form.querySelectorAll<HTMLElement>('[data-option]')) {
      option.hidden = !TAG_OPTIONS[tag].includes(option.dataset.option as 'limit' | 'heading-level');
    }
    code.textContent = snippet(source, choice);
    // The preview is the snippet's element, reading this site's copy of the data.
    const element = document.createElement(tag);
    for (const [name, value] of snippetAttributes({ ...source, data: source.previewData }, choice)) element.setAttribute(name, value);
    const link = document.createElement('a');
    link.href = source.pages[choice.lang].href;
    link.textContent = source.pages[choice.lang].name;
    element.append(link);
    preview.replaceChildren(element);
  };

  form.addEventListener('change', show);
  form.addEventListener('input', show);
  show();
}
