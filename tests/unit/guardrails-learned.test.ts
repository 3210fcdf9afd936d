import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeText, type Lang } from '../../lib/prompts/guardrails';
import { knowledgeCards } from '../../lib/prompts/library/knowledge';
import { momentTypes } from '../../lib/prompts/library/moments';
import { library } from '../../lib/prompts/library/shipped';
import { subjects } from '../../lib/prompts/library/subjects';
import { type Finding, judgeRules } from '../../lib/prompts/meaning';
import { HARM_KINDS, learnedFinding, withLearned } from '../../lib/prompts/meaning/learned';
import { LEARNED_MODEL } from '../../lib/prompts/meaning/learned-weights';
import { publicServices, referralRoles } from '../../lib/referrals/defaults';
import type { CvFigures } from './guardrails-figures';

/**
 * The learned backstop of the rules on meaning (lib/prompts/meaning/learned.ts), as wired into
 * judgeText: a Dutch text of six words or more that no rule refuses is refused when the model's
 * probability of harm reaches T_refuse and warned about when it reaches T_warn. Trained by
 * scripts/train-guardrails.ts on every labelled set except the eighth to tenth held-out sets; its
 * cross-validated figures are in ./guardrails-learned-cv.json (written by the same run). It also
 * reviews a rule's refusal of a prompt it judges whole: a warning below P(harm) `veto`, set aside below
 * `clear`. The blind figures are in ./guardrails-holdout8.test.ts to ./guardrails-holdout10.test.ts.
 */

const cv = JSON.parse(readFileSync(join(import.meta.dirname, 'guardrails-learned-cv.json'), 'utf8')) as {
  chosen: { refuse: number; warn: number };
  all: CvFigures;
  bySet: Record<string, CvFigures>;
};

const learned = (findings: readonly Finding[]) => findings.filter((f) => f.rule.startsWith('learned-'));

/** A finding as a rule would give it. */
const ruleFinding = (kind: Finding['kind'], level: Finding['level']): Finding => ({
  rule: 'x',
  kind,
  level,
  lang: 'nl',
  field: 'text',
  reason: { nl: 'r', en: 'r' },
  rewrite: { nl: 'r', en: 'r' },
  match: 'x',
});

/** Every text of the shipped content, Dutch and English (as tests/unit/prompts-library.test.ts collects them). */
function shipped(): { where: string; lang: Lang; text: string }[] {
  const out: { where: string; lang: Lang; text: string }[] = [];
  const add = (where: string, l: { nl: string; en?: string }) => {
    out.push({ where, lang: 'nl', text: l.nl });
    if (l.en) out.push({ where, lang: 'en', text: l.en });
  };
  for (const p of library) {
    add(`${p.id}.text`, p.text);
    add(`${p.id}.why`, p.why);
  }
  for (const m of momentTypes) add(`moment ${m.id}`, m.label);
  for (const k of knowledgeCards) {
    add(`card ${k.id}.title`, k.title);
    add(`card ${k.id}.body`, k.body);
  }
  for (const s of subjects) add(`subject ${s.id}.name`, s.name);
  for (const r of referralRoles) {
    add(`referral ${r.id}.role`, r.role);
    add(`referral ${r.id}.when`, r.when);
  }
  for (const s of publicServices) add(`service ${s.id}.when`, s.when);
  return out;
}

