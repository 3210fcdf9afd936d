import { describe, expect, it } from 'vitest';
import { applyProfilePatches } from '../../lib/hosts/patch';
import { shippedProfiles } from '../../lib/hosts/profiles';
import { isSafePattern, type PatternProblemKind, patternProblem, patternProblemText } from '../../lib/hosts/safe-pattern';
import { generalizeRoute, hrefIdPattern } from '../../lib/hosts/teach/route';
import { cellIdPattern } from '../../lib/hosts/teach/teach-columns';
import { picker, prng } from '../support/prng';
import { profilePatterns } from '../support/profile-patterns';

describe('the shipped profiles', () => {
  const patterns = profilePatterns(shippedProfiles).map((p) => p.source);

  it('have routes, cell ids and field patterns to check', () => {
    expect(patterns.length).toBeGreaterThanOrEqual(9);
    expect(patterns.some((p) => p.includes('\\p{L}'))).toBe(true);
    expect(patterns.some((p) => p.includes('(?:profiel|overzicht|resultaten|registraties|notitieboek)'))).toBe(true);
  });

  it.each(patterns)('%s is in the safe grammar', (pattern) => {
    expect(patternProblem(pattern)).toBeUndefined();
  });
});

/** Addresses like a teacher would teach on, with segments a page could choose (regex syntax, names, ids). */
function addresses(count: number): { address: string; id: string | undefined }[] {
  const rnd = prng(31);
  const pick = picker(rnd);
  const segments = [
    'magister',
    'leerlingen',
    'kaart',
    'dossier',
    'cijfers',
    'invoeren',
    '4v.sk1',
    '1',
    '48213',
    'sanne-de-vries',
  ];
  const hostile = ['a+b', '(x)', '[y]', 'a|b', 'x*', '{2}', '\\', '.', '-', '!', '$', '^', 'é', '%C3%A9', 'id=48213', ''];
  return Array.from({ length: count }, () => {
    const parts = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => pick(rnd() < 0.7 ? segments : hostile));
    const start = pick(['/', '/magister/#/', '/magister#!/', '/portaal/leerling.html#/']);
    const query = pick(['', '', '?x=1', '?id=48213&tab=2']);
    const address = `${start}${parts.join(rnd() < 0.85 ? '/' : '#')}${query}`;
    return { address, id: address.includes('48213') && rnd() < 0.7 ? '48213' : undefined };
  });
}

describe('the teach feature', () => {
  const cases = addresses(600);

  it('generates routes, link patterns and cell-id patterns in the safe grammar, and they still match where they were taught', () => {
    let routes = 0;
    for (const { address, id } of cases) {
      const route = generalizeRoute(address, id, ['Sanne de Vries']);
      if (route !== undefined) {
        routes += 1;
        expect(patternProblem(route), route).toBeUndefined();
        expect(new RegExp(route).test(address.split('?')[0] as string), `${route} on ${address}`).toBe(true);
      }
      const link = hrefIdPattern(address, '48213');
      if (link !== undefined) expect(patternProblem(link), link).toBeUndefined();
      const ids = address.split('/').join(':');
      const cells = cellIdPattern([`c${ids}:aaa-1`, `c${ids}:bbb-2`], [`d${ids}:aaa-1`]);
      if (cells !== undefined) {
        expect(patternProblem(cells), cells).toBeUndefined();
        expect(new RegExp(cells).exec(`c${ids}:aaa-1`)?.groups?.id, cells).toBeTruthy();
      }
    }
    // Most addresses give a route: the grammar does not refuse what teaching makes.
    expect(routes).toBeGreaterThan(cases.length * 0.8);
  });
});

