import { describe, expect, it } from 'vitest';
import { contentStats } from '../../lib/content-stats/stats';
import { judgeText, type Lang, type TextKind } from '../../lib/prompts/guardrails';
import { knowledgeCards } from '../../lib/prompts/library/knowledge';
import { momentTypes } from '../../lib/prompts/library/moments';
import { library } from '../../lib/prompts/library/shipped';
import { subjects } from '../../lib/prompts/library/subjects';
import { audienceOf } from '../../lib/prompts/routes';
import {
  COMPETENCES,
  knowledgeCardSchema,
  type Localized,
  momentTypeSchema,
  promptSchema,
  SCHOOL_TYPES,
  STEPS,
  subjectSchema,
} from '../../lib/prompts/schema';
import { subjectIdFor } from '../../lib/prompts/subject-match';
import { publicServices, referralRoles, referralRules } from '../../lib/referrals/defaults';
import { publicServiceSchema, referralRoleSchema, referralRuleSchema } from '../../lib/referrals/schema';
import { ACCEPTABLE, UNACCEPTABLE } from './guardrails-labelled';

/** Every text of the shipped content, with its kind (for the length limit). */
function allTexts(): { where: string; lang: Lang; text: string; kind?: TextKind }[] {
  const out: { where: string; lang: Lang; text: string; kind?: TextKind }[] = [];
  const add = (where: string, l: Localized, kind?: TextKind) => {
    out.push({ where, lang: 'nl', text: l.nl, ...(kind ? { kind } : {}) });
    if (l.en) out.push({ where, lang: 'en', text: l.en, ...(kind ? { kind } : {}) });
  };
  for (const p of library) {
    add(`${p.id}.text`, p.text, 'prompt');
    add(`${p.id}.why`, p.why, 'why');
  }
  for (const m of momentTypes) add(`moment ${m.id}`, m.label, 'momentLabel');
  for (const k of knowledgeCards) {
    add(`card ${k.id}.title`, k.title, 'knowledgeTitle');
    add(`card ${k.id}.body`, k.body, 'knowledgeCard');
  }
  for (const s of subjects) add(`subject ${s.id}.name`, s.name);
  for (const r of referralRoles) {
    add(`referral ${r.id}.role`, r.role);
    add(`referral ${r.id}.when`, r.when, 'referralWhen');
  }
  for (const s of publicServices) add(`service ${s.id}.when`, s.when, 'referralWhen');
  return out;
}

describe('guardrails on the labelled set written before the rules on meaning', () => {
  /** Any finding (refuse or warn) counts as caught or flagged, as with the first linter. */
  const found = (text: string) => judgeText(text, 'nl').length > 0;

  it('finds at least 90 % of the unacceptable, flags at most 5 % of the acceptable', () => {
    const missed = UNACCEPTABLE.filter((text) => !found(text));
    const flagged = ACCEPTABLE.filter(found);
    expect(UNACCEPTABLE.length).toBeGreaterThanOrEqual(80);
    expect(ACCEPTABLE.length).toBeGreaterThanOrEqual(80);
    expect(1 - missed.length / UNACCEPTABLE.length, `missed: ${missed.join(' | ')}`).toBeGreaterThanOrEqual(0.9);
    expect(flagged.length / ACCEPTABLE.length, `flagged: ${flagged.join(' | ')}`).toBeLessThanOrEqual(0.05);
  });
});

