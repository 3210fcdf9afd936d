/**
 * Where the content script runs: Magister (every school's own sub-domain) and Somtoday Docent with
 * its test and acceptance hosts; not classic Somtoday on <school>.somtoday.nl, not the login pages.
 * The same patterns are the host permissions (wxt.config.ts) that let the side panel inject the page
 * picker there: no host beyond what the content script already reaches.
 */
export const CONTENT_MATCHES = [
  '*://*.magister.net/*',
  '*://docent.somtoday.nl/*',
  '*://*.test.somtoday.nl/*',
  '*://*.acceptatie.somtoday.nl/*',
  '*://*.inkijk.somtoday.nl/*',
];

export const CONTENT_EXCLUDES = ['*://accounts.magister.net/*', '*://inloggen.somtoday.nl/*'];
