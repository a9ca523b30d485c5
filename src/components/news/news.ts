import { html } from 'lit';
import { SummitElement } from '../shared/summit-element.js';
import { newsStyles } from './news.styles.js';

/**
 * The news that links to the event, newest first. The list itself is light DOM rendered by the build:
 * each item a heading, a `<time datetime>`, a summary and a "Read more" link named by its item.
 *
 * @summary News linked to the event.
 * @slot - A heading and the list of news items.
 * @csspart base - The news box.
 */
export class SummitNews extends SummitElement {
  static override styles = newsStyles;

  protected override render() {
    return html`<div part="base" class="base"><slot></slot></div>`;
  }
}
