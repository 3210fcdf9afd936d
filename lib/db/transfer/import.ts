import { PROMPT_ID_RENAMES, type PromptIdRenames, renameExportFilePromptIds } from '../../prompts/renames';
import type { LobDatabase } from '../database';
import { checkImportFile } from './check';
import { dryRunFile } from './dry-run-file';
import { type ImportLimits, type ParsedText, parseImportFile, parseImportText } from './parse';
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

/**
 * `importData` for a file as the teacher chose it, parsed piece by piece as the browser reads it
 * (./parse.ts): a 34 MB export is never held whole as text. Its dry run (what the teacher is shown
 * before confirming) does not even hold the rows (./dry-run-file.ts). A file the browser can no
 * longer read gives `unreadable`.
 */
export async function importFile(db: LobDatabase, file: Blob, options: ImportOptions = {}): Promise<ImportResult> {
  const dryRun = options.dryRun ? await dryRunFile(db, file, options) : undefined;
  return dryRun ?? importParsed(db, await parseImportFile(file, options), options);
}

async function importParsed(db: LobDatabase, parsed: ParsedText, options: ImportOptions): Promise<ImportResult> {
  if (!parsed.ok) return parsed;
  const checked = checkImportFile(parsed.raw, options.careRoles);
  if (!checked.ok) return checked;
  return writeImport(db, renameExportFilePromptIds(checked.file, options.promptRenames ?? PROMPT_ID_RENAMES), options);
}