describe('the learned backstop of the guardrails', () => {
  it('ships the thresholds chosen by leave-one-set-out cross-validation: refuse from 0.879, warn from 0.623; rule refusals reviewed below 0.1 and 0.02', () => {
    // 0.76 / 0.684 before the training set (150 sound sentences, 44 of them statements) joined, 0.955 /
    // 0.855 after it; with the training corpus (2 683 sentences) and four-letter pieces of words the
    // model separates sound from harm better, and the same false-refusal budget allowed 0.837 / 0.641.
    // Corpus part M (sound sentences on the work itself: "thuis werken", "nachtdiensten"), hard for a
    // model that has not read it, raised the refusal threshold again, from 0.843 to 0.879.
    expect(LEARNED_MODEL).toMatchObject({ refuse: 0.879, warn: 0.623, veto: 0.1, clear: 0.02 });
    const { refuse, warn, veto, clear } = LEARNED_MODEL;
    expect(cv.chosen).toEqual({ refuse, warn, veto, clear });
  });

  it('out of fold (each labelled set left out in turn): 3 299 of 3 619 harmful refused (91.2 %), 34 of 2 994 sound refused (1.1 %) and 65 warned (2.2 %)', () => {
    const { all } = cv;
    // The model's own refusals of sound texts (beyond the rules') stay within the 0.4 % it is tuned to.
    expect(all.soundRefused - all.rulesAlone.soundRefused).toBeLessThanOrEqual(Math.floor(0.004 * all.sound));
    expect(all.soundRefused).toBeLessThanOrEqual(Math.floor(0.02 * all.sound));
    expect(all.soundWarned).toBeLessThanOrEqual(Math.floor(0.05 * all.sound));
    // The figures of the run that wrote the shipped weights. The rules were written on the older sets,
    // so their part of these figures is not out of fold there: in all they refuse 68 % alone, on the
    // corpus parts 44–69 % per part. Of the 95 sound texts the rules refuse, the model leaves 34
    // refused in all (its own refusals included). The blind figures are in
    // guardrails-holdout11.test.ts and -holdout12.test.ts.
    expect(all).toMatchObject({
      harmfulRefused: 3299,
      harmfulWarned: 180,
      harmful: 3619,
      soundRefused: 34,
      soundWarned: 65,
      sound: 2994,
      rulesAlone: { harmfulRefused: 2468, soundRefused: 95, soundWarned: 12 },
    });
    expect(cv.bySet.train).toMatchObject({ harmfulRefused: 114, harmful: 120, soundRefused: 1, sound: 150 });
  });

  it('neither refuses nor warns about any shipped text, Dutch or English', () => {
    const flagged = shipped().flatMap(({ where, lang, text }) => {
      const findings = [
        ...learned(judgeText(text, lang, { field: where })),
        ...(lang === 'nl' ? [learnedFinding(LEARNED_MODEL, text, where)].filter((f) => f !== undefined) : []),
      ];
      return findings.map((f) => `${where} [${lang}] ${f.level} ${f.rule}: "${f.match}"`);
    });
    expect(flagged).toEqual([]);
  });

  it('refuses at T_refuse and warns between T_warn and T_refuse, saying it judged the whole sentence and its likeliest kind, in Dutch and English', () => {
    const text = 'Jij bent gewoon niet het type voor een studie, dat zie ik meteen.';
    const [refused] = withLearned([], { ...LEARNED_MODEL, refuse: 0, warn: 0 }, text, 'nl', 'text');
    expect(HARM_KINDS as readonly string[]).toContain(refused?.kind);
    expect(refused?.rule).toBe(`learned-${refused?.kind}`);
    expect(refused?.level).toBe('refuse');
    expect(refused?.reason.nl).toMatch(/^Op de hele zin beoordeeld/);
    expect(refused?.reason.en).toMatch(/^Judged on the whole sentence/);
    for (const part of [refused?.rewrite.nl, refused?.rewrite.en]) expect(part?.length).toBeGreaterThan(20);
    const [warned] = withLearned([], { ...LEARNED_MODEL, refuse: 1.01, warn: 0 }, text, 'nl', 'text');
    expect(warned?.level).toBe('warn');
    expect(warned?.kind).toBe(refused?.kind);
    expect(warned?.reason.nl).toMatch(/kan dit lezen als/);
    expect(warned?.reason.en).toMatch(/may read it as/);
    expect(warned?.rewrite).toEqual(refused?.rewrite);
  });

  it('adds nothing to a rule refusal, nor a second warning of a kind a rule already warned about', () => {
    const text = 'Jij bent gewoon niet het type voor een studie, dat zie ik meteen.';
    const always = { ...LEARNED_MODEL, refuse: 0, warn: 0 };
    const [kind] = withLearned([], always, text, 'nl', 'text').map((f) => f.kind);
    const rule = (level: 'refuse' | 'warn') => ruleFinding(kind ?? 'deficit', level);
    expect(withLearned([rule('refuse')], { ...always, veto: 0 }, text, 'nl', 'text')).toEqual([rule('refuse')]);
    expect(withLearned([rule('warn')], { ...always, refuse: 1.01 }, text, 'nl', 'text')).toHaveLength(1);
    expect(withLearned([rule('warn')], always, text, 'nl', 'text').map((f) => f.level)).toEqual(['warn', 'refuse']);
  });

  it("turns a rule's refusal into a warning when the model finds the whole prompt plainly sound, and says why", () => {
    const text = 'Je zei zelf dat je plannen lastig vindt. Wat helpt jou om overzicht te houden?';
    const refusal = ruleFinding('deficit', 'refuse');
    const [kept] = withLearned([refusal], { ...LEARNED_MODEL, veto: 0 }, text, 'nl', 'text');
    expect(kept).toEqual(refusal);
    const [vetoed] = withLearned([refusal], { ...LEARNED_MODEL, veto: 1.01, clear: 0 }, text, 'nl', 'text');
    expect(vetoed?.level).toBe('warn');
    expect(vetoed?.rule).toBe(refusal.rule);
    expect(vetoed?.reason.nl).toMatch(/^r Alleen een waarschuwing: op de hele zin beoordeeld/);
    expect(vetoed?.reason.en).toMatch(/^r Only a warning: judged on the whole sentence/);
  });

  it('sets a rule refusal aside when the model is sure the whole prompt is sound, and keeps the other findings', () => {
    const text = 'Je zei zelf dat je plannen lastig vindt. Wat helpt jou om overzicht te houden?';
    const form = ruleFinding('exclamation', 'warn');
    const model = { ...LEARNED_MODEL, veto: 1.01, clear: 1.01 };
    expect(withLearned([ruleFinding('deficit', 'refuse'), form], model, text, 'nl', 'text')).toEqual([form]);
  });

  it('as docs/admin.md shows: a sound prompt a rule refuses for one word is only warned about, or passes', () => {
    const levels = (text: string) => judgeText(text, 'nl', { kind: 'prompt' }).map((f) => `${f.rule} ${f.level}`);
    const failed = 'Je zakte voor je theorie-examen en ging toch door. Hoe kreeg je dat voor elkaar?';
    const finished = 'Je hebt de module afgerond met een eigen filmpje. Wat vond je het leukst aan het maken ervan?';
    expect(levels(failed)).toEqual(['deficit-word warn']);
    expect(judgeRules(failed, 'nl', 'text').map((f) => f.level)).toEqual(['refuse']);
    expect(levels(finished)).toEqual([]);
    expect(judgeRules(finished, 'nl', 'text').map((f) => f.level)).toEqual(['refuse']);
  });

  it('keeps a rule refusal of a text it does not judge whole: fewer than six words, longer than a prompt, or English', () => {
    const always = { ...LEARNED_MODEL, veto: 1.01, clear: 1.01 };
    const refusal = ruleFinding('deficit', 'refuse');
    const long = `${'Je zei zelf dat je plannen lastig vindt. '.repeat(4)}Wat helpt?`;
    expect(long.length).toBeGreaterThan(170);
    for (const [text, lang] of [
      ['Je bent echt lui.', 'nl'],
      [long, 'nl'],
      ['You said yourself that planning is hard for you.', 'en'],
    ] as const)
      expect(withLearned([refusal], always, text, lang, 'text').map((f) => f.level)).toEqual(['refuse']);
  });

  it('leaves English texts to the rules, and does not judge a text of fewer than six words', () => {
    const always = { ...LEARNED_MODEL, refuse: 0, warn: 0 };
    expect(withLearned([], always, 'Jij bent gewoon niet het type voor een studie.', 'en', 'text')).toEqual([]);
    expect(withLearned([], always, 'Dit is belangrijk.', 'nl', 'text')).toEqual([]);
    expect(withLearned([], always, 'Jij bent niet het type.', 'nl', 'text')).toEqual([]);
    expect(withLearned([], always, 'Jij bent echt niet het type.', 'nl', 'text')).toHaveLength(1);
  });

  it('neither refuses nor warns about 40 short neutral statements (a weakness while few labelled sound texts were statements)', () => {
    // Written after "Dit is BELANGRIJK." was refused (P 0.90) and used to choose the six-word minimum,
    // so this is no blind figure. When only 6 of the 503 labelled sound texts were statements, the
    // model read a statement to the student as harm more easily: 8 of these 40 were refused before the
    // minimum, 4 after it. With the training set (44 sound statements) and the thresholds chosen again: 1
    // refused, and on the next training (with the fifth held-out set) 1 warned. With the training corpus
    // (tests/unit/guardrails-corpus.ts, about 1 150 more sound texts, half of them statements): none.
    const statements = [
      'Dit is belangrijk.',
      'Het HBO kiezen.',
      'Vertel over je stage.',
      'Denk na over je keuze.',
      'Succes met kiezen.',
      'Kijk eens goed rond.',
      'Dit is een goede vraag.',
      'Open dagen zijn belangrijk.',
      'De open dag is in maart.',
      'Bekijk de website van de opleiding.',
      'Praat erover met je mentor.',
      'Iedereen maakt wel eens fouten.',
      'Het is oké om te twijfelen.',
      'Jouw mening telt.',
      'Neem de tijd voor je keuze.',
      'Stages helpen bij het kiezen.',
      'Mbo is een prima route.',
      'Een stage duurt tien weken.',
      'Schrijf drie dingen op die je leuk vindt.',
      'Loop een dag mee op een werkplek.',
      'Deze vraag helpt bij het nadenken over je toekomst.',
      'Een open vraag geeft de leerling ruimte.',
      'Samen zoeken we uit wat bij je past.',
      'Je mag altijd van gedachten veranderen.',
      'Vraag een ouderejaars hoe het bevalt.',
      'De decaan helpt je graag verder.',
      'Kiezen is lastig, en dat is normaal.',
      'Noteer wat je opviel tijdens de open dag.',
      'Maak een lijstje met vragen voor de open dag.',
      'Fouten maken hoort bij leren.',
      'Er zijn veel wegen naar een beroep.',
      'In de bouw werk je vaak buiten.',
      'Zoek een opleiding die je nieuwsgierig maakt.',
      'Een goede stage leert je veel over jezelf.',
      'Neem je vragen mee naar het gesprek.',
      'Het gesprek gaat over jouw ideeën.',
      'Het portfolio laat zien wat je ontdekt hebt.',
      'Luister eerst, vraag dan door.',
      'Twijfel is een goed begin.',
      'Je hoeft nog niets te beslissen.',
    ];
    const byModel = statements.flatMap((text) => learned(judgeText(text, 'nl')).map((f) => `${f.level} ${text}`));
    expect(byModel).toEqual([]);
  });
});
