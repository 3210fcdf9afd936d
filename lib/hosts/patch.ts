import { isUnsafeKey } from '../core/safe-keys';
import type { z } from '../core/zod';
import { type HostProfile, hostProfileSchema } from './schema';

/**
 * School corrections of the shipped host profiles (through policy), without a new release.
 * A patch `{ id, …partial profile }` deep-merges into the profile with that id: objects merge,
 * arrays and values replace, `null` removes an optional key. A patch with a new id must be a
 * complete profile. Every result is validated with `hostProfileSchema`; a bad patch is skipped
 * with a bilingual error for diagnostics. Never throws; never mutates its inputs.
 */
export interface PatchResult {
  profiles: HostProfile[];
  errors: string[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function deepMerge(base: unknown, patch: unknown, depth = 0): unknown {
  if (depth > 20) throw new Error('patch too deep');
  if (!isPlainObject(patch)) return patch;
  const out: Record<string, unknown> = isPlainObject(base) ? { ...base } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (isUnsafeKey(key)) continue;
    if (value === undefined) continue;
    if (value === null) {
      delete out[key];
      continue;
    }
    out[key] = deepMerge(out[key], value, depth + 1);
  }
  return out;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(profiel)'}: ${issue.message}`)
    .join('; ');
}

function label(index: number, id: unknown): string {
  return `Profielpatch ${index + 1}${typeof id === 'string' ? ` (${id.slice(0, 64)})` : ''}`;
}

export function applyProfilePatches(shipped: readonly HostProfile[], patches: unknown): PatchResult {
  const profiles = [...shipped];
  const errors: string[] = [];
  if (patches === undefined || patches === null) return { profiles, errors };
  const list: unknown[] = Array.isArray(patches) ? patches : [patches];
  list.forEach((patch, index) => {
    try {
      if (!isPlainObject(patch) || typeof patch.id !== 'string' || patch.id === '') {
        errors.push(
          `${label(index, undefined)} genegeerd: geen object met een "id" / patch ${index + 1} ignored: not an object with an "id"`,
        );
        return;
      }
      const at = profiles.findIndex((p) => p.id === patch.id);
      const merged = at >= 0 ? deepMerge(profiles[at], patch) : deepMerge({}, patch);
      const parsed = hostProfileSchema.safeParse(merged);
      if (!parsed.success) {
        const issues = describeIssues(parsed.error);
        errors.push(
          at >= 0
            ? `${label(index, patch.id)} genegeerd: ongeldig na samenvoegen / ignored: invalid after merge — ${issues}`
            : `${label(index, patch.id)} genegeerd: nieuw profiel is niet compleet / ignored: new profile is incomplete — ${issues}`,
        );
        return;
      }
      const invalidRoutes = Object.entries(parsed.data.pages).flatMap(([type, page]) => {
        try {
          new RegExp(page?.route ?? '');
          return [];
        } catch {
          return [type];
        }
      });
      if (invalidRoutes.length > 0) {
        errors.push(
          `${label(index, patch.id)} genegeerd: ongeldige route (reguliere expressie) bij ${invalidRoutes.join(', ')} / ignored: invalid route regex for ${invalidRoutes.join(', ')}`,
        );
        return;
      }
      if (at >= 0) profiles[at] = parsed.data;
      else profiles.push(parsed.data);
    } catch (error) {
      errors.push(
        `${label(index, undefined)} genegeerd: ${error instanceof Error ? error.message : 'onbekende fout'} / patch ${index + 1} ignored`,
      );
    }
  });
  return { profiles, errors };
}
