import { describe, expect, it } from 'vitest';
import { detectPage, hostMatches, matchRoute, profilesForHost } from '../../lib/hosts/detect';
import { shippedProfiles } from '../../lib/hosts/profiles';
import { PAGE_TYPES, type PageType } from '../../lib/hosts/schema';

const profileForHost = (host: string, profiles: Parameters<typeof profilesForHost>[1]) => profilesForHost(host, profiles)[0];

type Expected = { pageType: PageType; params: Record<string, string> } | null;

const M = 'https://demo.magister.net';
const S = 'https://docent.somtoday.nl';
const UUID = '6f1c2a9e-3b7d-4c15-9e08-5d2f41a7b6c3';

/** [url, expected page type and params, or null: no page type at all]. */
const TABLE: [string, Expected][] = [
  // Magister: every page type
  [`${M}/magister/#/leerlingen/48213/kaart`, { pageType: 'studentRecord', params: { id: '48213' } }],
  [`${M}/magister/#/cijfers/invoeren/4v.sk1/1`, { pageType: 'gradeEntry', params: { group: '4v.sk1', column: '1' } }],
  [`${M}/magister/#/mentor/leerlingen`, { pageType: 'mentorList', params: {} }],
  [`${M}/magister/#/leerlingen/48213/logboek`, { pageType: 'logboek', params: { id: '48213' } }],
  [`${M}/magister/#/afwezigheid/3H2`, { pageType: 'absence', params: { group: '3H2' } }],
  // Magister: query before the hash, query in the hash, trailing slashes, encoded ids, hashbang
  [`${M}/magister/?delay=0#/leerlingen/48213/kaart`, { pageType: 'studentRecord', params: { id: '48213' } }],
  [`${M}/magister/#/leerlingen/48213/kaart?tab=cijfers`, { pageType: 'studentRecord', params: { id: '48213' } }],
  [`${M}/magister/#/leerlingen/48213/kaart/`, { pageType: 'studentRecord', params: { id: '48213' } }],
  [`${M}/magister#/leerlingen/48213/kaart`, { pageType: 'studentRecord', params: { id: '48213' } }],
  [`${M}/magister/#!/leerlingen/48213/kaart`, { pageType: 'studentRecord', params: { id: '48213' } }],
  [`${M}/magister/#/leerlingen/48%20213/kaart`, { pageType: 'studentRecord', params: { id: '48 213' } }],
  [`${M}/magister/#/leerlingen/%E0%A4%A/kaart`, { pageType: 'studentRecord', params: { id: '%E0%A4%A' } }],
  [`${M}/magister/#/cijfers/invoeren/4v%2Esk1/2?delay=0`, { pageType: 'gradeEntry', params: { group: '4v.sk1', column: '2' } }],
  [`${M}/magister/#/mentor/leerlingen/`, { pageType: 'mentorList', params: {} }],
  [`${M}/magister/#/afwezigheid/groot?x=1`, { pageType: 'absence', params: { group: 'groot' } }],
  ['https://school-x.magister.net/magister/#/leerlingen/1/logboek', { pageType: 'logboek', params: { id: '1' } }],
  ['https://DEMO.Magister.NET/magister/#/mentor/leerlingen', { pageType: 'mentorList', params: {} }],
  // Magister: unrelated routes, look-alike prefixes, login, other hosts
  [`${M}/magister/#/vandaag`, null],
  [`${M}/magister/#/agenda`, null],
  [`${M}/magister/`, null],
  [`${M}/magister/#/leerlingen/48213`, null],
  [`${M}/magister/#/leerlingen/48213/kaarten`, null],
  [`${M}/magister/#/leerlingen//kaart`, null],
  [`${M}/magister/#/mentor/leerlingenlijst`, null],
  [`${M}/magister/#/cijfers/invoeren/4v.sk1`, null],
  [`${M}/#/leerlingen/48213/kaart`, null],
  [`${M}/elo/#/leerlingen/48213/kaart`, null],
  ['https://accounts.magister.net/account/login?returnUrl=%2Fmagister%2F%23%2Fleerlingen%2F1%2Fkaart', null],
  ['https://magister.net/magister/#/leerlingen/48213/kaart', null],
  ['https://demo.magister.net.evil.example/magister/#/leerlingen/48213/kaart', null],
  ['https://evilmagister.net/magister/#/leerlingen/48213/kaart', null],
  // Magister: a view rendered in a same-origin iframe
  [`${M}/magister/frame.html#/leerlingen/48213/kaart`, { pageType: 'studentRecord', params: { id: '48213' } }],
  [`${M}/magister/#/leerlingen/48213/kaart-frame`, null],
  // Somtoday Docent, routes from its published source (app/mentordashboard/resultaten/les routes)
  [`${S}/mentordashboard/leerling/2408922/profiel`, { pageType: 'studentRecord', params: { id: '2408922' } }],
  [`${S}/mentordashboard/leerling/2408922/overzicht`, { pageType: 'studentRecord', params: { id: '2408922' } }],
  [`${S}/mentordashboard/leerling/2408922/resultaten`, { pageType: 'studentRecord', params: { id: '2408922' } }],
  [`${S}/mentordashboard/leerling/2408922/registraties`, { pageType: 'studentRecord', params: { id: '2408922' } }],
  [`${S}/mentordashboard/leerling/2408922/notitieboek`, { pageType: 'studentRecord', params: { id: '2408922' } }],
  [`${S}/resultaten/voortgangsdossier/70412`, { pageType: 'gradeEntry', params: { group: '70412' } }],
  // Docent: variations, test/acceptance/inkijk hosts
  [`${S}/mentordashboard/leerling/2408922/profiel/`, { pageType: 'studentRecord', params: { id: '2408922' } }],
  [`${S}/mentordashboard/leerling/2408922/profiel?delay=0`, { pageType: 'studentRecord', params: { id: '2408922' } }],
  [`${S}/resultaten/voortgangsdossier/70412?layout=phone`, { pageType: 'gradeEntry', params: { group: '70412' } }],
  [
    'https://docent.acceptatie.somtoday.nl/mentordashboard/leerling/1/profiel',
    { pageType: 'studentRecord', params: { id: '1' } },
  ],
  ['https://docent.test.somtoday.nl/resultaten/voortgangsdossier/9', { pageType: 'gradeEntry', params: { group: '9' } }],
  ['https://docent.inkijk.somtoday.nl/mentordashboard/leerling/7/overzicht', { pageType: 'studentRecord', params: { id: '7' } }],
  // Docent: pages with no student id in the DOM, other routes, the guard's non-numeric ids
  [`${S}/`, null],
  [`${S}/rooster`, null],
  [`${S}/studiewijzers`, null],
  [`${S}/mentordashboard`, null],
  [`${S}/mentordashboard/stamgroep/3102`, null],
  [`${S}/mentordashboard/gezamenlijk-overzicht`, null],
  [`${S}/rooster/les/881201/registratie`, null],
  [`${S}/resultaten`, null],
  [`${S}/resultaten/voortgangsdossier`, null],
  [`${S}/mentordashboard/leerling/${UUID}/profiel`, null],
  [`${S}/mentordashboard/leerling/2408922`, null],
  [`${S}/mentordashboard/leerling/2408922/profielen`, null],
  [`${S}/mentordashboard/leerling/2408922/dossier`, null],
  // the old guess and hosts that are not Docent: classic Somtoday on a school host, login
  [`${S}/leerlingen/${UUID}/dossier`, null],
  [`${S}/toetsen/ges-so-ko/resultaten`, null],
  [`https://demoschool.somtoday.nl/mentordashboard/leerling/2408922/profiel`, null],
  ['https://inloggen.somtoday.nl/?0', null],
  [`https://inloggen.somtoday.nl/mentordashboard/leerling/2408922/profiel`, null],
  [`https://somtoday.nl/mentordashboard/leerling/2408922/profiel`, null],
  // other hosts and garbage
  [`https://example.org/magister/#/leerlingen/48213/kaart`, null],
  [`https://example.org/leerlingen/${UUID}/dossier`, null],
  ['about:blank', null],
  ['chrome-extension://abc/options.html', null],
];