describe('the shipped library', () => {
  it('parses every prompt with the schema (a broken prompt fails CI)', () => {
    for (const p of library) {
      const r = promptSchema.safeParse(p);
      expect(r.success, `${p.id}: ${r.success ? '' : r.error.message}`).toBe(true);
    }
  });

  it('parses subjects, moments, knowledge cards and referral defaults', () => {
    for (const s of subjects) expect(subjectSchema.safeParse(s).success, s.id).toBe(true);
    for (const m of momentTypes) expect(momentTypeSchema.safeParse(m).success, m.id).toBe(true);
    for (const k of knowledgeCards) expect(knowledgeCardSchema.safeParse(k).success, k.id).toBe(true);
    for (const r of referralRoles) expect(referralRoleSchema.safeParse(r).success, r.id).toBe(true);
    for (const s of publicServices) expect(publicServiceSchema.safeParse(s).success, s.id).toBe(true);
    for (const r of referralRules) expect(referralRuleSchema.safeParse(r).success).toBe(true);
  });

  it('has unique ids in every collection', () => {
    for (const ids of [
      library.map((p) => p.id),
      subjects.map((s) => s.id),
      momentTypes.map((m) => m.id),
      knowledgeCards.map((k) => k.id),
      [...referralRoles.map((r) => r.id), ...publicServices.map((s) => s.id)],
    ]) {
      const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(dupes).toEqual([]);
    }
  });

  it('references only subjects that exist, and every subject alias resolves to its subject', () => {
    const known = new Set(subjects.map((s) => s.id));
    const missing = library.flatMap((p) => (p.subjects ?? []).filter((s) => !known.has(s)).map((s) => `${p.id} → ${s}`));
    expect(missing).toEqual([]);
    for (const s of subjects) for (const a of s.aliases) expect(subjectIdFor(a, subjects), `${s.id}: ${a}`).toBe(s.id);
  });

  it('has a source and a why on every prompt, and English where Dutch is given', () => {
    for (const p of library) {
      expect(p.source.length, p.id).toBeGreaterThan(2);
      expect(p.why.nl.length, p.id).toBeGreaterThan(2);
      expect(p.text.en, p.id).toBeTruthy();
      expect(p.why.en, p.id).toBeTruthy();
    }
  });

  it('puts the steps only on gesprek prompts where they make sense, and season windows are real dates', () => {
    for (const p of library) {
      if (p.family === 'gesprek') expect(p.steps?.length, p.id).toBeGreaterThan(0);
      if (p.season) {
        for (const md of [p.season.from, p.season.to]) {
          const [m, d] = md.split('-').map(Number) as [number, number];
          expect(d, `${p.id} ${md}`).toBeLessThanOrEqual(new Date(2024, m, 0).getDate());
        }
      }
    }
  });

  it('passes the guardrails of lob-content.md §5 in every text (nl and en): no refusal and no warning', () => {
    const problems = allTexts().flatMap(({ where, lang, text, kind }) =>
      judgeText(text, lang, kind ? { kind } : {}).map((f) => `${where} [${lang}] ${f.level} ${f.rule}: "${f.match}"`),
    );
    expect(problems).toEqual([]);
  });
});

/** Verbs that open a yes/no question in Dutch ("Heb je …?", "Zou je …?", "Herken je dat?"). */
const CLOSED_OPENERS = new Set(
  (
    'is ben bent heb hebt heeft zou zouden wil wilt willen kun kunt kan kunnen weet weten vind vindt zie ziet ken kent ' +
    'past passen wordt word moet moeten mag mogen doe doet ga gaat gaan sta staat voel voelt herken herkent speelt ' +
    'spreekt lijkt denk merk sluit zijn was waren had deed durf krijg helpt klopt zit hoor houd hou blijf leer werk ' +
    'gebruik maak wist snap begrijp'
  ).split(' '),
);

