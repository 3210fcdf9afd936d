/**
 * Patterns from a school's policy run on every page change: one with catastrophic backtracking
 * (`^/(a+)+$` takes ~200 ms on 24 characters and doubles with every two more) would freeze the
 * teacher's page. A pattern is refused when a repeated group itself contains a repetition
 * (`(a+)+`, `(\w*)*`, `(x{2,})+`) or when it uses a backreference; the input is capped too.
 */

/** The longest text a profile pattern is run on (an address, a cell id). */
export const PATTERN_INPUT_MAX = 2048;

/** A group (…) that contains + * or {n,} and is itself followed by + * or {n,}. */
const NESTED = /\((?:[^()\\]|\\.)*(?:[+*]|\{\d+,\d*\})(?:[^()\\]|\\.)*\)(?:[+*]|\{\d+,\d*\})/;
const BACKREFERENCE = /\\[1-9]|\\k</;

export function isSafePattern(source: string): boolean {
  if (source.length > 300) return false;
  if (NESTED.test(source) || BACKREFERENCE.test(source)) return false;
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

export const UNSAFE_PATTERN_MESSAGE =
  'onveilig patroon (geneste herhaling of terugverwijzing) / unsafe pattern (nested repetition or backreference)';
