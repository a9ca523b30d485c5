import { LitElement, type PropertyValues } from 'lit';
import { isLanguageReady, loadLanguage, speak } from '../../i18n/localization.js';
import { languageOf } from './language.js';

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

  protected override update(changed: PropertyValues): void {
    speak(languageOf(this), () => super.update(changed));
  }
}
