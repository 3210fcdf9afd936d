import { describe, expect, it } from 'vitest';
import { activeCampaign } from '../../lib/core/campaigns';
import {
  competenceTexts,
  DEFAULT_SETTINGS,
  effectivePolicy,
  extraHostMatchPatterns,
  resolveSettings,
  vocabularyFor,
} from '../../lib/policy/resolve';
import { FEATURE_KEYS, type Policy, SETTING_KEYS, type SettingKey, type Settings } from '../../lib/policy/schema';

const defaults: Settings = {
  features: { gradingCues: true, studentCard: true, sidePanel: true, freeTextNotes: true, mentorOverview: true },
  quietMode: false,
  language: 'nl',
  retentionDays: 730,
};

/** Three distinct values per setting: [policy, teacher, default]. */
const cases: { key: SettingKey; policy: Partial<Policy>; user: Record<string, unknown>; values: [unknown, unknown, unknown] }[] =
  [
    ...FEATURE_KEYS.map((f) => ({
      key: `features.${f}` as SettingKey,
      policy: { features: { [f]: false } },
      user: { features: { [f]: true } },
      values: [false, true, true] as [unknown, unknown, unknown],
    })),
    { key: 'quietMode', policy: { quietMode: true }, user: { quietMode: false }, values: [true, false, false] },
    { key: 'language', policy: { language: 'en' }, user: { language: 'nl' }, values: ['en', 'nl', 'nl'] },
    { key: 'retentionDays', policy: { retentionDays: 365 }, user: { retentionDays: 90 }, values: [365, 90, 730] },
  ];

function get(values: Settings, key: SettingKey): unknown {
  if (key.startsWith('features.')) return values.features[key.slice('features.'.length) as keyof Settings['features']];
  return values[key as 'quietMode' | 'language' | 'retentionDays'];
}

describe('resolveSettings: policy > teacher > default', () => {
  it('covers every setting key', () => {
    expect(cases.map((c) => c.key).sort()).toEqual([...SETTING_KEYS].sort());
  });

  for (const c of cases) {
    describe(c.key, () => {
      it('policy set, teacher set → policy, locked', () => {
        const r = resolveSettings(c.policy, c.user, defaults);
        expect(get(r.values, c.key)).toEqual(c.values[0]);
        expect(r.lockedKeys).toEqual([c.key]);
      });
      it('policy set, teacher unset → policy, locked', () => {
        const r = resolveSettings(c.policy, {}, defaults);
        expect(get(r.values, c.key)).toEqual(c.values[0]);
        expect(r.lockedKeys.includes(c.key)).toBe(true);
      });
      it('policy unset, teacher set → teacher, not locked', () => {
        const r = resolveSettings({}, c.user, defaults);
        expect(get(r.values, c.key)).toEqual(c.values[1]);
        expect(r.lockedKeys).toEqual([]);
      });
      it('both unset → default, not locked', () => {
        const r = resolveSettings({}, {}, defaults);
        expect(get(r.values, c.key)).toEqual(c.values[2]);
        expect(r.lockedKeys).toEqual([]);
      });
    });
  }

  it('teacher values that differ from the default win over it', () => {
    const r = resolveSettings(
      {},
      { features: { sidePanel: false }, quietMode: true, language: 'en', retentionDays: 60 },
      defaults,
    );
    expect(r.values).toEqual({
      ...defaults,
      features: { ...defaults.features, sidePanel: false },
      quietMode: true,
      language: 'en',
      retentionDays: 60,
    });
  });

  it('locks exactly the settings the policy fixed, and leaves the others to the teacher', () => {
    const r = resolveSettings(
      { features: { gradingCues: false, mentorOverview: false }, retentionDays: 400 },
      { features: { studentCard: false }, quietMode: true, retentionDays: 3000 },
      defaults,
    );
    expect([...r.lockedKeys].sort()).toEqual(['features.gradingCues', 'features.mentorOverview', 'retentionDays']);
    expect(r.values.features).toEqual({
      gradingCues: false,
      studentCard: false,
      sidePanel: true,
      freeTextNotes: true,
      mentorOverview: false,
    });
    expect(r.values.quietMode).toBe(true);
    expect(r.values.retentionDays).toBe(400);
  });

  it('ignores invalid or hostile teacher settings and falls back to the default', () => {
    for (const user of [
      null,
      undefined,
      'en',
      42,
      [],
      { features: 'alles', quietMode: 'ja', language: 'de', retentionDays: 5 },
      { features: { gradingCues: 'false' }, retentionDays: 99999 },
      JSON.parse('{"__proto__":{"quietMode":true}}'),
      Object.create({ quietMode: true, language: 'en' }),
    ]) {
      expect(resolveSettings({}, user, defaults)).toEqual({ values: defaults, lockedKeys: [] });
    }
  });

  it('uses the shipped defaults when none are passed', () => {
    expect(resolveSettings({}, {}).values).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.retentionDays).toBe(730);
    expect(DEFAULT_SETTINGS.language).toBe('nl');
  });
});