describe('route table: every example URL against every page type', () => {
  it.each(TABLE)('%s', (href, expected) => {
    const url = new URL(href);
    const profile = profileForHost(url.hostname, shippedProfiles);
    const match = profile ? matchRoute(url, profile) : undefined;
    expect(match ?? null).toEqual(expected);
    // exactly one page type matches: check each page type's route on its own
    if (profile) {
      const target = `${url.pathname}${url.hash}`;
      const matching = PAGE_TYPES.filter((t) => {
        const route = profile.pages[t]?.route;
        return route !== undefined && new RegExp(route).test(target);
      });
      expect(matching).toEqual(expected ? [expected.pageType] : []);
    }
    // and detection agrees: no UI without a route (on an empty page of its own: the unit files share
    // one DOM per worker, and another file's leftover rows would make a page "recognised")
    const detection = detectPage(href, document.implementation.createHTMLDocument(''), shippedProfiles);
    if (!expected) expect(detection.status).toBe('unrecognised');
    else expect(detection).toMatchObject({ status: 'pending', pageType: expected.pageType });
  });

  it('covers every page type of both hosts', () => {
    for (const profile of shippedProfiles) {
      for (const type of Object.keys(profile.pages)) {
        const covered = TABLE.some(([href, e]) => e?.pageType === type && profileForHost(new URL(href).hostname, [profile]));
        expect(covered, `${profile.id}.${type}`).toBe(true);
      }
    }
  });
});

describe('host matching', () => {
  it.each([
    ['*.magister.net', 'demo.magister.net', true],
    ['*.magister.net', 'a.b.magister.net', true],
    ['*.magister.net', 'magister.net', false],
    ['*.magister.net', 'xmagister.net', false],
    ['*.somtoday.nl', 'docent.somtoday.nl.', true],
    ['docent.somtoday.nl', 'DOCENT.SOMTODAY.NL', true],
    ['docent.somtoday.nl', 'school.somtoday.nl', false],
  ] as const)('%s ~ %s → %s', (pattern, host, expected) => {
    expect(hostMatches(pattern, host)).toBe(expected);
  });

  it('login hosts get no profile', () => {
    expect(profileForHost('accounts.magister.net', shippedProfiles)).toBeUndefined();
    expect(profileForHost('inloggen.somtoday.nl', shippedProfiles)).toBeUndefined();
    expect(profileForHost('school.magister.net', shippedProfiles)?.id).toBe('magister');
    expect(profileForHost('docent.somtoday.nl', shippedProfiles)?.id).toBe('somtoday');
    expect(profileForHost('school.somtoday.nl', shippedProfiles)).toBeUndefined();
  });
});
