import { describe, expect, it } from 'vitest';
import { buildAppConfig, readAppConfig } from '../../lib/config/app-config';
import { parsePolicy } from '../../lib/policy';

describe('the shared configuration', () => {
  it("uses the school's words, with defaults in the teacher's language", () => {
    const { policy } = parsePolicy({ vocabulary: { process: 'SLB' } });
    const dutch = buildAppConfig(policy, [], undefined);
    expect(dutch.effective.vocabulary.process).toBe('SLB');
    expect(dutch.effective.vocabulary.conversation).toBe('loopbaangesprek');
    const english = buildAppConfig(policy, [], { language: 'en' });
    expect(english.effective.vocabulary.process).toBe('SLB');
    expect(english.effective.vocabulary.conversation).toBe('career conversation');
  });

  it('locks what the school set and lets the teacher choose the rest', () => {
    const { policy } = parsePolicy({ features: { gradingCues: false } });
    const config = buildAppConfig(policy, [], { features: { gradingCues: true, studentCard: false } });
    expect(config.settings.features.gradingCues).toBe(false);
    expect(config.settings.features.studentCard).toBe(false);
    expect(config.lockedKeys).toContain('features.gradingCues');
    expect(config.lockedKeys).not.toContain('features.studentCard');
  });

  it("adds the school's own domains to every host family", () => {
    const { policy } = parsePolicy({ extraHosts: ['leerling.linde.example'] });
    const { profiles } = buildAppConfig(policy, [], undefined);
    expect(profiles.every((p) => p.hosts.includes('leerling.linde.example'))).toBe(true);
  });

  it('falls back to the defaults for a damaged stored configuration', () => {
    expect(readAppConfig('rommel').settings.language).toBe('nl');
    expect(readAppConfig({ effective: null }).settings.features.gradingCues).toBe(true);
  });
});
