import { z } from '../core/zod';
import type { Finding } from '../prompts/guardrails';

/**
 * One thing the policy got wrong. `key` is a path such as `referrals[2].contact`; never a value of
 * the school's data. A school's own prompt judged by the guardrails (lib/prompts/guardrails.ts) adds
 * what the options page and `npm run policy:check` list: the level (refused: dropped; warned: kept),
 * the kind of harm, the rule, the sentence the school wrote, the reason and a rewrite pattern (nl + en).
 */
const bilingualSchema = z.object({ nl: z.string().max(400), en: z.string().max(400) });

export const policyProblemSchema = z.object({
  key: z.string().max(200),
  message: z.string().max(400),
  level: z.enum(['refuse', 'warn']).optional(),
  kind: z.string().max(40).optional(),
  rule: z.string().max(60).optional(),
  text: z.string().max(200).optional(),
  reason: bilingualSchema.optional(),
  rewrite: bilingualSchema.optional(),
});
export type PolicyProblem = z.infer<typeof policyProblemSchema>;

/** The problems of a stored or received list that have the right shape; anything else is left out. Never throws. */
export function validProblems(raw: unknown): PolicyProblem[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const parsed = policyProblemSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** A guardrail finding on a school's prompt as a problem: `key` is the prompt's path, `text` the judged sentence. */
export function languageProblem(key: string, finding: Finding, text: string): PolicyProblem {
  const verb = finding.level === 'refuse' ? 'geweigerd door de taalregels' : 'waarschuwing van de taalregels';
  return {
    key: `${key}.${finding.field}.${finding.lang}`,
    message: `${verb} (${finding.kind}): ${finding.reason.nl}`.slice(0, 400),
    level: finding.level,
    kind: finding.kind,
    rule: finding.rule,
    text: text.slice(0, 200),
    reason: finding.reason,
    rewrite: finding.rewrite,
  };
}
