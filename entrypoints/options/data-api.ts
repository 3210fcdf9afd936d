import type { DataApi, ExportedFile } from '../../components/options/data-api';
import { AppError } from '../../lib/core/errors';
import { HANDOVER_DEFAULTS } from '../../lib/core/handover';
import { handoverCounts, handoverFileSchema } from '../../lib/core/handover-file';
import { retentionInForce, shorterStartsOn } from '../../lib/core/retention';
import { DEFAULT_MIN_PASSPHRASE } from '../../lib/core/sealed-problem';
import { refOfKey, type StudentRef, studentKey } from '../../lib/core/student';
import { DB_NAME, type LobDatabase, type StudentRecord } from '../../lib/db/database';
import { eraseAll, eraseStudent } from '../../lib/db/erase';
import { buildHandover, entriesToHand } from '../../lib/db/handover/build';
import { handoverCandidates } from '../../lib/db/handover/candidates';
import { knownHosts, readHandover, receivedStudents, receiveHandover } from '../../lib/db/handover/receive';
import { setStudentHandoverConsent } from '../../lib/db/handover/student';
import { readRawDatabase } from '../../lib/db/raw';
import { countNotesBeyond, readRetentionInForce, scheduleShorterRetention } from '../../lib/db/retention';
import type { SealedKind } from '../../lib/db/sealed/format';
import { open, readHeader, seal } from '../../lib/db/sealed/seal';
import { listAllStudents, listStudents } from '../../lib/db/students';
import {
  type ExportFile,
  exportBlob,
  exportData,
  exportFileName,
  type ImportOptions,
  importData,
  importFile,
  serializeExport,
} from '../../lib/db/transfer';
import { withWriteLock } from '../../lib/db/write-lock';
import { t } from '../../lib/i18n/translate';
import { DEFAULT_CARE_ROLES } from '../../lib/referrals/care';

/** A file-name-safe form of a student id: "48213", "6f1c2a9e-…". */
function fileSafe(id: string): string {
  return id.replace(/[^\w-]+/g, '_').slice(0, 60);
}

/**
 * The data API over the extension's own database (the options page is an extension page, same
 * origin). Import and erase take the write lock the background's writes also take; `changed` tells
 * the background (badge) and open side panels to reload. `careRoles` are the school's (defaults plus
 * its directory's): an import file with such a referral is refused.
 */
/** How long an encrypted backup may be opened: long enough to set up the other computer, not for ever. */
const BACKUP_VALID_DAYS = 30;

const backupFileName = (at: Date) => `lob-back-up-${at.toISOString().slice(0, 10)}.versleuteld.txt`;
const handoverFileName = (at: Date) => `lob-overdracht-${at.toISOString().slice(0, 10)}.versleuteld.txt`;

/** Rows per table of an export: what an encrypted file's header may say (counts, never who). */
const countsOf = (file: ExportFile): Record<string, number> => ({
  students: file.students.length,
  notes: file.notes.length,
  afspraken: file.afspraken.length,
  moments: file.moments.length,
  referrals: file.referrals.length,
  drafts: file.drafts?.length ?? 0,
  handed: file.handed?.length ?? 0,
});

/** What an encrypted file of this kind says about itself, read from its (checked) header. */
async function sealedPreview(text: string, kind: SealedKind) {
  const read = await readHeader(text);
  if (!read.ok) return read;
  if (read.header.kind !== kind) return { ok: false as const, problem: 'wrongKind' as const };
  const { created, expires, counts } = read.header;
  return { ok: true as const, value: { created, expires, counts } };
}

/** The school's handover settings as the data API enforces them (policy `handover`, lib/policy). */
interface HandoverSettings {
  enabled: boolean;
  maxValidDays: number;
  minPassphrase: number;
}

