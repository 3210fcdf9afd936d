/**
 * Where the content script runs: Magister (every school's own sub-domain) and Somtoday Docent with
 * its test and acceptance hosts; not classic Somtoday on <school>.somtoday.nl, not the login pages.
 */
export const CONTENT_MATCHES = [
  '*://*.magister.net/*',
  '*://docent.somtoday.nl/*',
  '*://*.test.somtoday.nl/*',
  '*://*.acceptatie.somtoday.nl/*',
  '*://*.inkijk.somtoday.nl/*',
];

export const CONTENT_EXCLUDES = ['*://accounts.magister.net/*', '*://inloggen.somtoday.nl/*'];
