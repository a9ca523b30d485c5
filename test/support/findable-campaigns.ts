/**
 * Fixture campaigns for what a page says about itself to search engines and social networks: one with no
 * venue and no webcast (only a session online), a hybrid one (venue, webcast, a PNG banner, a session of
 * its own elsewhere) and one moved online. Each publishes languages it has no text for, so fallback text
 * shows.
 */
import { SITE_YAML } from './build.js';
import { png } from './images.js';

export const FINDABLE_CAMPAIGNS = {
  'site.yaml': SITE_YAML,
  'soil-day/campaign.yaml': `name: Mountain Soils Day
description: A day for the soils of the mountains, observed wherever people live with them.
locales: [en, ar]
time-zone: local
start: 2027-12-05
organiser:
  name: Mountain Partnership
  url: https://www.fao.org/mountain-partnership/
sessions:
  - name: Soil webinar
    start: 2027-12-05T10:00
    end: 2027-12-05T11:00
    time-zone: Europe/Rome
    online: https://example.org/soil-webinar
`,
  'water-dialogue/campaign.yaml': `name:
  en: Water Dialogue
  fr: Dialogue sur l'eau
description: A dialogue on water, in the room at UN Headquarters and online for everyone who cannot travel there.
locales: [en, fr, ar]
time-zone: America/New_York
start: 2027-03-22T10:00
end: 2027-03-24T17:00
venue:
  name: UN Headquarters
  city: New York
  country: United States
organiser:
  name: UN-Water
  url: https://www.unwater.org/
links:
  website: https://www.unwater.org/dialogue
  webcast: https://webtv.un.org/dialogue
banner:
  image: assets/banner.png
  alt: A river between two mountains
sessions:
  - name: Opening
    start: 2027-03-22T10:00
    end: 2027-03-22T12:00
  - name: Field visit
    start: 2027-03-23T09:00
    end: 2027-03-23T12:00
    venue:
      name: Central Park Reservoir
      city: New York
    online: https://example.org/field-visit
`,
  'water-dialogue/assets/banner.png': png(1200, 630),
  'glacier-forum/campaign.yaml': `name: Glacier Forum
description: Two days on glaciers and the people downstream.
locales: [en, ru]
time-zone: Europe/Zurich
start: 2027-06-10
end: 2027-06-11
status: moved-online
venue:
  name: Palais des Nations
  city: Geneva
  country: Switzerland
organiser:
  name: WMO
links:
  webcast: https://webtv.un.org/glacier-forum
`,
};
