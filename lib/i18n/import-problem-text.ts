import type { ImportPlace, ImportProblem, ImportProblemCode, InvalidReason } from '../core/import-problem';
import { megabytes } from '../core/import-size';
import { getLanguage, type MessageKey, t } from './translate';

/** The tables whose rows have a name of their own ("Notitie 3"); other parts are named as they are in the file. */
const ROW_NAMES: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  ['students', 'importProblem.row.students'],
  ['notes', 'importProblem.row.notes'],
  ['afspraken', 'importProblem.row.afspraken'],
  ['moments', 'importProblem.row.moments'],
  ['referrals', 'importProblem.row.referrals'],
]);

/** Problems whose text already says that nothing changed. */
const SAYS_UNCHANGED: ReadonlySet<ImportProblemCode> = new Set(['storageFull', 'failed']);

/** The longest student key shown in a message. */
const SHOWN_KEY_MAX = 120;

/** A size in megabytes as the teacher's language writes it: "47,3" in Dutch, "47.3" in English. */
export function megabytesText(bytes: number): string {
  return megabytes(bytes, getLanguage());
}

function rowName(table: string | undefined, row: number | undefined): string | undefined {
  const key = table === undefined ? undefined : ROW_NAMES.get(table);
  return key === undefined || row === undefined ? undefined : t(key, { row });
}

/** "Notitie 1 klopt niet (veld "text"): …" for a row, "Het bestand klopt niet (onderdeel "moments"): …" otherwise. */
function invalidText(place: ImportPlace, reason: string): string {
  const row = rowName(place.table, place.row);
  if (row !== undefined) {
    const where = place.field === undefined ? '' : t('importProblem.field', { field: place.field });
    return t('importProblem.invalid', { subject: row, where, reason });
  }
  const where = place.table === undefined ? '' : t('importProblem.part', { part: place.table });
  return t('importProblem.invalid', { subject: t('importProblem.file'), where, reason });
}

function reasonText(invalid: InvalidReason): string {
  switch (invalid.reason) {
    case 'tooManyRows':
    case 'textTooLong':
      return t(`importProblem.reason.${invalid.reason}`, { maximum: invalid.maximum });
    case 'unknownFields':
      return t('importProblem.reason.unknownFields', { keys: invalid.keys.map((k) => `"${k}"`).join(', ') });
    default:
      return t(`importProblem.reason.${invalid.reason}`);
  }
}

/** Why an import was refused, as a full sentence in the teacher's language. */
export function importProblemText(problem: ImportProblem): string {
  switch (problem.code) {
    case 'tooLarge':
      return problem.sizeBytes === undefined
        ? t('importProblem.tooLarge', { mb: megabytesText(problem.limitBytes) })
        : t('data.importTooLarge', { size: megabytesText(problem.sizeBytes), mb: megabytesText(problem.limitBytes) });
    case 'newerVersion':
      return t('importProblem.newerVersion', { version: problem.version });
    case 'invalidData':
      return invalidText(problem, reasonText(problem));
    case 'duplicateId':
      return invalidText(problem, t('importProblem.reason.duplicateId', { id: problem.id }));
    case 'unknownStudent':
      return t('importProblem.unknownStudent', { key: problem.key.slice(0, SHOWN_KEY_MAX) });
    case 'careReferral':
      return t('importProblem.careReferral', { row: rowName(problem.table, problem.row) ?? problem.row });
    case 'unreadable':
      return t('data.importUnreadable');
    default:
      return t(`importProblem.${problem.code}`);
  }
}

/** "Niet ingelezen. <why>" and, unless the reason says so already, that the teacher's data did not change. */
export function importRefusedText(problem: ImportProblem): string {
  const refused = t('data.importFailed', { reason: importProblemText(problem) });
  return SAYS_UNCHANGED.has(problem.code) ? refused : `${refused} ${t('data.unchanged')}`;
}
