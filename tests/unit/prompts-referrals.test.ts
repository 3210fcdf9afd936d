import { describe, expect, it } from 'vitest';
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

describe('referral suggestions', () => {
  it('matches topics to the place and the result', () => {
    expect([...topicsFor(referralRules, ['gradeEntry'], 'personalBest')]).toEqual(['talent']);
    expect([...topicsFor(referralRules, ['gradeEntry'], 'belowUsual')]).toEqual(['twijfel']);
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
    expect(roles({ schoolType: 'vwo', phase: 'onderbouw', month: 3 })).not.toContain('studiekeuzecheck');
    expect(roles({ schoolType: 'vwo', phase: 'examenjaar', month: 3 })).toEqual(
      expect.arrayContaining(['studiekeuzecheck', 'studielink', 'duo']),
    );
    expect(roles({ schoolType: 'vwo', phase: 'examenjaar', month: 9 })).not.toContain('studielink');
    expect(roles({ schoolType: 'mbo', phase: 'middenjaar' })).toEqual(
      expect.arrayContaining(['bpv-begeleider', 'rmc-jongerenloket']),
    );
    expect(roles({ schoolType: 'hbo', phase: 'eerstejaars' })).toEqual(
      expect.arrayContaining(['studieadviseur', 'studentendecaan']),
    );
    expect(roles({ schoolType: 'hbo' })).not.toContain('zorgcoordinator');
    // 18+: parents only with the student's consent
    expect(roles({ schoolType: 'mbo' })).not.toContain('ouders');
    expect(roles({ schoolType: 'mbo' })).toContain('ouders-meerderjarig');
  });

  it('filters roles and services by school type', () => {
    const vmbo = suggest({ schoolType: 'vmbo' }).map((s) => s.role);
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
    const panel = suggest({ schoolType: 'havo' });
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
});