/** The last sentence ending in "?" of a Dutch text. */
function finalQuestion(text: string): string {
  const questions = text.match(/[^.?!]*\?/g) ?? [];
  return (questions.at(-1) ?? '').trim().replace(/^[("'‘“]+/, '');
}

describe('student questions are open (issue 14, lob-content.md §2 and §5)', () => {
  const studentPrompts = library.filter((p) => audienceOf(p) === 'student');

  it('finds the final question and its first word', () => {
    expect(finalQuestion('Mooi. Wat ging goed? Herken je dat?')).toBe('Herken je dat?');
    expect(finalQuestion('Wat ging goed, denk je?')).toBe('Wat ging goed, denk je?');
  });

  it('no student question ends in a closed (yes/no) question', () => {
    const closed = studentPrompts
      .filter((p) => CLOSED_OPENERS.has((finalQuestion(p.text.nl).split(/\s+/)[0] ?? '').toLowerCase()))
      .map((p) => `${p.id}: ${p.text.nl}`);
    expect(closed).toEqual([]);
  });

  it('every student question asks something, and none ends in a lecture ("Wist je dat?")', () => {
    const lectures = studentPrompts
      .filter((p) => !p.text.nl.includes('?') || /wist je dat|did you know/i.test(`${p.text.nl} ${p.text.en ?? ''}`))
      .map((p) => `${p.id}: ${p.text.nl}`);
    expect(lectures).toEqual([]);
  });

  it('reads no trait off a grade and keeps the next test out of the question', () => {
    const bad = studentPrompts
      .filter((p) => /herken je (dat|dit)|je bent (zorgzaam|slim|goed)|volgende toets|je hebt gevoel voor/i.test(p.text.nl))
      .map((p) => `${p.id}: ${p.text.nl}`);
    expect(bad).toEqual([]);
  });
});

describe('coverage (what a LOB-coördinator sees in content:stats)', () => {
  const stats = contentStats();

  it('has at least 250 prompts and 24 subjects', () => {
    expect(stats.prompts).toBeGreaterThanOrEqual(250);
    expect(stats.subjects).toBeGreaterThanOrEqual(24);
  });

  it('has at least 3 vakdocent prompts for every subject', () => {
    for (const s of subjects) {
      const n = library.filter((p) => p.family === 'vakdocent' && p.subjects?.includes(s.id)).length;
      expect(n, s.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('knows the vmbo profielvakken, the klassieke talen and Spaans by their usual names (issue 14)', () => {
    for (const [alias, id] of [
      ['bwi', 'bwi'],
      ['pie', 'pie'],
      ['mat', 'mat'],
      ['mvi', 'mvi'],
      ['maritiem en techniek', 'maritiem-en-techniek'],
      ['d&p', 'dp'],
      ['dp', 'dp'],
      ['hbr', 'hbr'],
      ['z&w', 'zorg-en-welzijn'],
      ['e&o', 'economie-en-ondernemen'],
      ['groen', 'groen'],
      ['keuzevak', 'keuzevak-vmbo'],
      ['la', 'latijn'],
      ['lat', 'latijn'],
      ['latijn', 'latijn'],
      ['gr', 'grieks'],
      ['grieks', 'grieks'],
      ['sp', 'spaans'],
      ['spa', 'spaans'],
      ['spaans', 'spaans'],
      ['mens en natuur', 'mens-en-natuur'],
      ['mens en maatschappij', 'mens-en-maatschappij'],
      ['techniek onderbouw', 'onderzoeken-en-ontwerpen'],
      ['beeldende vorming', 'tekenen'],
    ] as const)
      expect(subjectIdFor(alias, subjects), alias).toBe(id);
  });

  it('has at least 30 prompts per competence', () => {
    for (const c of COMPETENCES) expect(stats.perCompetence[c], c).toBeGreaterThanOrEqual(30);
  });

  it('covers every school type', () => {
    for (const t of SCHOOL_TYPES) expect(stats.perSchoolType[t], t).toBeGreaterThanOrEqual(30);
  });

  it('has a gesprek prompt for every step × competence', () => {
    const gesprek = library.filter((p) => p.family === 'gesprek');
    for (const step of STEPS)
      for (const c of COMPETENCES)
        expect(
          gesprek.some((p) => p.steps?.includes(step) && p.competences.includes(c)),
          `${step} × ${c}`,
        ).toBe(true);
  });

  it('has keuzemomenten for vmbo, havo, vwo, mbo and hbo', () => {
    for (const t of SCHOOL_TYPES) {
      const n = library.filter((p) => p.family === 'keuzemoment' && p.schoolTypes.includes(t)).length;
      expect(n, t).toBeGreaterThanOrEqual(2);
    }
  });

  it('contact-first questions (a result unlike the student’s own) tag no competence, so logging one does not tilt the lens', () => {
    const contactFirst = library.filter(
      (p) =>
        p.triggers?.length === 1 &&
        p.triggers[0] === 'belowUsual' &&
        /^(Dit|Deze|Ik) .*anders|Hoe (was|ging|gaat) /.test(p.text.nl),
    );
    expect(contactFirst.length).toBeGreaterThan(40);
    expect(contactFirst.filter((p) => p.competences.length > 0).map((p) => p.id)).toEqual([]);
  });

  it('shows a cue in every school type, in any vak, and a question of its own for every subject taught there', () => {
    for (const [group, cue] of Object.entries(stats.cuePerGroup)) {
      expect(cue.cueInAnyVak, group).toBe(true);
      expect(cue.covered, group).toBe(cue.subjects);
    }
    expect(stats.cueGaps).toEqual([]);
  });

  it('counts consistently in content:stats', () => {
    expect(Object.values(stats.perFamily).reduce((a, b) => a + b, 0)).toBe(stats.prompts);
    expect(stats.knowledgeCards).toBe(knowledgeCards.length);
    expect(stats.knowledgeCards).toBeGreaterThanOrEqual(4);
    expect(Object.keys(stats.perSubject)).toEqual(subjects.map((s) => s.id));
  });
});
