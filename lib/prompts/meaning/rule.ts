import { first, statedClauses } from './text';
import type { Bilingual, FindingKind, Level, Rule, Sentence } from './types';

/**
 * Builds a rule from the structures it looks for: `patterns` on the folded sentence, counted only
 * when `when` holds for the sentence (a question to the student, a statement, …).
 */
export function patternRule(meta: {
  id: string;
  kind: FindingKind;
  level?: Level;
  reason: Bilingual;
  rewrite: Bilingual;
  patterns: readonly RegExp[];
  when?: (sentence: Sentence, text: readonly Sentence[]) => boolean;
}): Rule {
  const { patterns, when, level = 'refuse', ...rest } = meta;
  return {
    ...rest,
    level,
    test: (sentence, text) => (when && !when(sentence, text) ? undefined : first(sentence.folded, patterns)),
  };
}

/**
 * A rule judged on what a sentence states: the sentence when it is a statement, else the clauses a
 * question states before it asks (`statedClauses`). `skip` leaves out a part (a case, a part that asks).
 */
export function statedRule(
  meta: { id: string; kind: FindingKind; reason: Bilingual; rewrite: Bilingual; patterns: readonly RegExp[] },
  skip: (part: Sentence) => boolean,
): Rule {
  const { patterns, ...rest } = meta;
  return {
    ...rest,
    level: 'refuse',
    test: (sentence) => {
      for (const part of sentence.question ? statedClauses(sentence) : [sentence]) {
        const match = skip(part) ? undefined : first(part.folded, patterns);
        if (match !== undefined) return match;
      }
      return undefined;
    },
  };
}

/** Conditions that rules share. */
export const isStatement = (s: Sentence): boolean => !s.question;
