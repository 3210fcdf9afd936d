import { first } from './text';
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

/** Conditions that rules share. */
export const isStatement = (s: Sentence): boolean => !s.question;
