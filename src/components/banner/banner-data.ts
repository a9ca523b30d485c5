/**
 * What the banner shows of a campaign at an instant: the occurrence the lifecycle model picks, and that
 * year's theme and banner for a yearly event.
 */
import type { Banner, Campaign, Localised } from '../../campaign/model.js';
import { momentAt, type Moment } from '../../time/lifecycle.js';

export interface BannerView {
  moment: Moment;
  theme?: Localised;
  banner: Banner;
}

/** The banner of `campaign` at `now`, for a visitor in `zone`; undefined when its time is not valid here. */
export function bannerAt(campaign: Campaign, now: number, zone: string): BannerView | undefined {
  const moment = momentAt(campaign, now, zone);
  if (!moment) return undefined;
  const edition = campaign.editions.find((e) => e.year === moment.occurrence.year);
  const theme = campaign.recurrence ? edition?.theme : campaign.theme;
  return { moment, ...(theme && { theme }), banner: { ...campaign.banner, ...edition?.banner } };
}
