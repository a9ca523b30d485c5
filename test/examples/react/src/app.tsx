import { useState } from 'react';
import 'summit/countdown';
import 'summit/news';
import type { SummitCountdown } from 'summit/countdown';

/** The `Schedule` shape of `campaign.json`, which the countdown takes as its `data`. */
type Schedule = NonNullable<SummitCountdown['data']>;

const CAMPAIGN = 'https://events.mountain-partnership.example/international-mountain-day';

/**
 * International Mountain Day as the app knows it: 11 December every year, the whole day in each
 * visitor's own zone (`local`). The countdown counts to the next one.
 */
export const MOUNTAIN_DAY: Schedule = {
  status: 'scheduled',
  time: { start: '2023-12-11', end: '2023-12-12', timeZone: 'local', allDay: true },
  recurrence: { frequency: 'yearly' },
  recapDays: 7,
  sessions: [],
  editions: [],
};

/**
 * A page about International Mountain Day: the countdown gets the schedule as its `data` property, the
 * news comes from the campaign's `campaign.json` on the Summit site. The link inside each element is what
 * a visitor reads until the element runs, and for good if its code or data cannot load.
 */
export function App({ lang }: { lang: string }) {
  const [ended, setEnded] = useState(false);
  return (
    <main>
      <h1>Journée internationale de la montagne</h1>
      <summit-countdown data={MOUNTAIN_DAY} lang={lang} onsummit-countdown-end={() => setEnded(true)}>
        <a href={`${CAMPAIGN}/${lang}/`}>Le 11 décembre, chaque année</a>
      </summit-countdown>
      {ended && <p role="status">La Journée est terminée : rendez-vous l’an prochain.</p>}
      <h2>Actualités</h2>
      <summit-news campaign={`${CAMPAIGN}/campaign.json`} lang={lang} limit={3}>
        <a href={`${CAMPAIGN}/${lang}/`}>Les actualités de la Journée</a>
      </summit-news>
    </main>
  );
}