describe('school-level values', () => {
  it('vocabularyFor fills the five words with the lob-content.md §6 defaults', () => {
    expect(vocabularyFor({})).toEqual({
      process: 'LOB',
      conversation: 'loopbaangesprek',
      mentorRole: 'mentor',
      secondLineRole: 'decaan',
      careRole: 'zorgcoördinator',
    });
    expect(vocabularyFor({ vocabulary: { process: 'SLB', mentorRole: 'coach' } })).toEqual({
      process: 'SLB',
      conversation: 'loopbaangesprek',
      mentorRole: 'coach',
      secondLineRole: 'decaan',
      careRole: 'zorgcoördinator',
    });
    expect(vocabularyFor({ vocabulary: { mentorRole: 'coach' } }, 'en').mentorRole).toBe('coach');
    expect(vocabularyFor({}, 'en').secondLineRole).toBe('careers adviser');
  });

  it('competenceTexts merges the school texts field by field over the §1 defaults', () => {
    const texts = competenceTexts({ competences: { kwaliteiten: { label: 'Talenten' } } });
    expect(texts.kwaliteiten).toEqual({
      label: 'Talenten',
      kernvraag: 'Wat kan ik het best en hoe weet ik dat?',
      plain: 'Wie ben ik, wat kan ik?',
    });
    expect(texts.netwerken.kernvraag).toBe('Wie kan mij helpen en waarom die mensen?');
    expect(Object.keys(texts)).toEqual(['kwaliteiten', 'motieven', 'werkexploratie', 'loopbaansturing', 'netwerken']);
    expect(competenceTexts({}, 'en').motieven.kernvraag).toBe('What do I stand for, and why?');
  });

  it('effectivePolicy fills every school-level value', () => {
    const e = effectivePolicy({ schoolName: 'Lindecollege' });
    expect(e.schoolName).toBe('Lindecollege');
    expect(e.schoolStory).toBe('');
    expect(e.referrals).toEqual([]);
    expect(e.vocabulary.process).toBe('LOB');
  });

  it('activeCampaign includes both ends; extraHostMatchPatterns builds match patterns', () => {
    const week = { title: 'Week van de loopbaan', from: '2026-11-09', to: '2026-11-13', promptIds: ['x'] };
    expect(activeCampaign([week], '2026-11-08')).toBeUndefined();
    expect(activeCampaign([week], '2026-11-09')).toEqual(week);
    expect(activeCampaign([week], '2026-11-13')).toEqual(week);
    expect(activeCampaign([week], '2026-11-14')).toBeUndefined();
    expect(extraHostMatchPatterns(['school.somtoday.nl', '*.school.nl'])).toEqual([
      '*://school.somtoday.nl/*',
      '*://*.school.nl/*',
    ]);
  });
});
