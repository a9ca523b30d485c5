/**
 * The embed kit's configurator (`<slug>/embed/`): the partner picks an element, a language, its options
 * and the script (the element's own, the all-in-one, or a pinned copy), and sees one live preview and the
 * one snippet that makes it. Without this script the page shows the countdown's snippet in the campaign's
 * default language.
 */
import { COUNTDOWN_SURFACE, PARTNER_TAGS, SCRIPT_CHOICES, TAG_OPTIONS, snippet, snippetAttributes, type PartnerTag, type SnippetSource, type TagOption } from './campaign/snippet.js';
import { HEX_COLOR, LARGE_TEXT_CONTRAST, contrastRatio } from './campaign/contrast.js';

const form = document.querySelector<HTMLFormElement>('form[data-kit]');
const code = document.querySelector<HTMLElement>('[data-snippet]');
const preview = document.querySelector<HTMLElement>('[data-preview]');

/**
 * What the note under the colour field says: nothing chosen, not a hex colour (left out of the snippet),
 * or a colour under 3:1 against the countdown's background, with its ratio. Said in words, not by colour.
 */
function showAccentNote(form: HTMLFormElement, accent: string): void {
  const contrast = HEX_COLOR.test(accent) ? contrastRatio(accent, COUNTDOWN_SURFACE) : undefined;
  const state = accent === '' ? 'default' : contrast === undefined ? 'invalid' : contrast < LARGE_TEXT_CONTRAST ? 'low' : 'default';
  for (const note of form.querySelectorAll<HTMLElement>('[data-accent-note]')) note.hidden = note.dataset.accentNote !== state;
  const ratio = form.querySelector<HTMLElement>('[data-ratio]');
  if (ratio && state === 'low') ratio.textContent = `${contrast!.toFixed(2)}:1.`;
  form.querySelector('input[name="accent"]')?.setAttribute('aria-invalid', String(state === 'invalid'));
}

if (form && code && preview) {
  const source = JSON.parse(form.dataset.kit!) as SnippetSource & { previewData: string };
  const accentField = form.querySelector<HTMLInputElement>('input[name="accent"]');
  const picker = form.querySelector<HTMLInputElement>('[data-accent-picker]');

  const show = () => {
    const values = new FormData(form);
    const tag = String(values.get('tag')) as PartnerTag;
    if (!PARTNER_TAGS.includes(tag)) return;
    const accent = String(values.get('accent') ?? '').trim();
    const choice = {
      tag,
      lang: String(values.get('lang')),
      limit: Number(values.get('limit')) || undefined,
      headingLevel: Number(values.get('heading-level')) || undefined,
      script: SCRIPT_CHOICES.find((script) => script === values.get('script')),
      accent: accent || undefined,
    };
    for (const option of form.querySelectorAll<HTMLElement>('[data-option]')) {
      option.hidden = !TAG_OPTIONS[tag].includes(option.dataset.option as TagOption);
    }
    showAccentNote(form, accent);
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

  // The colour picker and the text field show the same colour; the text field is what the snippet reads.
  picker?.addEventListener('input', () => {
    if (accentField) accentField.value = picker.value;
  });
  accentField?.addEventListener('input', () => {
    if (picker && /^#[0-9a-f]{6}$/i.test(accentField.value.trim())) picker.value = accentField.value.trim();
  });
  form.addEventListener('change', show);
  form.addEventListener('input', show);
  show();
}
