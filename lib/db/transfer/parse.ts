import { type ImportRefused, refuseImport } from '../../core/import-problem';
import { StreamedJsonParser } from '../../core/json-stream';
import { DATA_TABLES, type DataTable, SCHEMA_VERSION } from '../database';
import { textPieces, UnreadableFile } from './file-pieces';
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
 * is refused before a row is checked).
 */
export function parseImportText(text: string, limits: ImportLimits = {}): ParsedText {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  if (typeof text !== 'string') return refuseImport({ code: 'invalidJson' });
  if (tooLarge(text, maxBytes)) return refuseImport({ code: 'tooLarge', limitBytes: maxBytes });
  const parser = new StreamedJsonParser();
  try {
    parser.feed(text);
    return checkHead(parser.end(), limits);
  } catch {
    return refuseImport({ code: 'invalidJson' });
  }
}

/**
 * `parseImportText` for a file as the teacher chose it, read in the pieces the browser streams it in:
 * each piece is parsed and let go, so the file's text is never held whole (at 100 000 notes that text
 * was 34 MB beside the rows parsed from it). A file the browser can no longer read gives `unreadable`.
 */
export async function parseImportFile(file: Blob, limits: ImportLimits = {}): Promise<ParsedText> {
  const tooLarge = fileTooLarge(file, limits);
  if (tooLarge) return tooLarge;
  const parser = new StreamedJsonParser();
  try {
    for await (const piece of textPieces(file)) parser.feed(piece);
    return checkHead(parser.end(), limits);
  } catch (error) {
    return refuseImport({ code: error instanceof UnreadableFile ? 'unreadable' : 'invalidJson' });
  }
}

/** The refusal of a file larger than the byte limit (known before reading it), or null. */
export function fileTooLarge(file: Blob, limits: ImportLimits): ImportRefused | null {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  return file.size > maxBytes ? refuseImport({ code: 'tooLarge', limitBytes: maxBytes }) : null;
}

/** Rows per data table an import takes: the caller's limit, never more than the format's. */
export const rowLimit = (limits: ImportLimits) => Math.min(limits.maxRows ?? MAX_ROWS, MAX_ROWS);

/**
 * The checks after the JSON: unsafe keys, our format, not a newer schema version, rows per table
 * (`rowsOf`: the rows a table has, by default the length of its list).
 */
export function checkHead(
  { value: raw, unsafe }: { value: unknown; unsafe: boolean },
  limits: ImportLimits,
  rowsOf: (table: DataTable, file: Record<string, unknown>) => number = (table, file) => {
    const rows = file[table];
    return Array.isArray(rows) ? rows.length : 0;
  },
): ParsedText {
  const maxRows = rowLimit(limits);
  if (unsafe) return refuseImport({ code: 'hostile' });
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || (raw as { format?: unknown }).format !== EXPORT_FORMAT) {
    return refuseImport({ code: 'wrongFormat' });
  }
  const file = raw as Record<string, unknown>;
  const version = file.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
    return refuseImport({ code: 'newerVersion', version });
  }
  for (const table of DATA_TABLES) {
    if (rowsOf(table, file) > maxRows) {
      return refuseImport({ code: 'invalidData', table, reason: 'tooManyRows', maximum: maxRows });
    }
  }
  return { ok: true, raw: file };
}
