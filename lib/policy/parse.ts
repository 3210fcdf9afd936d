import { isUnsafeKey } from '../core/safe-keys';
import { z } from '../core/zod';
import { judgePrompt } from '../prompts/guardrails';
import { COMPETENCES, type Competence, type Prompt } from '../prompts/schema';
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

export const MAX_PROBLEMS = 100;
const MAX_ISSUES_PER_VALUE = 3;

type Record_ = Record<string, unknown>;

function isRecord(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A key as the admin wrote it, made safe to show: printable, short. */
function safeKey(key: string): string {
  const printable = key.replace(/[^\p{L}\p{N}_\-$]/gu, '?');
  return printable.length > 60 ? `${printable.slice(0, 57)}...` : printable || '?';
}

function joinPath(base: string, path: readonly PropertyKey[]): string {
  let out = base;
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? safeKey(String(part)) : `.${safeKey(String(part))}`;
  }
  return out;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'lijst';
  if (typeof value === 'object') return 'object';
  if (typeof value === 'string') return 'tekst';
  if (typeof value === 'number') return 'getal';
  if (typeof value === 'boolean') return 'ja/nee';
  return typeof value;
}

const EXPECTED: Record<string, string> = {
  string: 'tekst',
  number: 'getal',
  int: 'geheel getal',
  boolean: 'true of false',
  object: 'object',
  array: 'lijst',
};

