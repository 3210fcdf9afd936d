import { refuseImport } from '../../core/import-problem';
import { PROMPT_ID_RENAMES, type PromptIdRenames, renameExportFilePromptIds } from '../../prompts/renames';
import type { LobDatabase } from '../database';
import { checkImportFile } from './check';
import { DEFAULT_MAX_IMPORT_BYTES } from './format';
import { type ImportLimits, type ParsedText, parseImportText } from './parse';
import { type ImportResult, type WriteOptions, writeImport } from './write';

export interface ImportOptions extends ImportLimits, WriteOptions {
  /** The school's care roles (defaults plus its own directory's); a referral with one refuses the file. */
  careRoles?: readonly string[];
  /** Renamed prompt ids (lib/prompts/renames.ts): a note saved under an old id is stored under today's. */
  promptRenames?: PromptIdRenames;
}

/**
 * Reads an export file and merges it by id into the database, all or nothing: first the text
 * (./parse.ts), then every row and the rules across rows (./check.ts), then the one transaction
 * (./write.ts). A malformed, hostile or oversized file changes nothing and gives its problem as a
 * code with the place in the file (lib/core/import-problem.ts); lib/i18n words it. The notes' prompt
 * ids are read as today's ids before they are merged.
 */
export async function importData(db: LobDatabase, text: string, options: ImportOptions = {}): Promise<ImportResult> {
  return importParsed(db, parseImportText(text, options), options);
}

/** The file's text, parsed: the text itself is not kept (nothing refers to it once this returns). */
async function parseImportBlob(file: Blob, options: ImportOptions): Promise<ParsedText> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  if (file.size > maxBytes) return refuseImport({ code: 'tooLarge', limitBytes: maxBytes });
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refuseImport({ code: 'unreadable' });
  }
  // The size in bytes is known (checked above): no second count of the text, which would encode all of it.
  return parseImportText(text, { ...options, maxBytes: Number.POSITIVE_INFINITY });
}

/**
 * `importData` for a file as the teacher chose it: read, parsed and then let go, so a 34 MB export is
 * held as text only while it is parsed, not while its rows are checked and merged (or while the
 * teacher reads the dry run's summary). A file the browser can no longer read gives `unreadable`.
 */
export async function importFile(db: LobDatabase, file: Blob, options: ImportOptions = {}): Promise<ImportResult> {
  return importParsed(db, await parseImportBlob(file, options), options);
}

async function importParsed(db: LobDatabase, parsed: ParsedText, options: ImportOptions): Promise<ImportResult> {
  if (!parsed.ok) return parsed;
  const checked = checkImportFile(parsed.raw, options.careRoles);
  if (!checked.ok) return checked;
  return writeImport(db, renameExportFilePromptIds(checked.file, options.promptRenames ?? PROMPT_ID_RENAMES), options);
}