/** Patterns that freeze a backtracking engine (seconds to minutes on a few dozen characters), and why each is refused. */
const CATASTROPHIC: [string, PatternProblemKind][] = [
  ['^/(?:a|a)+$', 'ambiguous'],
  ['((a+))+', 'nestedRepetition'],
  ['(a+){12}', 'nestedRepetition'],
  ['^/(a+)+$', 'nestedRepetition'],
  ['^/(x{2,})+$', 'nestedRepetition'],
  ['(.*a){12}', 'nestedRepetition'],
  ['^/(\\w*)*x', 'emptyRepetition'],
  ['^(?:a?)+$', 'emptyRepetition'],
  ['^(?:a|b|ab)*$', 'ambiguous'],
  ['^(?:a|ab)(?:c|bcd)(?:d*)$', 'ambiguous'],
  ['^\\d+\\d+\\d+\\d+x', 'ambiguous'],
  ['^[^/?#]+[^/?#]+[^/?#]+$', 'ambiguous'],
  ['^/(?:\\w|\\d)+$', 'ambiguous'],
  ['^(?:[a-z]|\\p{L})+!', 'ambiguous'],
  ['^a?a?a?a?a?a?a?a?a?a?a?a?aaaaaaaaaaaa$', 'ambiguous'],
  ['^(a)\\1+$', 'backreference'],
  ['^(?<x>a+)\\k<x>$', 'backreference'],
  ['(?<=a)b', 'lookbehind'],
  ['^a(?=b)c', 'lookahead'],
  ['^a(?=(?:a+)+$)', 'lookahead'],
];

describe('catastrophic patterns', () => {
  it.each(CATASTROPHIC)('%s is refused (%s)', (pattern, kind) => {
    expect(patternProblem(pattern)?.kind).toBe(kind);
    expect(isSafePattern(pattern)).toBe(false);
  });

  it('are refused from a school patch with a Dutch and English reason, keeping the shipped profile', () => {
    for (const [route] of CATASTROPHIC) {
      const { profiles, errors } = applyProfilePatches(shippedProfiles, [
        { id: 'magister', pages: { studentRecord: { route } } },
      ]);
      expect(errors.join(' '), route).toMatch(/onveilig patroon.* \/ /);
      expect(profiles).toEqual(shippedProfiles);
    }
  });

  it('name where the problem is', () => {
    expect(patternProblemText({ kind: 'ambiguous', at: 7 })).toMatch(
      /^onveilig patroon \(bij teken 8 \/ at character 8\): dubbelzinnig/,
    );
    expect(patternProblem('^/(?:a|a)+$')).toEqual({ kind: 'ambiguous', at: 7 });
  });
});

describe('the grammar', () => {
  it.each([
    '^/kaart/(?<id>\\d+)',
    '^/x/(?:ab)+$',
    '^(?:\\w-)*\\.html$',
    '[0-9a-f]{8}-[0-9a-f]{4}',
    '^/leerling/(?<id>[^/?#]+)(?!/bewerken)',
    '\\bklas\\b',
    '^/\u00e9l\u00e8ve/(?<id>\\d+)$',
    '^/x/(?:profiel|overzicht)?$',
    '^/\u00e9?\u00e8\u00e9?\u00eb$',
  ])('accepts %s', (pattern) => {
    expect(patternProblem(pattern)).toBeUndefined();
  });

  it('tells characters beyond ASCII apart by the character, not only by being beyond ASCII', () => {
    expect(patternProblem('^/\u00e9?\u00e9$')?.kind).toBe('ambiguous');
    expect(patternProblem('^/\\p{L}?\u00e9$')?.kind).toBe('ambiguous');
    expect(patternProblem('^/\\d?\u00e9$')).toBeUndefined();
  });

  it.each([
    ['', undefined],
    ['a'.repeat(301), 'tooLong'],
    ['[', 'syntax'],
    ['a{', 'unsupported'],
    ['^/a\\-b$', 'unsupported'],
    ['^/[\\w-.]+$', 'unsupported'],
    ['(?i)a', 'syntax'],
  ])('refuses %j', (pattern, kind) => {
    expect(patternProblem(pattern)?.kind).toBe(kind);
  });
});