export function createDataApi(
  db: LobDatabase,
  options: {
    now?: () => Date;
    changed?: (studentKey: string) => void;
    careRoles?: () => readonly string[];
    /** The school's handover settings (policy `handover`): on or off, how long a file is valid, the shortest passphrase. */
    handover?: () => HandoverSettings;
  } = {},
): DataApi {
  const now = options.now ?? (() => new Date());
  const changed = options.changed ?? (() => undefined);
  const careRoles = options.careRoles ?? (() => DEFAULT_CARE_ROLES);
  const handover = options.handover ?? (() => HANDOVER_DEFAULTS);
  /** Handover switched off by the school: nothing is made, opened, received or consented here either (not only hidden). */
  const handoverOn = () => {
    if (!handover().enabled) throw new AppError('forbidden');
  };
  /** The other numbers a student's export holds because the teacher paired them. */
  const pairedIn = (students: readonly StudentRecord[], student: StudentRef) =>
    students
      .filter((s) => s.key !== studentKey(student))
      .map((s) => t('data.pairedRecord', { name: s.name ?? '—', id: s.sisId }));
  const exportStudent = async (student: StudentRef): Promise<ExportedFile> => {
    const at = now();
    const file = await exportData(db, { student, now: at });
    const text = serializeExport(file);
    return {
      fileName: exportFileName(at).replace(/\.json$/, `-leerling-${fileSafe(student.id)}.json`),
      text,
      counts: { students: file.students.length, notes: file.notes.length },
      bytes: new TextEncoder().encode(text).length,
      paired: pairedIn(file.students, student),
    };
  };
  /** Everything, streamed into a Blob: at 100 000 notes the page never holds the 34 MB as rows and as text at once. */
  const exportAll = async (): Promise<ExportedFile<Blob>> => {
    const at = now();
    const { blob, counts } = await exportBlob(db, { now: at });
    return { fileName: exportFileName(at), text: blob, counts, bytes: blob.size };
  };
  /** An export as text (a backup, opened) or as the file the teacher chose (read only while it is parsed). */
  const importFrom = (source: string | Blob, options: ImportOptions) =>
    typeof source === 'string' ? importData(db, source, options) : importFile(db, source, options);
  return {
    students: () => listStudents(db),
    exportAll,
    exportStudent,
    async exportBackup(passphrase) {
      const at = now();
      const file = await exportData(db, { now: at });
      const expires = new Date(at.getTime() + BACKUP_VALID_DAYS * 86_400_000);
      const text = await seal(serializeExport(file), {
        passphrase,
        kind: 'backup',
        now: at,
        expires,
        counts: countsOf(file),
      });
      return {
        fileName: backupFileName(at),
        text,
        counts: { students: file.students.length, notes: file.notes.length },
        bytes: new TextEncoder().encode(text).length,
        expires: expires.toISOString(),
      };
    },
    backupPreview: (text) => sealedPreview(text, 'backup'),
    async openBackup(text, passphrase) {
      const opened = await open(text, passphrase, now(), 'backup');
      return opened.ok ? { ok: true, value: opened.plain } : opened;
    },
    async handoverChoices() {
      const roles = careRoles();
      return (await handoverCandidates(db)).map((c) => ({
        key: c.student.key,
        host: c.student.host,
        sisId: c.student.sisId,
        ...(c.student.name ? { name: c.student.name } : {}),
        ...(c.student.klas ? { klas: c.student.klas } : {}),
        ...(c.consentOn ? { consentOn: c.consentOn } : {}),
        entries: entriesToHand(c, roles),
      }));
    },
    async setHandoverConsent(key, agreed) {
      handoverOn();
      const ref = refOfKey(key);
      await withWriteLock(() => setStudentHandoverConsent(db, ref, {}, agreed, now()));
      changed(key);
    },
    async exportHandover(keys, passphrase) {
      handoverOn();
      if (passphrase.length < Math.max(handover().minPassphrase, DEFAULT_MIN_PASSPHRASE)) throw new AppError('invalid');
      const at = now();
      const chosen = new Set(keys);
      const candidates = (await handoverCandidates(db)).filter((c) => chosen.has(c.student.key));
      // Checked against the schema the receiver reads it with: a file that could not be read is never made.
      const file = handoverFileSchema.parse(buildHandover(candidates, careRoles(), at));
      const expires = new Date(at.getTime() + handover().maxValidDays * 86_400_000);
      const counts = handoverCounts(file);
      const text = await seal(JSON.stringify(file), { passphrase, kind: 'handover', now: at, expires, counts });
      return {
        fileName: handoverFileName(at),
        text,
        counts: { students: counts.students ?? 0, notes: counts.notes ?? 0 },
        bytes: new TextEncoder().encode(text).length,
        expires: expires.toISOString(),
      };
    },
    handoverPreview: (text) => sealedPreview(text, 'handover'),
    async openHandover(text, passphrase) {
      handoverOn();
      const opened = await open(text, passphrase, now(), 'handover');
      if (!opened.ok) return opened;
      // This school's own limit too: a file older than it allows is expired here, whatever the sender set.
      const ownLimit = Date.parse(opened.header.created) + handover().maxValidDays * 86_400_000;
      if (now().getTime() > ownLimit) return { ok: false, problem: 'expired' };
      const read = readHandover(opened.plain);
      if (!read.ok) return read;
      return {
        ok: true,
        value: {
          file: read.file,
          students: receivedStudents(read.file, await knownHosts(db)),
          targets: await listAllStudents(db),
        },
      };
    },
    async receiveHandover(file, targets) {
      handoverOn();
      const result = await withWriteLock(() => receiveHandover(db, file, targets, { now: now(), careRoles: careRoles() }));
      changed('');
      return result;
    },
    checkImport: (source) => importFrom(source, { dryRun: true, careRoles: careRoles() }),
    async importText(source, onProgress) {
      const result = await withWriteLock(() =>
        importFrom(source, { careRoles: careRoles(), ...(onProgress ? { onProgress } : {}) }),
      );
      if (result.ok) changed('');
      return result;
    },
    async exportRaw() {
      const at = now();
      // Not through Dexie: the stores as they are, whatever version they were left at.
      const raw = await readRawDatabase(db.name || DB_NAME, at);
      return raw && { fileName: exportFileName(at).replace(/\.json$/, '-ruw.json'), text: JSON.stringify(raw) };
    },
    countNotesBeyond: (days) => countNotesBeyond(db, days, now()),
    async shortenRetention(from, to) {
      const state = await scheduleShorterRetention(db, from, to, now());
      return shorterStartsOn(state) ?? '';
    },
    async retentionWait(requested) {
      const previous = await readRetentionInForce(db);
      const { state } = retentionInForce(requested, previous, now());
      const startsOn = shorterStartsOn(state);
      return state.shorter && startsOn ? { days: state.shorter.days, before: state.days, startsOn } : null;
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
