import { describe, expect, it } from 'vitest';
import { detectPage, hostMatches, matchRoute, profilesForHost } from '../../lib/hosts/detect';

const profileForHost = (host: string, profiles: Parameters<typeof profilesForHost>[1]) => profilesForHost(host, profiles)[0];

import { shippedProfiles } from '../../lib/hosts/profiles';
import { PAGE_TYPES, type PageType } from '../../lib/hosts/schema';

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
  // Somtoday: every page type
  [`${S}/leerlingen/${UUID}/dossier`, { pageType: 'studentRecord', params: { id: UUID } }],
  [`${S}/toetsen/ges-so-ko/resultaten`, { pageType: 'gradeEntry', params: { column: 'ges-so-ko' } }],
  [`${S}/mentor/leerlingen`, { pageType: 'mentorList', params: {} }],
  [`${S}/klassenboek/4v.gs1`, { pageType: 'logboek', params: { group: '4v.gs1' } }],
  // Somtoday: variations and a <school>.somtoday.nl host
  [`${S}/leerlingen/${UUID}/dossier/`, { pageType: 'studentRecord', params: { id: UUID } }],
  [`${S}/leerlingen/${UUID}/dossier?delay=0`, { pageType: 'studentRecord', params: { id: UUID } }],
  [`${S}/leerlingen/${UUID}/dossier#resultaten`, { pageType: 'studentRecord', params: { id: UUID } }],
  [`${S}/toetsen/ges%20so/resultaten/`, { pageType: 'gradeEntry', params: { column: 'ges so' } }],
  [`${S}/mentor/leerlingen?sort=naam`, { pageType: 'mentorList', params: {} }],
  [`${S}/klassenboek/4v.gs1/`, { pageType: 'logboek', params: { group: '4v.gs1' } }],
  [`https://demoschool.somtoday.nl/leerlingen/${UUID}/dossier`, { pageType: 'studentRecord', params: { id: UUID } }],
  // Somtoday: unrelated, look-alikes, login, other hosts
  [`${S}/`, null],
  [`${S}/rooster`, null],
  [`${S}/leerlingen/${UUID}`, null],
  [`${S}/leerlingen/${UUID}/dossiers`, null],
  [`${S}/toetsen/ges-so-ko`, null],
  [`${S}/klassenboek`, null],
  [`${S}/mentor/leerlingenoverzicht`, null],
  [`${S}/docent/leerlingen/${UUID}/dossier`, null],
  ['https://inloggen.somtoday.nl/?0', null],
  [`https://inloggen.somtoday.nl/leerlingen/${UUID}/dossier`, null],
  [`https://somtoday.nl/leerlingen/${UUID}/dossier`, null],
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
    // and detection agrees: no UI without a route
    const detection = detectPage(href, document, shippedProfiles);
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
    expect(profileForHost('school.somtoday.nl', shippedProfiles)?.id).toBe('somtoday');
  });
});
