/**
 * The shapes of the meaning rules (lob-content.md §5): a rule judges one sentence and says what is
 * wrong with it, how bad that is and how to write it instead.
 */

export type Lang = 'nl' | 'en';

/** The eight kinds of harm of the meaning set, plus the form checks of §5. */
type HarmKind = 'deficit' | 'grade-topic' | 'comparison' | 'labelling' | 'care' | 'tick-box' | 'pressure' | 'verdict';
type FormKind = 'exclamation' | 'capitals' | 'length';
export type FindingKind = HarmKind | FormKind;

/** refuse = never shown to a student; warn = shown, with the reason in the diagnostics. */
export type Level = 'refuse' | 'warn';

export interface Bilingual {
  nl: string;
  en: string;
}

/** One sentence, prepared once for every rule. */
export interface Sentence {
  /** The sentence as written. */
  raw: string;
  /** Lower case, without diacritics, one space between words, curly quotes made straight. */
  folded: string;
  /** Ends with a question mark. */
  question: boolean;
}

/** One rule: `test` returns the matched words, or undefined when the sentence is fine. */
export interface Rule {
  id: string;
  kind: FindingKind;
  level: Level;
  reason: Bilingual;
  rewrite: Bilingual;
  /** The sentence and the whole text it is part of (some harm needs two sentences: a fact, then a question). */
  test: (sentence: Sentence, text: readonly Sentence[]) => string | undefined;
}

/** What a rule found in one text. */
export interface Finding {
  rule: string;
  kind: FindingKind;
  level: Level;
  lang: Lang;
  /** Which field of a prompt (text, why) or the kind of text that was judged. */
  field: string;
  reason: Bilingual;
  rewrite: Bilingual;
  /** The words that matched, as folded text. */
  match: string;
}
