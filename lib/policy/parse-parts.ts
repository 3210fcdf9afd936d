import { isUnsafeKey } from '../core/safe-keys';
import type { z } from '../core/zod';
import { LIMITS, type PolicyProblem } from './schema';

/**
 * The parts a policy value is read with (./parse.ts): a collector of problems (a path and a reason,
 * never the value), item-by-item lists, known-field objects, hostile-input-safe schema checks and the
 * host-profile patch. Kept apart from the guardrails, so that reading the teacher's own host-profile
 * patches (./host-profiles-parse.ts) does not load them.
 */

export const MAX_PROBLEMS = 100;
const MAX_ISSUES_PER_VALUE = 3;

export type Record_ = Record<string, unknown>;

export function isRecord(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A key as the admin wrote it, made safe to show: printable, short. */
export function safeKey(key: string): string {
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

export function describeType(value: unknown): string {
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

export class Collector {
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

/** safeParse that also survives hostile inputs (throwing getters, proxies). */
export function check<T>(schema: z.ZodType<T>, value: unknown, key: string, out: Collector): T | undefined {
  try {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    out.addZod(key, result.error);
  } catch {
    out.add(key, 'onleesbare waarde');
  }
  return undefined;
}

export function ownEntries(value: Record_): [string, unknown][] {
  return Object.keys(value).map((k) => {
    try {
      return [k, value[k]];
    } catch {
      return [k, undefined];
    }
  });
}

/** An object whose known fields are validated one by one; unknown fields are reported and dropped. */
export function fields<K extends string, T>(
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
export function list<T>(
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

export function unique<T>(idOf: (item: T) => string, what: string, out: Collector) {
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

/** The `hostProfiles` key: a list of host-profile patches, each read by hostProfilePatch. */
export function hostProfilePatches(value: unknown, key: string, out: Collector): unknown[] | undefined {
  return list<unknown>(value, key, LIMITS.hostProfiles, (item, path) => hostProfilePatch(item, path, out), out);
}
