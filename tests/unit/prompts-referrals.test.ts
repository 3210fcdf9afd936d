import { describe, expect, it } from 'vitest';
import type { Route } from '../../lib/core/domain';
import { studentContext } from '../../lib/core/student-context';
import type { Study } from '../../lib/core/study';
import { routesOf } from '../../lib/prompts/routes';
import { publicServices, referralRoles, referralRules } from '../../lib/referrals/defaults';
import { type SuggestInput, suggestReferrals, topicsFor } from '../../lib/referrals/suggest';

const vocabulary = { mentorRole: 'mentor', secondLineRole: 'decaan', careRole: 'zorgcoördinator' };

const suggest = (over: Partial<SuggestInput> = {}) =>
  suggestReferrals({
    roles: referralRoles,
    services: publicServices,
    rules: referralRules,
    directory: [],
    vocabulary,
    places: ['sidePanel'],
    language: 'nl',
    ...over,
  });

/** What the panel passes for a student of this study: school type, phase and open routes. */
function of(study: Study): Pick<SuggestInput, 'schoolType' | 'phase' | 'routes'> {
  const { schoolType, phase, routes } = studentContext(study);
  return { ...(schoolType ? { schoolType } : {}), ...(phase ? { phase } : {}), ...(routes ? { routes } : {}) };
}

