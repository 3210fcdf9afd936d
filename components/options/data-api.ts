import type { LobDatabase, StudentRecord } from '../../lib/db/database';
import { type EraseCounts, eraseAll, eraseStudent } from '../../lib/db/erase';
import { listStudents } from '../../lib/db/students';
import { exportData, exportFileName, type ImportResult, importData, serializeExport } from '../../lib/db/transfer';
import { type StudentRef, studentKey } from '../../lib/messages';

/** One export, ready to download. */
export interface ExportedFile {
  fileName: string;
  text: string;
  counts: { students: number; notes: number };
}

/** What the "Gegevens" section needs; the options page backs it with the extension's own database. */
export interface DataApi {
  students(): Promise<StudentRecord[]>;
  exportAll(): Promise<ExportedFile>;
  exportStudent(ref: StudentRef): Promise<ExportedFile>;
  importText(text: string): Promise<ImportResult>;
  eraseStudent(ref: StudentRef): Promise<EraseCounts>;
  eraseAll(): Promise<EraseCounts>;
}

/** A file-name-safe form of a student id: "48213", "6f1c2a9e-…". */
function fileSafe(id: string): string {
  return id.replace(/[^\w-]+/g, '_').slice(0, 60);
}

/**
 * The data API over a database (extension origin only). `changed` tells other extension pages (the
 * side panel) to reload after an import or an erase.
 */
export function createDataApi(
  db: LobDatabase,
  options: { now?: () => Date; changed?: (studentKey: string) => void } = {},
): DataApi {
  const now = options.now ?? (() => new Date());
  const changed = options.changed ?? (() => undefined);
  const make = async (student?: StudentRef): Promise<ExportedFile> => {
    const at = now();
    const file = await exportData(db, student ? { student, now: at } : { now: at });
    const base = exportFileName(at);
    return {
      fileName: student ? base.replace(/\.json$/, `-leerling-${fileSafe(student.id)}.json`) : base,
      text: serializeExport(file),
      counts: { students: file.students.length, notes: file.notes.length },
    };
  };
  return {
    students: () => listStudents(db),
    exportAll: () => make(),
    exportStudent: (ref) => make(ref),
    async importText(text) {
      const result = await importData(db, text);
      if (result.ok) changed('');
      return result;
    },
    async eraseStudent(ref) {
      const counts = await eraseStudent(db, ref);
      changed(studentKey(ref));
      return counts;
    },
    async eraseAll() {
      const counts = await eraseAll(db);
      changed('');
      return counts;
    },
  };
}
