import type { StudentRef } from '../../core/student';
import { linkedKeys } from '../aliases';
import { type LobDatabase, SCHEMA_VERSION, type StudentRecord } from '../database';
import { EXPORT_FORMAT, type ExportFile } from './format';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The teacher's data as one schema-versioned object: everything, or only one student's rows (inzagerecht). */
export async function exportData(db: LobDatabase, options: { student?: StudentRef; now: Date }): Promise<ExportFile> {
  const tables = [db.students, db.notes, db.afspraken, db.moments, db.referrals, db.aliases, db.facts, db.drafts, db.handed];
  const [students, notes, afspraken, moments, referrals, aliases, facts, drafts, handed] = await db.transaction(
    'r',
    tables,
    async () => {
      if (!options.student) {
        return Promise.all([
          db.students.orderBy('key').toArray(),
          db.notes.toArray(),
          db.afspraken.toArray(),
          db.moments.toArray(),
          db.referrals.toArray(),
          db.aliases.orderBy('key').toArray(),
          db.facts.orderBy('studentKey').toArray(),
          db.drafts.orderBy('studentKey').toArray(),
          db.handed.orderBy('id').toArray(),
        ]);
      }
      // One student: every id paired with them (inzage covers all of it).
      const keys = await linkedKeys(db, options.student);
      const found = await db.students.bulkGet(keys);
      return Promise.all([
        found.filter((s): s is StudentRecord => s !== undefined),
        db.notes.where('studentKey').anyOf(keys).toArray(),
        db.afspraken.where('studentKey').anyOf(keys).toArray(),
        db.moments.where('studentKey').anyOf(keys).toArray(),
        db.referrals.where('studentKey').anyOf(keys).toArray(),
        db.aliases.where('key').anyOf(keys).toArray(),
        db.facts.where('studentKey').anyOf(keys).toArray(),
        db.drafts.where('studentKey').anyOf(keys).toArray(),
        db.handed.where('studentKey').anyOf(keys).toArray(),
      ]);
    },
  );
  return {
    format: EXPORT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: options.now.toISOString(),
    students,
    notes: notes.sort(byId),
    afspraken: afspraken.sort(byId),
    moments: moments.sort(byId),
    referrals: referrals.sort(byId),
    ...(aliases.length ? { aliases } : {}),
    ...(facts.length ? { facts } : {}),
    ...(drafts.length ? { drafts } : {}),
    ...(handed.length ? { handed: handed.sort(byId) } : {}),
  };
}

/** The export as the text of one .json file: compact (no indentation), so large exports stay small. */
export function serializeExport(file: ExportFile): string {
  return JSON.stringify(file);
}

/** A file name for the export, e.g. lob-export-2026-11-23.json. */
export function exportFileName(now: Date): string {
  return `lob-export-${now.toISOString().slice(0, 10)}.json`;
}