describe('referral suggestions', () => {
  it('matches topics to the place and the result', () => {
    expect([...topicsFor(referralRules, ['gradeEntry'], 'personalBest')]).toEqual(['talent']);
    expect([...topicsFor(referralRules, ['gradeEntry'], 'belowUsual')]).toEqual(['contact']);
    expect([...topicsFor(referralRules, ['gradeEntry'], 'belowUsual', 'havo', true)]).toEqual(['twijfel']);
    expect([...topicsFor(referralRules, ['gradeEntry'], undefined)]).toEqual(['orientatie']);
    expect(topicsFor(referralRules, ['sidePanel'], undefined).has('studiekeuze')).toBe(true);
  });

  it('fills names and contacts from the school directory, and follows the school’s vocabulary', () => {
    const out = suggest({
      vocabulary: { ...vocabulary, secondLineRole: 'loopbaancoach' },
      directory: [
        { role: 'decaan', name: 'M. de Vries', contact: 'decaan@school.nl' },
        { role: 'Vertrouwenspersoon', name: 'A. Jansen', care: true },
        { role: 'Stagebureau', contact: 'stage@school.nl', when: 'Voor stagevragen.', line: 2 },
      ],
    });
    const decaan = out.find((s) => s.role === 'decaan');
    expect(decaan).toMatchObject({ title: 'loopbaancoach', name: 'M. de Vries', contact: 'decaan@school.nl', line: 2 });
    // The school's own extra entry is kept, with a slug as role id.
    expect(out.find((s) => s.role === 'stagebureau')).toMatchObject({ title: 'Stagebureau', when: 'Voor stagevragen.', line: 2 });
  });

  it('always marks the care role as care, and fills it from a care entry in the directory', () => {
    for (const place of ['sidePanel', 'studentRecord', 'gradeEntry'] as const) {
      const care = suggest({
        places: [place],
        schoolType: 'havo',
        directory: [{ role: 'Vertrouwenspersoon', name: 'A. Jansen', care: true }],
      }).filter((s) => s.care);
      expect(care.map((s) => s.role)).toEqual(['zorgcoordinator']);
      expect(care[0]).toMatchObject({ title: 'zorgcoördinator', name: 'A. Jansen' });
    }
    for (const s of suggest({ schoolType: 'vmbo' })) expect(s.care).toBe(s.role === 'zorgcoordinator');
    // In the hbo the studentendecaan is the route for home, health, money and the binding study advice.
    expect(
      suggest({ schoolType: 'hbo' })
        .filter((s) => s.care)
        .map((s) => s.role),
    ).toEqual(['studentendecaan']);
  });

  it('fits the moment: no studiekeuzecheck before the exam year, Studielink and DUO near their deadlines, RMC where leaving is a question', () => {
    const roles = (over: Partial<SuggestInput>) => suggest(over).map((s) => s.role);
    expect(roles({ ...of({ schoolType: 'vwo', year: 2 }), month: 3 })).not.toContain('studiekeuzecheck');
    expect(roles({ ...of({ schoolType: 'vwo', year: 6 }), month: 3 })).toEqual(
      expect.arrayContaining(['studiekeuzecheck', 'studielink', 'duo']),
    );
    expect(roles({ ...of({ schoolType: 'vwo', year: 6 }), month: 9 })).not.toContain('studielink');
    expect(roles(of({ schoolType: 'mbo', level: 3, year: 2 }))).toEqual(
      expect.arrayContaining(['bpv-begeleider', 'rmc-jongerenloket']),
    );
    expect(roles(of({ schoolType: 'hbo', year: 1 }))).toEqual(expect.arrayContaining(['studieadviseur', 'studentendecaan']));
    expect(roles({ schoolType: 'hbo' })).not.toContain('zorgcoordinator');
    // 18+: parents only with the student's consent
    expect(roles({ schoolType: 'mbo' })).not.toContain('ouders');
    expect(roles({ schoolType: 'mbo' })).toContain('ouders-meerderjarig');
  });

  it('filters roles and services by school type', () => {
    const vmbo = suggest(of({ schoolType: 'vmbo', year: 3, track: 'k' })).map((s) => s.role);
    expect(vmbo).not.toContain('studiekeuze123');
    expect(vmbo).toContain('kiesmbo');
    const hbo = suggest({ schoolType: 'hbo', places: ['studentRecord'] }).map((s) => s.role);
    expect(hbo).not.toContain('ouders');
    const mbo = suggest({ schoolType: 'mbo', places: ['studentRecord'] }).map((s) => s.role);
    expect(mbo).toContain('bpv-begeleider');
    expect(suggest({ schoolType: 'havo', places: ['studentRecord'] }).map((s) => s.role)).not.toContain('bpv-begeleider');
  });

  it('suggests public services by topic, as line 3, never UWV as a default for school students', () => {
    const grading = suggest({ places: ['gradeEntry'], trigger: 'personalBest', schoolType: 'havo' });
    expect(grading.filter((s) => s.line === 3)).toEqual([]);
    expect(grading.map((s) => s.role)).toContain('mentor');
    const panel = suggest(of({ schoolType: 'havo', year: 4 }));
    const services = panel.filter((s) => s.line === 3).map((s) => s.role);
    expect(services).toEqual(expect.arrayContaining(['open-dagen', 'studiekeuze123']));
    expect(services).not.toContain('uwv');
    expect(panel.find((s) => s.role === 'kiesmbo')?.contact).toBe('https://www.kiesmbo.nl');
  });

  it('speaks English when asked, and never has an empty "when" for a default', () => {
    const out = suggest({ language: 'en', schoolType: 'mbo' });
    expect(out.find((s) => s.role === 'ouders-meerderjarig')?.title).toBe('Parents / carers (with consent)');
    for (const s of out) expect(s.when.length).toBeGreaterThan(10);
  });

  it('route truth: an entree, mbo-2 or mbo-3 student is never sent to the hbo/wo application services', () => {
    const hboWo = ['studiekeuzecheck', 'studielink', 'studiekeuze123', 'studie-in-cijfers', 'proefstuderen'];
    for (const study of [
      { schoolType: 'mbo', level: 1, entree: true, year: 1 },
      { schoolType: 'mbo', level: 2, year: 2 },
      { schoolType: 'mbo', level: 3, year: 3, path: 'bbl' },
    ] as const) {
      for (let month = 1; month <= 12; month++) {
        for (const places of [['sidePanel'], ['sidePanel', 'studentRecord']] as const) {
          const shown = suggest({ ...of(study), month, places: [...places] }).map((s) => s.role);
          expect(
            shown.filter((role) => hboWo.includes(role)),
            `${JSON.stringify(study)} month ${month}`,
          ).toEqual([]);
        }
      }
    }
    // An mbo-4 student in the last year is: hbo is one of their routes.
    expect(suggest({ ...of({ schoolType: 'mbo', level: 4, year: 3 }), month: 3 }).map((s) => s.role)).toEqual(
      expect.arrayContaining(['studiekeuzecheck', 'studielink']),
    );
  });

  it('with an unknown school type: only the roles for any student (mentor, decaan, zorg) and no route-specific service', () => {
    for (const places of [['sidePanel'], ['sidePanel', 'studentRecord'], ['gradeEntry']] as const) {
      const shown = suggest({ places: [...places], month: 3 });
      const roles = shown.filter((s) => s.line !== 3).map((s) => s.role);
      expect(
        roles.every((r) => ['mentor', 'decaan', 'zorgcoordinator'].includes(r)),
        roles.join(),
      ).toBe(true);
      const services = shown.filter((s) => s.line === 3).map((s) => publicServices.find((p) => p.id === s.role));
      expect(services.filter((s) => s?.routes).map((s) => s?.id)).toEqual([]);
    }
    expect(suggest({ month: 3 }).map((s) => s.role)).toEqual(expect.arrayContaining(['mentor', 'decaan', 'zorgcoordinator']));
  });

  it('a service whose text names hbo or wo serves those routes only', () => {
    for (const service of publicServices) {
      const named: Route[] = routesOf({ text: service.when }).filter((r) => r === 'hbo' || r === 'wo');
      if (named.length === 0) continue;
      expect(service.routes, service.id).toEqual(expect.arrayContaining(named));
      expect(
        service.routes?.every((r) => named.includes(r)),
        service.id,
      ).toBe(true);
    }
  });

  it('the cue’s referral follows the topic: talent and a first unusual result to the mentor, a doubt that lasts to the decaan', () => {
    const first = (over: Partial<SuggestInput>) =>
      suggest({ places: ['gradeEntry'], ...of({ schoolType: 'havo', year: 4 }), ...over }).filter(
        (s) => !s.care && s.line !== null,
      )[0]?.role;
    expect(first({ trigger: 'personalBest' })).toBe('mentor');
    expect(first({ trigger: 'belowUsual' })).toBe('mentor');
    expect(first({ trigger: 'belowUsual', lasting: true })).toBe('decaan');
    // In the hbo the study adviser is the one for a doubt that lasts.
    expect(first({ trigger: 'belowUsual', lasting: true, ...of({ schoolType: 'hbo', year: 2 }) })).toBe('studieadviseur');
  });
});
