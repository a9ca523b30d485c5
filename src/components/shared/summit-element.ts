import { LitElement, type PropertyValues } from 'lit';
import { isLanguageReady, loadLanguage, speak } from '../../i18n/localization.js';
import { languageOf } from './language.js';
import { directionOf } from '../../campaign/locales.js';

/**
 * Base of every Summit element: it renders in its own language (its `lang`, else the nearest ancestor's,
 * else the page's), so two widgets in two languages on one page each speak their own. A language whose
 * messages are not loaded yet renders in English first and again once they arrive.
 */
export class SummitElement extends LitElement {
  override connectedCallback(): void {
    super.connectedCallback();
    const lang = languageOf(this);
    if (!isLanguageReady(lang)) {
      loadLanguage(lang).then(
        () => this.requestUpdate(),
        () => console.warn(`summit: messages for "${lang}" could not be loaded; showing English`),
      );
    }
  }

  /**
   * The direction of the element's language, for its base: Arabic is right to left on any host page,
   * whatever the page's own `dir` or CSS says.
   */
  protected get direction(): 'ltr' | 'rtl' {
    return directionOf(languageOf(this));
  }

  /**
   * A shadow root the server rendered (declarative shadow DOM) is rendered over, not hydrated: the first
   * update writes the same markup in the same task, before any paint, and pages carry no hydration code.
   * Its `<style>` stays, so a page's bundle need not carry the styles again.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    for (const node of [...(this.shadowRoot?.childNodes ?? [])]) if (node.nodeName !== 'STYLE') node.remove();
    return super.createRenderRoot();
  }

  protected override update(changed: PropertyValues): void {
    speak(languageOf(this), () => super.update(changed));
  }
}
