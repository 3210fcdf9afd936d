import { describe, expect, it } from 'vitest';
import { profilesForHost } from '../../lib/hosts/detect';
import { applyProfilePatches } from '../../lib/hosts/patch';
import { shippedProfiles } from '../../lib/hosts/profiles';
import { type HostProfile, PAGE_TYPES, type PageType } from '../../lib/hosts/schema';
import { generalizeRoute } from '../../lib/hosts/teach/route';
import { exampleAddresses, type RouteConflict, routeConflict, shellOf } from '../../lib/hosts/teach/route-check';

const MAGISTER = 'demo.magister.net';
const DOCENT = 'docent.somtoday.nl';
/** Every host name the Somtoday Docent profile serves, one per pattern. */
const DOCENT_HOSTS = [DOCENT, 'school.test.somtoday.nl', 'school.acceptatie.somtoday.nl', 'school.inkijk.somtoday.nl'];
/** A host of each shipped profile ("*.x" → "demo.x"). */
const hostOf = (profile: HostProfile): string => (profile.hosts[0] ?? '').replace(/^\*\./, 'demo.');

const shippedRoutes = shippedProfiles.flatMap((profile) =>
  PAGE_TYPES.flatMap((pageType) => {
    const route = profile.pages[pageType]?.route;
    return route === undefined ? [] : [{ profile, pageType, route }];
  }),
);

const check = (route: string, pageType: PageType, address: string, host = MAGISTER, profiles = shippedProfiles) =>
  routeConflict({ route, pageType, address, host, profiles });

describe('exampleAddresses', () => {
  it.each(shippedRoutes.map((r) => [`${r.profile.id} ${r.pageType}`, r.route]))('%s: examples that match', (_, route) => {
    const examples = exampleAddresses(route);
    expect(examples.length).toBeGreaterThanOrEqual(1);
    expect(examples.length).toBeLessThanOrEqual(16);
    for (const example of examples) expect(new RegExp(route).test(example), example).toBe(true);
  });

  it('gives the addresses one expects of the shipped routes', () => {
    const route = (id: string, pageType: PageType) => shippedProfiles.find((p) => p.id === id)?.pages[pageType]?.route ?? '';
    expect(exampleAddresses(route('magister', 'studentRecord'))).toEqual(
      expect.arrayContaining([
        '/magister/#/leerlingen/48213/kaart',
        '/magister/#/leerlingen/48213/kaart/',
        '/magister#/leerlingen/48213/kaart',
        '/magister/#!/leerlingen/48213/kaart',
        '/magister/1.html#/leerlingen/48213/kaart',
      ]),
    );
    expect(exampleAddresses(route('magister', 'gradeEntry'))).toContain('/magister/#/cijfers/invoeren/4v.sk1/1');
    expect(exampleAddresses(route('somtoday', 'studentRecord'))).toEqual(
      expect.arrayContaining(['/mentordashboard/leerling/48213/profiel', '/mentordashboard/leerling/48213/notitieboek/']),
    );
    expect(exampleAddresses(route('somtoday', 'gradeEntry'))).toEqual([
      '/resultaten/voortgangsdossier/4v.sk1/',
      '/resultaten/voortgangsdossier/4v.sk1',
    ]);
  });

  it.each([
    ['^/a/?b$', ['/ab', '/a/b']],
    ['^/(?:lijst|kaart)$', ['/lijst', '/kaart']],
    ['^/x(?:\\.html)?$', ['/x', '/x.html']],
    ['^/k/[a-z]{2,3}$', ['/k/aa']],
    ['^/k/(?<id>\\d+)$', ['/k/48213']],
    ['^/k/(?<group>\\d+)$', ['/k/1']],
    ['^/k/(?<naam>[^/?#]*)$', ['/k/', '/k/1']],
    ['^/k/(x)\\-[/?#]$', ['/k/x-/']],
    ['^/k\\/l(?=[/?#]|$)', ['/k/l/', '/k/l']],
    ['^/k.l$', ['/k1l']],
  ])('%s', (pattern, expected) => {
    expect(exampleAddresses(pattern)).toEqual(expected);
  });

  it.each([
    '^/k(?!x)',
    '^/k(?<=k)',
    '\\bk',
    '^/(a)\\1',
    '^/\\u0041',
    '^/\\p{L}',
    '^/k{',
    '^/k)',
    '(',
    '[',
    '^/k[z-a]',
    '^/k$x',
    '',
  ])('returns [] for %j (unsupported, invalid or nothing concrete) and never throws', (pattern) => {
    expect(() => exampleAddresses(pattern)).not.toThrow();
    const examples = exampleAddresses(pattern);
    for (const example of examples) expect(new RegExp(pattern).test(example)).toBe(true);
    if (pattern !== '') expect(examples).toEqual([]);
  });

  it('caps the count', () => {
    expect(exampleAddresses('^/a?b?c?d?e?f?g?$').length).toBe(16);
  });
});

