import type { DataApi, ExportedFile } from '../../components/options/data-api';
import { type StudentRef, studentKey } from '../../lib/core/student';
import type { LobDatabase } from '../../lib/db/database';
import { eraseAll, eraseStudent } from '../../lib/db/erase';
import { listStudents } from '../../lib/db/students';
import { exportData, exportFileName, importData, serializeExport } from '../../lib/db/transfer';
import { withWriteLock } from '../../lib/db/write-lock';

/** A file-name-safe form of a student id: "48213", "6f1c2a9e-…". */
function fileSafe(id: string): string {
  return id.replace(/[^\w-]+/g, '_').slice(0, 60);
}

/**
 * The data API over the extension's own database (the options page is an extension page, same
 * origin). Import and erase take the write lock the background's writes also take; `changed` tells
 * the background (badge) and open side panels to reload.
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
    async importText(text, onProgress) {
      const result = await withWriteLock(() => importData(db, text, onProgress ? { onProgress } : {}));
      if (result.ok) changed('');
      return result;
    },
    async eraseStudent(ref) {
      const counts = await withWriteLock(() => eraseStudent(db, ref));
      changed(studentKey(ref));
      return counts;
    },
    async eraseAll() {
      const counts = await withWriteLock(() => eraseAll(db));
      changed('');
      return counts;
    },
  };
}
