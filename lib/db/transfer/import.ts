import { PROMPT_ID_RENAMES, type PromptIdRenames, renameExportFilePromptIds } from '../../prompts/renames';
import type { LobDatabase } from '../database';
import { checkImportFile } from './check';
import { type ImportLimits, parseImportText } from './parse';
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
  const parsed = parseImportText(text, options);
  if (!parsed.ok) return parsed;
  const checked = checkImportFile(parsed.raw, options.careRoles);
  if (!checked.ok) return checked;
  return writeImport(db, renameExportFilePromptIds(checked.file, options.promptRenames ?? PROMPT_ID_RENAMES), options);
}