describe('shellOf', () => {
  it.each([
    ['/magister/?pagina=leerling&id=48213', '/magister/'],
    ['/magister/#/leerlingen/48213/kaart', '/magister/'],
    ['/magister/?delay=0#/leerlingen/48213/kaart', '/magister/'],
    ['/magister#/leerlingen/48213/kaart', '/magister'],
    ['/portaal/leerling.aspx?id=48213', '/portaal/leerling.aspx'],
    ['/portaal/leerling?id=48213', '/portaal/leerling'],
    // Path-routed: the path is the page, an incidental query is no route.
    ['/resultaten/voortgangsdossier/70412?periode=2', undefined],
    ['/mentordashboard/leerling/2401000/profiel', undefined],
  ])('%s → %s', (address, shell) => {
    expect(shellOf(address)).toBe(shell);
  });
});

describe('routeConflict', () => {
  it('refuses the query-routed page that matched every Magister page (the app shell)', () => {
    const address = '/magister/?pagina=leerling&id=48213';
    const route = generalizeRoute(address) as string;
    expect(route).toBe('^/magister/(?=[/?#]|$)');
    expect(check(route, 'studentRecord', address)).toEqual({ reason: 'shell' });
  });

  it('refuses the shell also when the taught address does not show it (from the profiles serving the host)', () => {
    expect(check('^/magister/(?=[/?#]|$)', 'studentRecord', '/elders/#/x')).toEqual({ reason: 'shell' });
    expect(check('^/magister/?(?=[/?#]|$)', 'mentorList', '/magister/#/x')).toEqual({ reason: 'shell' });
    expect(check('^/magister/#!?/?$', 'mentorList', '/magister/#/x')).toEqual({ reason: 'shell' });
  });

  it.each([
    ['^/(?=[/?#]|$)', '/'],
    ['^/?$', '/'],
    ['^/#/', '/#/leerlingen/48213/kaart'],
    ['^/(?<id>[^/?#]+)(?=[/?#]|$)', '/48213'],
    ['', '/x'],
  ])('refuses %j as the root', (route, address) => {
    expect(check(route, 'studentRecord', address)).toEqual({ reason: 'root' });
    expect(check(route, 'studentRecord', address, DOCENT)).toEqual({ reason: 'root' });
  });

  it('accepts a taught route equal to the shipped one', () => {
    const route = shippedProfiles[0]?.pages.studentRecord?.route as string;
    expect(check(route, 'studentRecord', '/magister/#/leerlingen/48213/kaart')).toBeUndefined();
  });

  it('refuses a route over another page type and names the first one', () => {
    const route = '^/magister/#/leerlingen/(?<group>[^/?#]+)(?=[/?#]|$)';
    expect(check(route, 'gradeEntry', '/magister/#/leerlingen/4v')).toEqual({ reason: 'otherPage', pageType: 'studentRecord' });
    expect(check(route, 'studentRecord', '/magister/#/leerlingen/4v')).toEqual({ reason: 'otherPage', pageType: 'logboek' });
  });

  it('accepts a genuinely new page', () => {
    const route = '^/magister/#/dossier/(?<id>[^/?#]+)/overzicht(?=[/?#]|$)';
    expect(check(route, 'studentRecord', '/magister/#/dossier/48213/overzicht')).toBeUndefined();
  });

  it.each(DOCENT_HOSTS)('refuses too-broad routes on Somtoday Docent (%s)', (host) => {
    expect(check('^/#/(?<id>[^/?#]+)(?=[/?#]|$)', 'studentRecord', '/#/2401000', host)).toEqual({ reason: 'tooBroad' });
    expect(check('^/(?<id>\\d+)(?=[/?#]|$)', 'studentRecord', '/2401000', host)).toEqual({ reason: 'tooBroad' });
    expect(check('^/(?<group>[^/?#]+)(?=[/?#]|$)', 'gradeEntry', '/70412', host)).toEqual({ reason: 'root' });
    expect(check('^/mentordashboard(?=[/?#]|$)', 'mentorList', '/mentordashboard', host)).toEqual({
      reason: 'otherPage',
      pageType: 'studentRecord',
    });
    expect(check('^/resultaten/voortgangsdossier/(?<group>[^/?#]+)(?=[/?#]|$)', 'gradeEntry', '/x', host)).toBeUndefined();
  });

  it('is too broad when it names nothing beyond the shell, or cannot be read', () => {
    expect(check('^/magister/#/(?:a|b)/(?<id>\\d+)(?=[/?#]|$)', 'logboek', '/magister/#/a/1')).toEqual({ reason: 'tooBroad' });
    expect(check('^/magister/#/x(?!y)', 'logboek', '/magister/#/x')).toEqual({ reason: 'tooBroad' });
    expect(check('^/magister/#/(', 'logboek', '/magister/#/x')).toEqual({ reason: 'tooBroad' });
    expect(check('^/portaal/#/(?<id>\\d+)$|^/portaal/#/dossier$', 'logboek', '/portaal/#/1', 'portaal.school.nl')).toEqual({
      reason: 'tooBroad',
    });
  });

  it('knows the pages already taught (the profiles in use) and a school portal of its own', () => {
    const patched = applyProfilePatches(shippedProfiles, [
      { id: 'magister', pages: { logboek: { route: '^/magister/#/dossier/(?<id>[^/?#]+)/notities(?=[/?#]|$)' } } },
      {
        id: 'portaal',
        hosts: ['portaal.school.nl'],
        pages: { studentRecord: { route: '^/portaal/leerling\\.html#/dossier/(?<id>[^/?#]+)(?=[/?#]|$)', root: 'main' } },
      },
    ]);
    expect(patched.errors).toEqual([]);
    const { profiles } = patched;
    const broad = '^/magister/#/dossier/(?<id>[^/?#]+)(?=[/?#]|$)';
    expect(check(broad, 'studentRecord', '/magister/#/dossier/48213', MAGISTER, shippedProfiles)).toBeUndefined();
    expect(check(broad, 'studentRecord', '/magister/#/dossier/48213', MAGISTER, profiles)).toEqual({
      reason: 'otherPage',
      pageType: 'logboek',
    });
    const portal = (address: string, pageType: PageType) =>
      check(generalizeRoute(address) as string, pageType, address, 'portaal.school.nl', profiles);
    expect(portal('/portaal/leerling.html?pagina=cijfers', 'gradeEntry')).toEqual({ reason: 'shell' });
    expect(portal('/portaal/leerling.html#/cijfers/4v.sk1', 'gradeEntry')).toBeUndefined();
    expect(portal('/portaal/leerling.html#/dossier', 'mentorList')).toEqual({ reason: 'otherPage', pageType: 'studentRecord' });
  });
});

