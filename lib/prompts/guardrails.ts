import { type Finding, judgeSentences, type Lang } from './meaning';

/**
 * The guardrails of lob-content.md §5: every prompt, reason, moment label, knowledge card and
 * referral "when" text passes them (tests/unit/prompts-library.test.ts), and a school's own prompts
 * from policy are judged by them at run time (lib/policy/parse.ts).
 *
 * The rules judge meaning, not single words (./meaning): who is addressed, what is asked about,
 * comparisons, labels, care topics, tick-box checks, deadlines with a threat and verdicts. Each
 * finding has a level: `refuse` (never shown to a student) or `warn` (shown, with the reason in the
 * diagnostics), a reason in Dutch and English, and a rewrite pattern.
 */

export { type Finding, fold, type Lang } from './meaning';

/** Length limits per kind of text (characters). */
const LIMITS = {
  prompt: 170,
  why: 150,
  knowledgeCard: 1400,
  knowledgeTitle: 80,
  momentLabel: 60,
  referralWhen: 220,
} as const;
export type TextKind = keyof typeof LIMITS;

function tooLong(text: string, lang: Lang, field: string, max: number): Finding {
  return {
    rule: 'form-length',
    kind: 'length',
    level: 'warn',
    lang,
    field,
    reason: {
      nl: `Te lang: ${text.length} tekens, de grens is ${max} (een vraag past in twee regels).`,
      en: `Too long: ${text.length} characters, the limit is ${max} (a question fits in two lines).`,
    },
    rewrite: { nl: 'Maak de tekst korter: één vraag, één gedachte.', en: 'Make it shorter: one question, one thought.' },
    match: `${text.length} > ${max}`,
  };
}

/**
 * Judge one text. `kind` adds the length limit for that kind of text (`max` overrides it) and names
 * the field of the findings. Never throws; an empty list means the text is fine.
 */
export function judgeText(text: string, lang: Lang, options: { kind?: TextKind; max?: number; field?: string } = {}): Finding[] {
  if (typeof text !== 'string') return [];
  const field = options.field ?? options.kind ?? 'text';
  const findings = judgeSentences(text, lang, field);
  const max = options.max ?? (options.kind ? LIMITS[options.kind] : undefined);
  if (max !== undefined && text.length > max) findings.push(tooLong(text, lang, field, max));
  return findings;
}

/** Judge a whole prompt: its question and its reason, Dutch and English. */
export function judgePrompt(prompt: { text: { nl: string; en?: string }; why: { nl: string; en?: string } }): Finding[] {
  const findings: Finding[] = [];
  for (const [field, kind, value] of [
    ['text', 'prompt', prompt.text],
    ['why', 'why', prompt.why],
  ] as const) {
    for (const lang of ['nl', 'en'] as const) {
      const text = value[lang];
      if (text !== undefined) findings.push(...judgeText(text, lang, { kind, field }));
    }
  }
  return findings;
}

/** The findings that keep a text from a student. */
export const refusals = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.level === 'refuse');