function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `onbekende sleutel(s): ${issue.keys.slice(0, 5).map(safeKey).join(', ')}`;
    case 'invalid_type':
      return `verwacht ${EXPECTED[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return issue.origin === 'array' ? `minstens ${String(issue.minimum)} item(s)` : issue.message;
    case 'too_big':
      return issue.origin === 'array' ? `hoogstens ${String(issue.maximum)} items` : issue.message;
    case 'invalid_value':
      return `toegestaan: ${issue.values
        .slice(0, 8)
        .map((v) => String(v))
        .join(', ')}`;
    default:
      return issue.message;
  }
}

class Collector {
  readonly problems: PolicyProblem[] = [];
  private dropped = 0;

  add(key: string, message: string): void {
    this.addProblem({ key: key || '(beleid)', message: message.slice(0, 200) });
  }

  addProblem(problem: PolicyProblem): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(problem);
    else this.dropped++;
  }

  addZod(base: string, error: z.ZodError): void {
    const paths = new Set<string>();
    for (const issue of error.issues) {
      const path = joinPath(base, issue.path);
      if (paths.has(path)) continue; // one reason per path is enough
      paths.add(path);
      this.add(path, issueMessage(issue));
      if (paths.size >= MAX_ISSUES_PER_VALUE) break;
    }
  }

  finish(): PolicyProblem[] {
    if (this.dropped > 0) this.problems.push({ key: '(beleid)', message: `en nog ${this.dropped} probleem/problemen` });
    return this.problems;
  }
}

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

/** safeParse that also survives hostile inputs (throwing getters, proxies). */
function check<T>(schema: z.ZodType<T>, value: unknown, key: string, out: Collector): T | undefined {
  try {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    out.addZod(key, result.error);
  } catch {
    out.add(key, 'onleesbare waarde');
  }
  return undefined;
}

function ownEntries(value: Record_): [string, unknown][] {
  return Object.keys(value).map((k) => {
    try {
      return [k, value[k]];
    } catch {
      return [k, undefined];
    }
  });
}

/** An object whose known fields are validated one by one; unknown fields are reported and dropped. */
function fields<K extends string, T>(
  value: unknown,
  key: string,
  known: readonly K[],
  schemaFor: (field: K) => z.ZodType<T>,
  out: Collector,
): Partial<Record<K, T>> | undefined {
  if (!isRecord(value)) {
    out.add(key, `verwacht een object, kreeg ${describeType(value)}`);
    return undefined;
  }
  const result: Partial<Record<K, T>> = {};
  for (const [field, fieldValue] of ownEntries(value)) {
    const path = `${key}.${safeKey(field)}`;
    if (!(known as readonly string[]).includes(field)) {
      out.add(path, 'onbekende sleutel, genegeerd');
      continue;
    }
    const parsed = check(schemaFor(field as K), fieldValue, path, out);
    if (parsed !== undefined) result[field as K] = parsed;
  }
  return result;
}

/** A list validated item by item; items beyond `max` are dropped with one problem. */
function list<T>(
  value: unknown,
  key: string,
  max: number,
  parseItem: (item: unknown, path: string) => T | undefined,
  out: Collector,
): T[] | undefined {
  if (!Array.isArray(value)) {
    out.add(key, `verwacht een lijst, kreeg ${describeType(value)}`);
    return undefined;
  }
  if (value.length > max) out.add(key, `hoogstens ${max} items; de rest is genegeerd`);
  const result: T[] = [];
  const length = Math.min(value.length, max);
  for (let i = 0; i < length; i++) {
    let item: unknown;
    try {
      item = value[i];
    } catch {
      out.add(`${key}[${i}]`, 'onleesbare waarde');
      continue;
    }
    const parsed = parseItem(item, `${key}[${i}]`);
    if (parsed !== undefined) result.push(parsed);
  }
  return result;
}

function unique<T>(idOf: (item: T) => string, what: string, out: Collector) {
  const seen = new Set<string>();
  return (item: T | undefined, path: string): T | undefined => {
    if (item === undefined) return undefined;
    const id = idOf(item);
    if (seen.has(id)) {
      out.add(path, `dubbele ${what}, genegeerd`);
      return undefined;
    }
    seen.add(id);
    return item;
  };
}

/** Deep copy of plain JSON data, dropping prototype-polluting keys; throws when too deep or too big. */
function cloneJson(value: unknown, depth: number, budget: { nodes: number }): unknown {
  if (--budget.nodes < 0) throw new Error('te groot');
  if (depth > 20) throw new Error('te diep genest');
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('ongeldig getal');
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => cloneJson(v, depth + 1, budget));
  if (isRecord(value)) {
    const out: Record_ = {};
    for (const [k, v] of ownEntries(value)) if (!isUnsafeKey(k) && v !== undefined) out[k] = cloneJson(v, depth + 1, budget);
    return out;
  }
  throw new Error(`geen JSON-waarde (${typeof value})`);
}

/**
 * A host-profile patch: an object, or (because Chrome's policy schema cannot describe free-form
 * objects) the same object written as a JSON string. Validated later by lib/hosts/patch.ts.
 */
function hostProfilePatch(item: unknown, path: string, out: Collector): unknown {
  let value = item;
  if (typeof item === 'string') {
    if (item.length > LIMITS.hostProfileChars) {
      out.add(path, `hoogstens ${LIMITS.hostProfileChars} tekens`);
      return undefined;
    }
    try {
      value = JSON.parse(item);
    } catch {
      out.add(path, 'geen geldige JSON');
      return undefined;
    }
  }
  if (!isRecord(value)) {
    out.add(path, `verwacht een object (of JSON-tekst van een object), kreeg ${describeType(value)}`);
    return undefined;
  }
  try {
    const clone = cloneJson(value, 0, { nodes: 5000 }) as Record_;
    if (JSON.stringify(clone).length > LIMITS.hostProfileChars) throw new Error(`hoogstens ${LIMITS.hostProfileChars} tekens`);
    if (typeof clone.id !== 'string' || clone.id === '')
      out.add(`${path}.id`, 'ontbreekt; de patch wordt waarschijnlijk genegeerd');
    return clone;
  } catch (error) {
    out.add(path, error instanceof Error ? error.message : 'onleesbare waarde');
    return undefined;
  }
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
  hostProfiles: (v, k, out) => list<unknown>(v, k, LIMITS.hostProfiles, (item, path) => hostProfilePatch(item, path, out), out),
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