describe('routes generalised from realistic addresses', () => {
  /** [host, address (pathname + search + hash), student id, page type taught, expected]. */
  const TABLE: [string, string, string | undefined, PageType, RouteConflict | undefined][] = [
    [MAGISTER, '/magister/#/leerlingen/48213/kaart', '48213', 'studentRecord', undefined],
    [MAGISTER, '/magister/?delay=0#/leerlingen/48213/kaart?tab=cijfers', '48213', 'studentRecord', undefined],
    [MAGISTER, '/magister/#/cijfers/invoeren/4v.sk1/1', undefined, 'gradeEntry', undefined],
    [MAGISTER, '/magister/#/mentor/leerlingen', undefined, 'mentorList', undefined],
    [MAGISTER, '/magister/#/afwezigheid/3H2', undefined, 'absence', undefined],
    [MAGISTER, '/magister/#/vandaag', undefined, 'mentorList', undefined],
    [MAGISTER, '/magister/#/dossier/48213/overzicht', '48213', 'studentRecord', undefined],
    [MAGISTER, '/magister/?pagina=leerling&id=48213', undefined, 'studentRecord', { reason: 'shell' }],
    [MAGISTER, '/magister/?pagina=cijfers', undefined, 'gradeEntry', { reason: 'shell' }],
    [MAGISTER, '/magister/#/', undefined, 'mentorList', { reason: 'shell' }],
    [MAGISTER, '/magister/#/leerlingen/48213', '48213', 'studentRecord', { reason: 'otherPage', pageType: 'logboek' }],
    [MAGISTER, '/magister/#/leerlingen/48213', '48213', 'logboek', { reason: 'otherPage', pageType: 'studentRecord' }],
    [MAGISTER, '/magister/#/48213', '48213', 'logboek', { reason: 'otherPage', pageType: 'studentRecord' }],
    // Broader than the shipped grade entry route, but over no other page type: the teacher's call.
    [MAGISTER, '/magister/#/cijfers/invoeren/4v.sk1', undefined, 'gradeEntry', undefined],
    [MAGISTER, '/magister/#/cijfers/invoeren/4v.sk1', undefined, 'absence', { reason: 'otherPage', pageType: 'gradeEntry' }],
    [MAGISTER, '/magister/#/mentor', undefined, 'gradeEntry', { reason: 'otherPage', pageType: 'mentorList' }],
    [DOCENT, '/mentordashboard/leerling/2401000/profiel', '2401000', 'studentRecord', undefined],
    [
      DOCENT,
      '/mentordashboard/leerling/2401000/profiel',
      '2401000',
      'logboek',
      { reason: 'otherPage', pageType: 'studentRecord' },
    ],
    [DOCENT, '/mentordashboard/leerling/2401000/notities', '2401000', 'logboek', undefined],
    [DOCENT, '/resultaten/voortgangsdossier/70412', undefined, 'gradeEntry', undefined],
    [DOCENT, '/resultaten/voortgangsdossier/70412?periode=2', undefined, 'gradeEntry', undefined],
    [DOCENT, '/resultaten', undefined, 'mentorList', { reason: 'otherPage', pageType: 'gradeEntry' }],
    [DOCENT, '/2401000', '2401000', 'studentRecord', { reason: 'root' }],
    [DOCENT, '/#/2401000', '2401000', 'studentRecord', { reason: 'tooBroad' }],
    ['portaal.school.nl', '/portaal/leerling.html?x=1#/dossier/48213', '48213', 'studentRecord', undefined],
    ['portaal.school.nl', '/portaal/?pagina=leerling&id=48213', undefined, 'studentRecord', { reason: 'shell' }],
    ['portaal.school.nl', '/#/leerlingen/48213/kaart', '48213', 'studentRecord', undefined],
  ];

  it.each(TABLE)('%s %s (id %s) as %s', (host, address, id, pageType, expected) => {
    const route = generalizeRoute(address, id);
    expect(route).toBeDefined();
    expect(check(route as string, pageType, address, host)).toEqual(expected);
  });
});

