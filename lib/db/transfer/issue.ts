import { type ImportPlace, type InvalidReason, PLAIN_INVALID_REASONS, type PlainInvalidReason } from '../../core/import-problem';
import type { z } from '../../core/zod';

/** A refinement's own reason (see `because` in ./file-schema.ts), or `notAllowed`. */
function refinedReason(params: unknown): PlainInvalidReason {
  const reason = (params as { reason?: unknown } | undefined)?.reason;
  return PLAIN_INVALID_REASONS.find((r) => r === reason) ?? 'notAllowed';
}

/** Why the schema refused a value, as a reason code with its values. */
export function reasonOfIssue(issue: z.core.$ZodIssue): InvalidReason {
  switch (issue.code) {
    case 'too_big':
      return { reason: issue.origin === 'array' ? 'tooManyRows' : 'textTooLong', maximum: Number(issue.maximum) };
    case 'too_small':
      return { reason: issue.origin === 'array' ? 'tooFewRows' : 'textTooShort' };
    case 'invalid_type':
      return { reason: issue.input === undefined ? 'missingField' : 'wrongType' };
    case 'invalid_format':
      return { reason: issue.format === 'date' || issue.format === 'datetime' ? 'invalidDate' : 'invalidFormat' };
    case 'unrecognized_keys':
      return { reason: 'unknownFields', keys: issue.keys };
    case 'invalid_value':
      return { reason: 'notAllowed' };
    case 'custom':
      return { reason: refinedReason(issue.params) };
    default:
      return { reason: 'invalid' };
  }
}

/** Where the issue is: the part of the file, and within a table its row (from 1) and field. */
export function placeOfIssue(issue: z.core.$ZodIssue): ImportPlace {
  const [table, index, field] = issue.path;
  if (typeof table !== 'string') return {};
  if (typeof index !== 'number') return { table };
  return typeof field === 'string' ? { table, row: index + 1, field } : { table, row: index + 1 };
}
