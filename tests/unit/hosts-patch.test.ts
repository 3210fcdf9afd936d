import { describe, expect, it } from 'vitest';
import { detectPage } from '../../lib/hosts/detect';
import { applyProfilePatches } from '../../lib/hosts/patch';
import { shippedProfiles } from '../../lib/hosts/profiles';
import { hostProfileSchema } from '../../lib/hosts/schema';
import { fixtureHtml, parse, recognised } from '../fixtures/load';

const URL_RECORD = 'https://demo.magister.net/magister/#/leerlingen/48213/kaart';

/** The vendor's update: the card is renamed and so are two labels. */
function changedRecord(): Document {
  const html = fixtureHtml('magister/record.html')
    .replace('<section class="leerling-kaart"', '<section class="leerlingkaart-v2"')
    .replace(' data-leerling-id="48213"', '')
    .replace('<dt>Stamnummer</dt>', '<dt>Leerling-ID</dt>')
    .replace('<dt>Studie</dt>', '<dt>Opleidingsvariant</dt>')
    .replace('<dna-card class="leerling-header">', '<dna-card class="kaart-kop">');
  return parse(html);
}

describe('applyProfilePatches', () => {
  it('without patches returns the shipped profiles unchanged', () => {
    expect(applyProfilePatches(shippedProfiles, undefined)).toEqual({ profiles: [...shippedProfiles], errors: [] });
    expect(applyProfilePatches(shippedProfiles, [])).toEqual({ profiles: [...shippedProfiles], errors: [] });
  });

  it('a page with changed markup is not recognised with the shipped profile, and is after a school patch', () => {
    const doc = changedRecord();
    expect(detectPage(URL_RECORD, doc, shippedProfiles)).toMatchObject({
      status: 'pending',
      miss: { what: 'root', selector: 'section.leerling-kaart' },
    });
    const { profiles, errors } = applyProfilePatches(shippedProfiles, [
      {
        id: 'magister',
        pages: {
          studentRecord: {
            root: 'section.leerlingkaart-v2',
            anchor: '.kaart-kop',
            student: {
              id: { selector: 'section.leerlingkaart-v2', attribute: 'data-leerling-id', labels: ['Leerling-ID', 'Stamnummer'] },
              study: { labels: ['Opleidingsvariant', 'Studie'] },
            },
          },
        },
      },
    ]);
    expect(errors).toEqual([]);
    const c = recognised(detectPage(URL_RECORD, doc, profiles));
    expect(c.anchor?.classList.contains('kaart-kop')).toBe(true);
    expect(c.student).toMatchObject({
      id: '48213',
      name: 'Sanne de Vries', // not patched: merged from the shipped profile
      klas: '3H2',
      study: { schoolType: 'havo', year: 3 },
      mentor: 'J. Bakker',
      absences: 2,
    });
    expect(c.student?.results).toHaveLength(4);
  });

  it('deep-merges without touching the shipped profiles or other pages', () => {
    const before = JSON.stringify(shippedProfiles);
    const { profiles } = applyProfilePatches(shippedProfiles, {
      id: 'magister',
      hosts: ['*.magister.net', 'magister.school.nl'],
      pages: { studentRecord: { student: { name: { selector: '.naam-v2' } } } },
    });
    expect(JSON.stringify(shippedProfiles)).toBe(before);
    const magister = profiles.find((p) => p.id === 'magister');
    expect(magister?.hosts).toEqual(['*.magister.net', 'magister.school.nl']);
    expect(magister?.pages.studentRecord?.student?.name).toEqual({ selector: '.naam-v2', labels: ['Naam'] });
    expect(magister?.pages.gradeEntry).toEqual(shippedProfiles[0]?.pages.gradeEntry);
    expect(profiles.find((p) => p.id === 'somtoday')).toBe(shippedProfiles[1]);
  });

  it('null removes an optional key', () => {
    const { profiles, errors } = applyProfilePatches(shippedProfiles, [
      { id: 'somtoday', pages: { studentRecord: { anchor: null } } },
    ]);
    expect(errors).toEqual([]);
    expect(profiles[1]?.pages.studentRecord?.anchor).toBeUndefined();
  });

  it('adds a complete new profile and rejects an incomplete one', () => {
    const own = {
      id: 'eigen-sis',
      hosts: ['lvs.school.nl'],
      pages: { studentRecord: { route: '^/leerling/(?<id>\\d+)', root: '.leerling', student: { id: { labels: ['Nummer'] } } } },
    };
    const { profiles, errors } = applyProfilePatches(shippedProfiles, [own, { id: 'half', pages: {} }]);
    expect(profiles.map((p) => p.id)).toEqual(['magister', 'somtoday', 'eigen-sis']);
    expect(hostProfileSchema.safeParse(profiles[2]).success).toBe(true);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/half/);
    expect(errors[0]).toMatch(/genegeerd/);
    expect(errors[0]).toMatch(/ignored/);
  });

  it('ignores invalid patches with a Dutch/English error and never throws', () => {
    const cyclic: Record<string, unknown> = { id: 'magister' };
    cyclic.pages = cyclic;
    const { profiles, errors } = applyProfilePatches(shippedProfiles, [
      'magister',
      42,
      null,
      { hosts: ['x'] },
      { id: 'magister', hosts: [] },
      { id: 'magister', pages: { studentRecord: { root: '' } } },
      { id: 'magister', pages: { studentRecord: { route: '((' } } },
      { id: 'magister', pages: { onbekend: { route: 'x', root: 'y' } } },
      { id: 'magister', pages: { studentRecord: { extra: true } } },
      { id: 'Magister Kapot!', hosts: ['a'], pages: {} },
      cyclic,
    ]);
    expect(profiles).toEqual([...shippedProfiles]);
    expect(errors).toHaveLength(11);
    for (const error of errors) expect(error).toMatch(/genegeerd.*ignored/);
    expect(errors[6]).toMatch(/route/);
  });

  it('a single patch object (not an array) works, and a prototype key does nothing', () => {
    const { profiles, errors } = applyProfilePatches(
      shippedProfiles,
      JSON.parse('{"id":"magister","__proto__":{"polluted":true},"darkModeClass":"theme-dark"}'),
    );
    expect(errors).toEqual([]);
    expect(profiles[0]?.darkModeClass).toBe('theme-dark');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('route patterns from a school patch', () => {
  it('refuses patterns that could backtrack catastrophically, with a diagnostic, and keeps the shipped profile', () => {
    for (const route of ['^/(a+)+$', '^/(\\w*)*x', '^/(x{2,})+$', '^/(a)\\1$']) {
      const { profiles, errors } = applyProfilePatches(shippedProfiles, [
        { id: 'magister', pages: { studentRecord: { route } } },
      ]);
      expect(errors.join(' '), route).toMatch(/onveilig patroon/);
      expect(profiles).toEqual(shippedProfiles);
    }
    // An ordinary route, and the shipped ones (with an optional group), are fine.
    expect(
      applyProfilePatches(shippedProfiles, [{ id: 'magister', pages: { studentRecord: { route: '^/kaart/(?<id>\\d+)' } } }])
        .errors,
    ).toEqual([]);
  });

  it('never runs a pattern on an overlong address', () => {
    const long = `https://demo.magister.net/magister/#/leerlingen/${'1'.repeat(3000)}/kaart`;
    expect(detectPage(long, document, shippedProfiles).status).toBe('unrecognised');
  });
});
