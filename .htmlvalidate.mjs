/**
 * html-validate's rules for every built page (`test/generator/valid-pages.test.ts` runs it on a real build).
 * A module rather than `.htmlvalidate.json` so that each rule turned off says why: JSON has no comments,
 * and html-validate refuses unknown keys.
 */
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // HTML is case-insensitive here; the shell writes `<!doctype html>`, and one spelling is kept.
    'doctype-style': ['error', { style: 'lowercase' }],
    // A page's title is the event's full name and then the site's, as campaign teams write them (a name takes
    // up to 200 characters); search engines shorten long titles themselves, and the social cards keep to
    // the networks' lengths (src/generator/social.ts).
    'long-title': 'off',
    // The embed kit's options form is never submitted: each choice changes the preview and the snippet
    // at once. H32 is about forms that do submit.
    'wcag/h32': 'off',
    // A campaign page carries one section per occurrence it may show (this year's sessions and next year's,
    // with the same heading), and all but the current one are `hidden`, which takes them out of the
    // accessibility tree; the rule counts hidden landmarks too.
    'unique-landmark': 'off',
  },
};
