import type {
  DataApi,
  DataStudent,
  ExportedFile,
  HandoverChoice,
  ImportOutcome,
  ImportSummary,
} from '../../components/options/data-api';
import {
  HANDOVER_FORMAT,
  HANDOVER_VERSION,
  type HandoverEntry,
  type HandoverFile,
  handoverCounts,
} from '../../lib/core/handover-file';
import type { ImportProblem } from '../../lib/core/import-problem';
import { type StudentRef, studentKey } from '../../lib/core/student';
import { readHandover, receivedStudents } from '../../lib/db/handover/receive';
import { open, readHeader, seal } from '../../lib/db/sealed/seal';
import { t } from '../../lib/i18n/translate';
import { getByLabel, user } from './dom';

/**
 * The options page's "Gegevens" port (components/options/data-api.ts) in memory: a teacher with
 * notes for Sanne and Daan of 3H2. Import files are checked as `summary` says (or refused with
 * `refuse`); every export, import and erase is recorded, and shows in the students listed next.
 */

const HOST = 'demo.magister.net';
const student = (sisId: string, name: string, klas: string): DataStudent => ({
  key: studentKey({ host: HOST, id: sisId }),
  host: HOST,
  sisId,
  name,
  klas,
});

export const SANNE = student('48213', 'Sanne de Vries', '3H2');
export const DAAN = student('48220', 'Daan van der Berg', '3H2');
/** A student whose notes come in with the import file (from the teacher's other computer). */
export const MOHAMMED = student('51877', 'Mohammed El Amrani', 'V4B');

/**
 * What the handover would hold (issue #33): a conversation of Sanne's with her own words and the next
 * step, and an open afspraak; one of Daan's, who agreed already.
 */
export const SANNE_HANDOVER: HandoverEntry[] = [
  {
    id: 'note-sanne-1',
    kind: 'note',
    date: '2026-10-12T09:30:00.000Z',
    competences: ['kwaliteiten', 'motieven'],
    studentWords: 'Ik wil iets met techniek én met mensen.',
    nextStep: 'Sanne zoekt twee mbo-opleidingen uit.',
  },
  {
    id: 'afspraak-sanne-1',
    kind: 'afspraak',
    date: '2026-10-12T09:30:00.000Z',
    what: 'Open dag van het ROC bezoeken',
    who: 'Sanne',
    due: '2026-12-15',
  },
];
const DAAN_HANDOVER: HandoverEntry[] = [
  { id: 'note-daan-1', kind: 'note', date: '2026-11-02T13:00:00.000Z', competences: ['werkexploratie'] },
];

/** The day a consent ticked now is recorded. */
const TODAY = '2026-11-24';

/** A handover file as the previous mentor made it, encrypted with `passphrase` (valid until 24 December 2026). */
export function sealHandover(file: HandoverFile, passphrase: string): Promise<string> {
  return seal(JSON.stringify(file), {
    passphrase,
    kind: 'handover',
    now: new Date(file.madeAt),
    expires: new Date('2026-12-24T10:00:00Z'),
    counts: handoverCounts(file),
  });
}

/** Notes kept per student (what erasing them reports). */
const NOTES: Record<string, number> = { [SANNE.key]: 4, [DAAN.key]: 2, [MOHAMMED.key]: 3 };

interface FakeDataOptions {
  /** What a checked file would do. Default: 3 new rows and 1 updated. */
  summary?: ImportSummary;
  /** Every file is refused with this problem (nothing is written). */
  refuse?: ImportProblem;
  /** The database did not open: listing the students fails. */
  closed?: boolean;
  /** The size of the full export in bytes (for the warning near the import limit). */
  exportBytes?: number;
}

