import { describe, expect, it } from 'vitest';
import {
  campaignSchema,
  dateSchema,
  directoryEntrySchema,
  extraHostSchema,
  retentionDaysSchema,
  schoolNameSchema,
  schoolPromptSchema,
  schoolStorySchema,
  vocabularyWordSchema,
} from '../../lib/policy/schema';

const ok = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) => schema.safeParse(value).success;

const prompt = {
  id: 'school-stage-terugblik',
  family: 'bpv',
  text: { nl: 'Wat heb je op je stage gedaan waar je trots op bent?' },
  why: { nl: 'Begint bij een concrete ervaring.' },
  competences: ['kwaliteiten'],
  roles: ['mentor'],
  places: ['sidePanel'],
  schoolTypes: ['mbo'],
  source: 'SLB-team',
};

describe('policy schema per key', () => {
  it('schoolName and schoolStory: one trimmed line within limits', () => {
    expect(schoolNameSchema.parse('  Lindecollege ')).toBe('Lindecollege');
    expect(ok(schoolNameSchema, '')).toBe(false);
    expect(ok(schoolNameSchema, 'x'.repeat(81))).toBe(false);
    expect(ok(schoolNameSchema, 'twee\nregels')).toBe(false);
    expect(ok(schoolStorySchema, 'Wij leren door te doen.')).toBe(true);
    expect(ok(schoolStorySchema, 'x'.repeat(161))).toBe(false);
    expect(ok(schoolStorySchema, 'bel\u0007')).toBe(false);
    expect(ok(schoolStorySchema, 42)).toBe(false);
  });

  it('vocabulary words: 1..40 characters, one line', () => {
    expect(ok(vocabularyWordSchema, 'SLB')).toBe(true);
    expect(ok(vocabularyWordSchema, "slb'er")).toBe(true);
    expect(ok(vocabularyWordSchema, '   ')).toBe(false);
    expect(ok(vocabularyWordSchema, 'x'.repeat(41))).toBe(false);
  });

  it('dates are real calendar dates YYYY-MM-DD', () => {
    expect(ok(dateSchema, '2026-11-09')).toBe(true);
    expect(ok(dateSchema, '2024-02-29')).toBe(true);
    expect(ok(dateSchema, '2025-02-29')).toBe(false);
    expect(ok(dateSchema, '2026-13-01')).toBe(false);
    expect(ok(dateSchema, '9-11-2026')).toBe(false);
    expect(ok(dateSchema, '2026-11-09T00:00')).toBe(false);
  });

  it('retentionDays is an integer 30..3650', () => {
    expect(ok(retentionDaysSchema, 30)).toBe(true);
    expect(ok(retentionDaysSchema, 3650)).toBe(true);
    expect(ok(retentionDaysSchema, 29)).toBe(false);
    expect(ok(retentionDaysSchema, 3651)).toBe(false);
    expect(ok(retentionDaysSchema, 365.5)).toBe(false);
    expect(ok(retentionDaysSchema, '365')).toBe(false);
    expect(ok(retentionDaysSchema, Number.NaN)).toBe(false);
  });

  it('referrals: line 1|2|3, optional care and topics, strict', () => {
    const entry = { role: 'Decaan', name: 'A. Jansen', contact: 'decaan@school.example', when: 'Bij profielkeuze.', line: 2 };
    expect(ok(directoryEntrySchema, entry)).toBe(true);
    expect(ok(directoryEntrySchema, { ...entry, name: undefined })).toBe(true);
    expect(ok(directoryEntrySchema, { ...entry, care: true, topics: ['zorg'] })).toBe(true);
    expect(ok(directoryEntrySchema, { ...entry, line: 4 })).toBe(false);
    expect(ok(directoryEntrySchema, { ...entry, line: '2' })).toBe(false);
    expect(ok(directoryEntrySchema, { ...entry, topics: ['roddel'] })).toBe(false);
    expect(ok(directoryEntrySchema, { ...entry, contact: undefined })).toBe(false);
    expect(ok(directoryEntrySchema, { ...entry, notes: 'extra' })).toBe(false);
  });

  it('school prompts use the library schema and must start with "school-"', () => {
    expect(ok(schoolPromptSchema, prompt)).toBe(true);
    expect(ok(schoolPromptSchema, { ...prompt, id: 'gs-terug-kw-1' })).toBe(false);
    expect(ok(schoolPromptSchema, { ...prompt, id: 'school-Hoofdletter' })).toBe(false);
    expect(ok(schoolPromptSchema, { ...prompt, competences: ['cijfers'] })).toBe(false);
    expect(ok(schoolPromptSchema, { ...prompt, text: { nl: 'x'.repeat(171) } })).toBe(false);
  });

  it('campaigns: title, from <= to, at least one prompt id', () => {
    const c = { title: 'Week van de loopbaan', from: '2026-11-09', to: '2026-11-13', promptIds: ['school-x'] };
    expect(ok(campaignSchema, c)).toBe(true);
    expect(ok(campaignSchema, { ...c, to: c.from })).toBe(true);
    expect(ok(campaignSchema, { ...c, from: '2026-11-14' })).toBe(false);
    expect(ok(campaignSchema, { ...c, promptIds: [] })).toBe(false);
    expect(ok(campaignSchema, { ...c, promptIds: ['Niet Geldig'] })).toBe(false);
    expect(ok(campaignSchema, { ...c, to: '2026-11-31' })).toBe(false);
  });

  it('extraHosts: host names only, wildcard only as the whole first label', () => {
    for (const good of ['school.somtoday.nl', '*.school.nl', 'Leerling.School.NL', 'xn--brgerschool-1ob.nl', 'a-b.c-d.nl']) {
      expect(ok(extraHostSchema, good), good).toBe(true);
    }
    expect(extraHostSchema.parse(' Leerling.School.NL ')).toBe('leerling.school.nl');
    for (const bad of [
      'https://school.somtoday.nl',
      'school.somtoday.nl/app',
      'school.somtoday.nl:8443',
      'school.*.nl',
      '*school.nl',
      '**.school.nl',
      '*.nl',
      '*',
      'localhost',
      '192.168.1.10',
      '-school.nl',
      'school-.nl',
      'school..nl',
      'school.nl.',
      'sch ool.nl',
      'school.nl?x=1',
      '',
      `${'a'.repeat(64)}.nl`,
    ]) {
      expect(ok(extraHostSchema, bad), bad).toBe(false);
    }
  });
});
