import { z } from '../core/zod';
import { judgePrompt } from '../prompts/guardrails';
import { COMPETENCES, type Competence, type Prompt } from '../prompts/schema';
import {
  Collector,
  check,
  describeType,
  fields,
  hostProfilePatches,
  isRecord,
  list,
  ownEntries,
  type Record_,
  safeKey,
  unique,
} from './parse-parts';
import {
  absenceThresholdSchema,
  type Campaign,
  COMPETENCE_TEXT_KEYS,
  type CompetenceText,
  type CompetenceTextKey,
  calendarSchema,
  campaignSchema,
  competenceTextSchemas,
  type DirectoryEntry,
  directoryEntrySchema,
  extraHostSchema,
  FEATURE_KEYS,
  type FeatureKey,
  handoverPolicySchema,
  LIMITS,
  languageProblem,
  languageSchema,
  POLICY_KEYS,
  type Policy,
  type PolicyKey,
  type PolicyProblem,
  promptIdSchema,
  retentionDaysSchema,
  schoolNameSchema,
  schoolPromptSchema,
  schoolStorySchema,
  VOCABULARY_KEYS,
  type VocabularyKey,
  vocabularyWordSchema,
} from './schema';

/**
 * Validates a raw managed policy KEY BY KEY and, inside lists, ITEM BY ITEM: whatever is wrong is
 * dropped and reported as `{ key: 'referrals[2].contact', message }` (a path and a reason, never
 * the value, so no personal data ends up in diagnostics); whatever is right survives. Never throws.
 */
export interface ParsedPolicy {
  policy: Partial<Policy>;
  problems: PolicyProblem[];
}

export { MAX_PROBLEMS } from './parse-parts';

/**
 * A school's own prompt passes the same guardrails as the library (lob-content.md §5): a prompt with
 * a refusal is dropped, a prompt with only warnings is kept; each finding is reported with its level,
 * kind, sentence, reason and rewrite pattern.
 */
function guarded(prompt: Prompt | undefined, key: string, out: Collector): Prompt | undefined {
  if (!prompt) return undefined;
  const findings = judgePrompt(prompt);
  for (const finding of findings) {
    const text = finding.field === 'why' ? prompt.why : prompt.text;
    out.addProblem(languageProblem(key, finding, text[finding.lang] ?? ''));
  }
  return findings.some((f) => f.level === 'refuse') ? undefined : prompt;
}

const booleanSchema = z.boolean();

type Parser = (value: unknown, key: string, out: Collector) => unknown;

const parsers: Record<PolicyKey, Parser> = {
  schoolName: (v, k, out) => check(schoolNameSchema, v, k, out),
  schoolStory: (v, k, out) => check(schoolStorySchema, v, k, out),
  language: (v, k, out) => check(languageSchema, v, k, out),
  quietMode: (v, k, out) => check(booleanSchema, v, k, out),
  retentionDays: (v, k, out) => check(retentionDaysSchema, v, k, out),
  absenceThreshold: (v, k, out) => check(absenceThresholdSchema, v, k, out),
  handover: (v, k, out) => check(handoverPolicySchema, v, k, out),
  vocabulary: (v, k, out) => fields<VocabularyKey, string>(v, k, VOCABULARY_KEYS, () => vocabularyWordSchema, out),
  features: (v, k, out) => fields<FeatureKey, boolean>(v, k, FEATURE_KEYS, () => booleanSchema, out),
  competences: (v, k, out) => {
    if (!isRecord(v)) return void out.add(k, `verwacht een object, kreeg ${describeType(v)}`);
    const result: Partial<Record<Competence, Partial<CompetenceText>>> = {};
    for (const [id, texts] of ownEntries(v)) {
      const path = `${k}.${safeKey(id)}`;
      if (!(COMPETENCES as readonly string[]).includes(id)) {
        out.add(path, `onbekende competentie; gebruik ${COMPETENCES.join(', ')}`);
        continue;
      }
      const parsed = fields<CompetenceTextKey, string>(texts, path, COMPETENCE_TEXT_KEYS, (f) => competenceTextSchemas[f], out);
      if (parsed) result[id as Competence] = parsed;
    }
    return result;
  },
  referrals: (v, k, out) =>
    list<DirectoryEntry>(v, k, LIMITS.referrals, (item, path) => check(directoryEntrySchema, item, path, out), out),
  prompts: (v, k, out) => {
    const once = unique<Prompt>((p) => p.id, 'prompt-id', out);
    return list<Prompt>(
      v,
      k,
      LIMITS.prompts,
      (item, path) => once(guarded(check(schoolPromptSchema, item, path, out), path, out), path),
      out,
    );
  },
  disabledPrompts: (v, k, out) => {
    const once = unique<string>((id) => id, 'prompt-id', out);
    return list<string>(v, k, LIMITS.disabledPrompts, (item, path) => once(check(promptIdSchema, item, path, out), path), out);
  },
  campaigns: (v, k, out) => list<Campaign>(v, k, LIMITS.campaigns, (item, path) => check(campaignSchema, item, path, out), out),
  calendar: (v, k, out) => check(calendarSchema, v, k, out),
  extraHosts: (v, k, out) => {
    const once = unique<string>((h) => h, 'host', out);
    return list<string>(v, k, LIMITS.extraHosts, (item, path) => once(check(extraHostSchema, item, path, out), path), out);
  },
  hostProfiles: hostProfilePatches,
};

export function parsePolicy(raw: unknown): ParsedPolicy {
  const out = new Collector();
  const policy: Partial<Policy> = {};
  try {
    if (raw === undefined || raw === null) return { policy, problems: [] };
    if (!isRecord(raw)) {
      out.add('(beleid)', `verwacht een object met instellingen, kreeg ${describeType(raw)}`);
      return { policy, problems: out.finish() };
    }
    let unknown = 0;
    for (const [key, value] of ownEntries(raw)) {
      if (!(POLICY_KEYS as readonly string[]).includes(key)) {
        if (unknown++ < 20) out.add(safeKey(key), 'onbekende sleutel, genegeerd');
        continue;
      }
      const parsed = parsers[key as PolicyKey](value, key, out);
      if (parsed !== undefined) (policy as Record_)[key] = parsed;
    }
    if (unknown > 20) out.add('(beleid)', `en nog ${unknown - 20} onbekende sleutel(s)`);
  } catch {
    out.add('(beleid)', 'beleid kon niet worden gelezen');
  }
  return { policy, problems: out.finish() };
}
