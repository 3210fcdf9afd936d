import { CARE_RULES } from './care';
import { COMPARISON_RULES } from './comparison';
import { DEFICIT_RULES } from './deficit';
import { ENGLISH_RULES } from './english';
import { FORM_RULES } from './form';
import { GRADE_TOPIC_RULES, gradeOnlyTheOccasion } from './grade-topic';
import { LABELLING_RULES } from './labelling';
import { withLearned } from './learned';
import { LEARNED_MODEL } from './learned-weights';
import { PRESSURE_RULES } from './pressure';
import { sentences } from './text';
import { PERCENTAGE_RULE, TICK_BOX_RULES } from './tick-box';
import type { Finding, Lang, Rule } from './types';
import { VERDICT_RULES } from './verdict';

export { fold } from './text';
export type { Finding, Lang } from './types';

/**
 * The rules on meaning of lob-content.md §5, one module per kind of harm. `judgeSentences` runs the
 * rules of a language over every sentence of a text and returns one finding per rule (its first match).
 * A Dutch text no rule refuses is then judged whole by the learned backstop (./learned.ts): a refusal
 * or a warning when its probability of harm reaches the model's thresholds. Its guess "grade as the
 * topic" yields where the grade rules read every grade as only the occasion (./grade-occasion.ts).
 */

const RULES: Record<Lang, readonly Rule[]> = {
  nl: [
    ...DEFICIT_RULES,
    ...GRADE_TOPIC_RULES,
    ...COMPARISON_RULES,
    ...LABELLING_RULES,
    ...CARE_RULES,
    ...TICK_BOX_RULES,
    ...PRESSURE_RULES,
    ...VERDICT_RULES,
    ...FORM_RULES,
  ],
  en: [...ENGLISH_RULES, PERCENTAGE_RULE, ...FORM_RULES],
};

/** Judged texts: a policy is read again on every change and mostly holds the same texts. */
const memo = new Map<string, readonly Finding[]>();
const MEMO_SIZE = 2000;

export function judgeSentences(text: string, lang: Lang, field: string): Finding[] {
  const key = `${lang}\u0000${field}\u0000${text}`;
  const known = memo.get(key);
  if (known) return [...known];
  const judged = withLearned(judgeRules(text, lang, field), LEARNED_MODEL, text, lang, field).filter(
    (f) => f.rule !== 'learned-grade-topic' || !gradeOnlyTheOccasion(text),
  );
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(key, judged);
  return [...judged];
}

/** The rules alone, without the learned backstop (for training it and for measuring what it adds). */
export function judgeRules(text: string, lang: Lang, field: string): Finding[] {
  const all = sentences(text);
  const out: Finding[] = [];
  // One finding per kind and level: an administrator needs one reason for "comparison", not two.
  const found = new Set<string>();
  for (const rule of RULES[lang]) {
    if (found.has(`${rule.kind}\u0000${rule.level}`)) continue;
    for (const sentence of all) {
      const match = rule.test(sentence, all);
      if (match === undefined) continue;
      const { id, kind, level, reason, rewrite } = rule;
      out.push({ rule: id, kind, level, lang, field, reason, rewrite, match });
      found.add(`${kind}\u0000${level}`);
      break;
    }
  }
  return out;
}
