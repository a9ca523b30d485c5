/**
 * The partner entry for `<summit-banner>` alone (`dist/embed/v1/banner.js`): the element and what it imports,
 * nothing else. Registration is guarded, so loading it beside another Summit script never throws.
 */
import { define } from '../components/shared/define.js';
import { SummitBanner } from '../components/banner/banner.js';

define('summit-banner', SummitBanner);

export { SummitBanner };

declare global {
  interface HTMLElementTagNameMap {
    'summit-banner': SummitBanner;
  }
}
