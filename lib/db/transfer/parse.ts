import { type ImportRefused, refuseImport } from '../../core/import-problem';
import { parseJsonWithoutUnsafeKeys } from '../../core/safe-keys';
import { DATA_TABLES, SCHEMA_VERSION } from '../database';
import { DEFAULT_MAX_IMPORT_BYTES, EXPORT_FORMAT, MAX_ROWS } from './format';

/** The limits of one import: bytes of text and rows per table. */
export interface ImportLimits {
  maxBytes?: number;
  maxRows?: number;
}

/** The text as an object that claims to be our export, not yet checked field by field. */
export type ParsedText = { ok: true; raw: Record<string, unknown> } | ImportRefused;

/** Is the text more than `limit` bytes in UTF-8? (UTF-8 never has fewer bytes than UTF-16 code units.) */
function tooLarge(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return new TextEncoder().encode(text).length > limit;
}

/**
 * The cheap checks, before any row is read: size, JSON, unsafe keys ("__proto__"), our format, not a
 * newer schema version, and no table with more rows than `maxRows` (so a file with millions of rows
 * is refused at once).
 */
export function parseImportText(text: string, limits: ImportLimits = {}): ParsedText {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  const maxRows = Math.min(limits.maxRows ?? MAX_ROWS, MAX_ROWS);
  if (typeof text !== 'string') return refuseImport({ code: 'invalidJson' });
  if (tooLarge(text, maxBytes)) return refuseImport({ code: 'tooLarge', limitBytes: maxBytes });
  let hostile: boolean;
  let raw: unknown;
  try {
    ({ value: raw, unsafe: hostile } = parseJsonWithoutUnsafeKeys(text));
  } catch {
    return refuseImport({ code: 'invalidJson' });
  }
  if (hostile) return refuseImport({ code: 'hostile' });
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || (raw as { format?: unknown }).format !== EXPORT_FORMAT) {
    return refuseImport({ code: 'wrongFormat' });
  }
  const file = raw as Record<string, unknown>;
  const version = file.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
    return refuseImport({ code: 'newerVersion', version });
  }
  for (const table of DATA_TABLES) {
    const rows = file[table];
    if (Array.isArray(rows) && rows.length > maxRows) {
      return refuseImport({ code: 'invalidData', table, reason: 'tooManyRows', maximum: maxRows });
    }
  }
  return { ok: true, raw: file };
}
