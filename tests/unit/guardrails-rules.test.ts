import { describe, expect, it } from 'vitest';
import { fold, judgePrompt, judgeText, refusals } from '../../lib/prompts/guardrails';

/** The API of the guardrails and one example per rule kind; the bounds are in guardrails-meaning.test.ts. */

const kinds = (text: string, lang: 'nl' | 'en' = 'nl') => judgeText(text, lang).map((f) => `${f.level} ${f.kind}`);

describe('judgeText', () => {
  it('gives one reason per kind: a sentence two comparison rules catch is listed once for the administrator', () => {
    const findings = judgeText('Hoe komt het dat jij als enige van de klas nog geen stageplek hebt?', 'nl', { kind: 'prompt' });
    expect(findings.map((f) => `${f.kind}/${f.level}`)).toEqual(['comparison/refuse']);
  });

  it('accepts a calm open question', () => {
    expect(judgeText('Wat ging je hier goed af, denk je?', 'nl', { kind: 'prompt' })).toEqual([]);
    expect(judgeText('What went well for you here, do you think?', 'en', { kind: 'prompt' })).toEqual([]);
  });

  it.each([
    ['Waarom lukt het jou nooit om een stage te vinden?', 'refuse deficit'],
    ['Je cijfers voor Engels zijn te laag voor die studie.', 'refuse grade-topic'],
    ['Waarom ben jij minder nieuwsgierig dan je zus?', 'refuse comparison'],
    ['Meisjes kiezen meestal voor de zorg. Jij ook?', 'refuse labelling'],
    ['Hoe gaat het thuis nu je vader ziek is?', 'refuse care'],
    ['Heb je je LOB-opdrachten al ingeleverd?', 'refuse tick-box'],
    ['Wie vrijdag niets heeft ingeleverd, moet nablijven.', 'refuse pressure'],
    ['Kies gewoon voor de havo.', 'refuse verdict'],
  ])('refuses by meaning: %s', (text, finding) => {
    expect(kinds(text)).toContain(finding);
  });

  it('lets innocent words pass when the structure is sound', () => {
    for (const ok of [
      'Welke opdracht die je hebt afgerond, laat je graag zien?',
      'Wat moet een goede stageplek voor jou hebben?',
      'Zie je jezelf later thuis werken?',
      'In de bouw werk je buiten, ook bij slecht weer. Lijkt je dat wat?',
      'Wat is je sterkste vak?',
      'Werk in de zwakstroomtechniek?',
    ])
      expect(judgeText(ok, 'nl'), ok).toEqual([]);
  });

  it('gives each finding a rule, kind, level, field, reason and rewrite in Dutch and English', () => {
    const [f] = judgeText('Kies gewoon techniek.', 'nl', { kind: 'prompt' });
    expect(f).toMatchObject({ level: 'refuse', kind: 'verdict', field: 'prompt', lang: 'nl' });
    expect(f?.rule).toMatch(/^verdict-/);
    for (const text of [f?.reason.nl, f?.reason.en, f?.rewrite.nl, f?.rewrite.en]) expect(text?.length).toBeGreaterThan(10);
  });

  it('warns on the form (exclamation, capitals, length) and allows known acronyms', () => {
    expect(kinds('Goed zo!')).toEqual(['warn exclamation']);
    expect(kinds('Dit is BELANGRIJK.')).toEqual(['warn capitals']);
    expect(kinds('Het HBO kiezen.')).toEqual(['warn capitals']);
    expect(judgeText('Vraag het aan het UWV of je SLB’er; denk aan de AVG en je BPV bij LOB.', 'nl')).toEqual([]);
    expect(judgeText('a'.repeat(170), 'nl', { kind: 'prompt' })).toEqual([]);
    expect(judgeText('a'.repeat(171), 'nl', { kind: 'prompt' }).map((f) => f.match)).toEqual(['171 > 170']);
    expect(judgeText('a'.repeat(1401), 'nl', { kind: 'knowledgeCard' }).map((f) => f.level)).toEqual(['warn']);
  });

  it('warns on "moet" in a statement that does not order the student', () => {
    expect(kinds('Een goede keuze moet bij je passen.')).toEqual(['warn verdict']);
    expect(kinds('Je moet een keuze maken.')).toContain('refuse verdict');
  });

  it('keeps the English word lists', () => {
    expect(kinds('You are weak at maths.', 'en')).toContain('refuse deficit');
    expect(kinds('Are you falling behind?', 'en')).toContain('refuse deficit');
    expect(kinds('2 of 5 done', 'en')).toContain('refuse tick-box');
    expect(kinds('You should choose.', 'en')).toContain('refuse verdict');
    expect(kinds('80% done', 'en')).toContain('refuse tick-box');
    expect(judgeText('Which story is behind this?', 'en')).toEqual([]);
  });

  it('never throws on odd input', () => {
    expect(judgeText('', 'nl')).toEqual([]);
    expect(judgeText(undefined as unknown as string, 'nl')).toEqual([]);
    expect(judgeText('?!.,;:', 'nl').map((f) => f.kind)).toEqual(['exclamation']);
    expect(fold('Oriëntatie Coördinator')).toBe('orientatie coordinator');
  });
});

describe('judgePrompt', () => {
  it('judges text and why in both languages and names the field', () => {
    const findings = judgePrompt({
      text: { nl: 'Kies gewoon de havo.', en: 'What attracts you?' },
      why: { nl: 'Een open vraag.', en: 'You must ask this!' },
    });
    expect(findings.map((f) => `${f.field} ${f.lang} ${f.level} ${f.kind}`)).toEqual([
      'text nl refuse verdict',
      'why en refuse verdict',
      'why en warn exclamation',
    ]);
    expect(refusals(findings)).toHaveLength(2);
  });
});
