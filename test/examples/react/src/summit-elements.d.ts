/**
 * Summit's elements in JSX, typed from the package's own classes: React 19 sets a custom element's
 * props as properties when the element has them (`data`, `limit`), as attributes otherwise, and adds a
 * listener for `on<event-name>`. A misspelt tag or property, a value of the wrong type or a listener for
 * the wrong event is a compile error; a misspelt hyphenated name is not, as TypeScript leaves those unchecked.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { SummitCountdown } from 'summit/countdown';
import type { SummitNews } from 'summit/news';

/** An element's HTML props, the public properties `K` of its class, and an `on<name>` listener per event of `Events`. */
type ElementProps<E extends HTMLElement, K extends keyof E, Events = object> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Partial<Pick<E, K>> & { [N in keyof Events & string as `on${N}`]?: (event: Events[N]) => void };

type CountdownEvents = Pick<HTMLElementEventMap, 'summit-countdown-start' | 'summit-countdown-end'>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'summit-countdown': ElementProps<SummitCountdown, 'data' | 'start' | 'end' | 'timeZone' | 'recurrence' | 'campaign', CountdownEvents>;
      'summit-news': ElementProps<SummitNews, 'campaign' | 'limit' | 'headingLevel'>;
    }
  }
}
