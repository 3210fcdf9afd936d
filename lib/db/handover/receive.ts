import {
  type HandoverEntry,
  type HandoverFile,
  handoverFileSchema,
  type ReceivedStudent,
  type ReceiveResult,
} from '../../core/handover-file';
import { parseJsonWithoutUnsafeKeys } from '../../core/safe-keys';
import { refOfKey } from '../../core/student';
import type { HandedRecord, LobDatabase } from '../database';
import { upsertStudent } from '../students';
import { namesCare } from './build';

/** The opened file's text as a handover, or why not (a file of a newer version, or not a handover). */
export function readHandover(plain: string): { ok: true; file: HandoverFile } | { ok: false; problem: 'invalidContent' } {
  try {
    const { value, unsafe } = parseJsonWithoutUnsafeKeys(plain);
    const parsed = handoverFileSchema.safeParse(value);
    if (!unsafe && parsed.success) return { ok: true, file: parsed.data };
  } catch {
    // not JSON: the same answer
  }
  return { ok: false, problem: 'invalidContent' };
}

/** The school hosts this browser already keeps students of: a student of the file on one of them joins that record. */
export async function knownHosts(db: LobDatabase): Promise<Set<string>> {
  return new Set((await db.students.orderBy('host').uniqueKeys()).map(String));
}

export function receivedStudents(file: HandoverFile, hosts: ReadonlySet<string>): ReceivedStudent[] {
  return file.students.map((s, index) => ({ index, ...s, sameHost: hosts.has(s.host) }));
}

/** Where each student of the file goes here: a student key, chosen once for a student on another host. */
export type HandoverTargets = ReadonlyMap<number, string>;

function handedRow(entry: HandoverEntry, studentKey: string, handedOn: string, receivedAt: string): HandedRecord {
  const base = { id: entry.id, studentKey, kind: entry.kind, date: entry.date, handedOn, receivedAt };
  if (entry.kind === 'note') {
    const { studentWords, nextStep } = entry;
    return {
      ...base,
      competences: [...entry.competences],
      ...(studentWords ? { studentWords } : {}),
      ...(nextStep ? { nextStep } : {}),
    };
  }
  return { ...base, what: entry.what, ...(entry.who ? { who: entry.who } : {}), ...(entry.due ? { due: entry.due } : {}) };
}

/**
 * Writes the entries of the students with a target, apart from the mentor's own notes (table
 * `handed`), with their original dates, in one transaction. A student's record is made when this
 * browser has none yet (same host: with the name and class from the file); for a student on another
 * host the target is a student the mentor chose, and the entries are stored under that student's key
 * (no pairing across hosts). An entry that names the receiving school's zorg is not stored either.
 */
export async function receiveHandover(
  db: LobDatabase,
  file: HandoverFile,
  targets: HandoverTargets,
  options: { now: Date; careRoles: readonly string[] },
): Promise<ReceiveResult> {
  const stamp = options.now.toISOString();
  const result: ReceiveResult = { students: 0, added: 0, already: 0, skipped: 0 };
  await db.transaction('rw', db.students, db.handed, async () => {
    for (const [index, student] of file.students.entries()) {
      const target = targets.get(index);
      if (!target) {
        result.skipped += 1;
        continue;
      }
      if (!(await db.students.get(target))) {
        const own = target === `${student.host}|${student.sisId}`;
        await upsertStudent(db, refOfKey(target), own ? { name: student.name, klas: student.klas } : {}, stamp);
      }
      const rows = student.entries
        .filter((e) => !namesCare(e, options.careRoles))
        .map((e) => handedRow(e, target, file.madeAt, stamp));
      const stored = await db.handed.bulkGet(rows.map((r) => r.id));
      // An entry already here (this file read before) stays as it is, with whichever student it joined.
      const fresh = rows.filter((_, i) => stored[i] === undefined);
      result.already += rows.length - fresh.length;
      result.added += fresh.length;
      await db.handed.bulkPut(fresh);
      result.students += 1;
    }
  });
  return result;
}
