/**
 * The partner entry for `<summit-news>` alone (`dist/embed/v1/news.js`): the element and what it imports,
 * nothing else. Registration is guarded, so loading it beside another Summit script never throws.
 */
import { define } from '../components/shared/define.js';
import { SummitNews } from '../components/news/news.js';

define('summit-news', SummitNews);

export { SummitNews };

declare global {
  interface HTMLElementTagNameMap {
    'summit-news': SummitNews;
  }
}