describe('shipped routes taught as another page type', () => {
  /** The first page type other than `pageType` with an example address the route matches (PAGE_TYPES order). */
  const firstOtherMatched = (route: string, pageType: PageType, host: string): PageType | undefined => {
    const re = new RegExp(route);
    const serving = profilesForHost(host, shippedProfiles);
    return PAGE_TYPES.find(
      (other) =>
        other !== pageType &&
        serving.some((p) => {
          const otherRoute = p.pages[other]?.route;
          return otherRoute !== undefined && exampleAddresses(otherRoute).some((a) => re.test(a));
        }),
    );
  };

  const pairs = shippedProfiles.flatMap((profile) =>
    shippedRoutes
      .filter((a) => a.profile === profile)
      .flatMap((a) => PAGE_TYPES.filter((b) => b !== a.pageType).map((b) => ({ profile, from: a, as: b }))),
  );

  // A's route matches A's own pages, which are of a type other than B: refused, always as a page
  // of another type (A itself, or an earlier type whose examples it also matches), never as root
  // or shell. "Refused exactly when it matches an example of the other" then holds for every pair.
  it.each(pairs.map((p) => [`${p.profile.id}: ${p.from.pageType} as ${p.as}`, p]))('%s', (_, { profile, from, as }) => {
    const host = hostOf(profile);
    const address = exampleAddresses(from.route)[0] as string;
    const expected = firstOtherMatched(from.route, as, host);
    expect(expected).toBeDefined();
    expect(check(from.route, as, address, host)).toEqual({ reason: 'otherPage', pageType: expected });
  });

  it.each(shippedRoutes.map((r) => [`${r.profile.id} ${r.pageType}`, r]))('%s taught as itself is fine', (_, r) => {
    const host = hostOf(r.profile);
    expect(firstOtherMatched(r.route, r.pageType, host)).toBeUndefined();
    expect(check(r.route, r.pageType, exampleAddresses(r.route)[0] as string, host)).toBeUndefined();
  });
});