export interface FakeData {
  api: DataApi;
  /** The section's `download`: every file offered to the teacher. */
  download: (fileName: string, body: string | Blob) => void;
  downloads: { fileName: string; text: string }[];
  students: DataStudent[];
  /** Texts given to the dry run, and to the import that writes. */
  checked: string[];
  imported: string[];
  erased: StudentRef[];
  /** The students the handover offers (with their consent), every consent given or withdrawn, every file made. */
  handover: HandoverChoice[];
  consents: { key: string; agreed: boolean }[];
  handoverExports: { keys: string[]; passphrase: string }[];
  /** Every handover received: the file and where each of its students went. */
  received: { file: HandoverFile; targets: Map<number, string> }[];
}

export function fakeDataApi(options: FakeDataOptions = {}): FakeData {
  const summary = options.summary ?? { add: 3, same: 5, update: 1, older: 0, refused: 0 };
  const outcome = (): ImportOutcome =>
    options.refuse
      ? { ok: false, error: options.refuse }
      : { ok: true, counts: { students: 1, notes: 3, afspraken: 1, moments: 0, referrals: 0 }, summary };
  const notesOf = (list: DataStudent[]) => list.reduce((sum, s) => sum + (NOTES[s.key] ?? 0), 0);
  const file = (fileName: string, list: DataStudent[]): ExportedFile => {
    const text = JSON.stringify({ format: 'lob-naast-de-leerling', students: list.map((s) => s.key) });
    return { fileName, text, counts: { students: list.length, notes: notesOf(list) }, bytes: options.exportBytes ?? text.length };
  };
  const counts = (list: DataStudent[]) => ({
    students: list.length,
    notes: notesOf(list),
    afspraken: 1,
    moments: 2,
    referrals: 0,
  });
  const fake: FakeData = {
    downloads: [],
    // The fake's exports are text; a Blob (the real full export) would be recorded by its type.
    download: (fileName, body) =>
      fake.downloads.push({ fileName, text: typeof body === 'string' ? body : `[Blob ${body.type}]` }),
    students: [SANNE, DAAN],
    checked: [],
    imported: [],
    erased: [],
    handover: [
      { ...SANNE, entries: SANNE_HANDOVER },
      { ...DAAN, consentOn: '2026-11-20', entries: DAAN_HANDOVER },
    ],
    consents: [],
    handoverExports: [],
    received: [],
    api: {
      students: async () => {
        if (options.closed) throw new Error('UpgradeError: de database kon niet worden bijgewerkt');
        return [...fake.students];
      },
      exportAll: async () => file('lob-export-2026-11-24.json', fake.students),
      exportStudent: async (ref) =>
        file(
          `lob-export-2026-11-24-leerling-${ref.id}.json`,
          fake.students.filter((s) => s.key === studentKey(ref)),
        ),
      async exportBackup(passphrase) {
        const plain = file('export.json', fake.students).text;
        const expires = new Date('2026-12-24T10:00:00Z');
        const at = new Date('2026-11-24T10:00:00Z');
        const text = await seal(plain, { passphrase, kind: 'backup', now: at, expires, counts: counts(fake.students) });
        return { ...file('lob-back-up-2026-11-24.versleuteld.txt', fake.students), text, expires: expires.toISOString() };
      },
      async backupPreview(text) {
        const read = await readHeader(text);
        if (!read.ok) return read;
        const { created, expires, counts: rows } = read.header;
        return { ok: true, value: { created, expires, counts: rows } };
      },
      async openBackup(text, passphrase) {
        const opened = await open(text, passphrase, new Date('2026-11-25T10:00:00Z'), 'backup');
        return opened.ok ? { ok: true, value: opened.plain } : opened;
      },
      handoverChoices: async () => fake.handover.map((c) => ({ ...c })),
      async setHandoverConsent(key, agreed) {
        fake.consents.push({ key, agreed });
        fake.handover = fake.handover.map((c) => {
          if (c.key !== key) return c;
          const { consentOn: _, ...rest } = c;
          return agreed ? { ...rest, consentOn: TODAY } : rest;
        });
      },
      async exportHandover(keys, passphrase) {
        fake.handoverExports.push({ keys: [...keys], passphrase });
        const handed = fake.handover.filter((c) => keys.includes(c.key) && c.consentOn);
        const file: HandoverFile = {
          format: HANDOVER_FORMAT,
          version: HANDOVER_VERSION,
          madeAt: '2026-11-24T10:00:00.000Z',
          students: handed.map(({ host, sisId, name, klas, consentOn, entries }) => ({
            host,
            sisId,
            ...(name ? { name } : {}),
            ...(klas ? { klas } : {}),
            consentOn: consentOn ?? TODAY,
            entries,
          })),
        };
        const text = await sealHandover(file, passphrase);
        const counts = handoverCounts(file);
        return {
          fileName: 'lob-overdracht-2026-11-24.versleuteld.txt',
          text,
          counts: { students: counts.students ?? 0, notes: counts.notes ?? 0 },
          bytes: text.length,
          expires: '2026-12-24T10:00:00.000Z',
        };
      },
      async handoverPreview(text) {
        const read = await readHeader(text);
        if (!read.ok) return read;
        if (read.header.kind !== 'handover') return { ok: false, problem: 'wrongKind' };
        const { created, expires, counts: rows } = read.header;
        return { ok: true, value: { created, expires, counts: rows } };
      },
      async openHandover(text, passphrase) {
        const opened = await open(text, passphrase, new Date('2026-11-25T10:00:00Z'), 'handover');
        if (!opened.ok) return opened;
        const read = readHandover(opened.plain);
        if (!read.ok) return read;
        const students = receivedStudents(read.file, new Set([HOST]));
        return { ok: true, value: { file: read.file, students, targets: [...fake.students] } };
      },
      async receiveHandover(file, targets) {
        fake.received.push({ file, targets: new Map(targets) });
        const placed = file.students.filter((_, index) => targets.has(index));
        return {
          students: placed.length,
          added: placed.reduce((sum, s) => sum + s.entries.length, 0),
          already: 0,
          skipped: file.students.length - placed.length,
        };
      },
      // What was given, as text (the real page gives the chosen file, the backup section its opened text).
      async checkImport(source) {
        fake.checked.push(typeof source === 'string' ? source : await source.text());
        return outcome();
      },
      async importText(source, onProgress) {
        fake.imported.push(typeof source === 'string' ? source : await source.text());
        const result = outcome();
        if (!result.ok) return result;
        onProgress?.({ written: 2, total: 4 });
        onProgress?.({ written: 4, total: 4 });
        if (!fake.students.includes(MOHAMMED)) fake.students.push(MOHAMMED);
        return result;
      },
      exportRaw: async () => ({ fileName: 'lob-export-2026-11-24-ruw.json', text: '{"stores":{}}' }),
      countNotesBeyond: async () => 0,
      shortenRetention: async () => '2027-01-23',
      retentionWait: async () => null,
      async eraseStudent(ref) {
        fake.erased.push(ref);
        const gone = fake.students.filter((s) => s.key === studentKey(ref));
        fake.students = fake.students.filter((s) => !gone.includes(s));
        return counts(gone);
      },
      async eraseAll() {
        const gone = fake.students;
        fake.erased.push(...gone.map((s) => ({ host: s.host, id: s.sisId })));
        fake.students = [];
        return counts(gone);
      },
    },
  };
  return fake;
}

/** A file as the file picker gives it: a name, a size, its text. */
export interface ChosenFile {
  name: string;
  size: number;
  text: () => Promise<string>;
}

export const jsonFile = (name: string, text: string): ChosenFile => ({
  name,
  size: new TextEncoder().encode(text).length,
  text: async () => text,
});

/** The teacher picks `file` in the section's "Importeren" field (in the language the page speaks). */
export function chooseFile(section: Element, file: ChosenFile): Promise<void> {
  const input = getByLabel(section, t('data.import'));
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  return user(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
