/**
 * A page's first use of `Intl` makes the browser load its locale data: about 40 ms of a core in Chromium here,
 * more on a slow phone, in one piece that no script can split. That data is shared by every thread of the
 * page's process, so `page.ts` has this worker load it on another core, in the page's language, while the
 * page paints; the live countdown then formats without that pause. It needs nothing from the page but the
 * language (its name), answers once, and ends.
 */
const lang = self.name || undefined;
new Intl.NumberFormat(lang, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(1);
new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(0);
new Intl.ListFormat(lang).format(['1', '2']);
new Intl.PluralRules(lang).select(1);
postMessage('ready');
close();
