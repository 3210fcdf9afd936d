import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Competence } from '../core/domain';
import type { PlacementFact } from '../core/placement';
import type { Study } from '../core/study';

export interface StudentRecord {
  /** host + "|" + SIS id: the same child on two hosts is two students. */
  key: string;
  /** Lower case (normalised by the v2 migration). */
  host: string;
  sisId: string;
  name?: string;
  klas?: string;
  updatedAt: string;
}

export interface NoteRecord {
  id: string;
  studentKey: string;
  /** ISO date-time of the conversation */
  date: string;
  context?: string;
  competences: Competence[];
  promptIds: string[];
  text: string;
  studentWords?: string;
  nextStep?: string;
  updatedAt: string;
}

export interface AfspraakRecord {
  id: string;
  studentKey: string;
  what: string;
  who?: string;
  /** ISO date (YYYY-MM-DD) */
  due?: string;
  done: boolean;
  createdAt: string;
  /** ISO date-time the afspraak was marked done. */
  doneAt?: string;
  /** The note of the conversation in which it was agreed. */
  noteId?: string;
  /** ISO date-time it was last marked done or open again (absent on rows never changed since). */
  updatedAt?: string;
}

export interface MomentRecord {
  id: string;
  studentKey: string;
  type: string;
  date: string;
  subject?: string;
}

/** A referral made: the role and the date only, never what it was about. */
export interface ReferralRecord {
  id: string;
  studentKey: string;
  role: string;
  date: string;
  noteId?: string;
}

/**
 * One student known under two ids on the same host (Somtoday Docent: the numeric id of the record
 * pages and the uuid of the grade cells), paired once by the teacher. Rows keep their own key; reads
 * gather the keys of a pair. `key` is the paired id's student key, `studentKey` the one it joins.
 */
export interface AliasRecord {
  key: string;
  studentKey: string;
  createdAt: string;
}

/**
 * What the mentor set about one student, once, where the school page does not tell it (the school
 * type and year when the class code does not say). One row per student key; the later issues' facts
 * (the BPV phase, consent to a handover) are further optional fields of this row.
 */
export interface FactsRecord {
  studentKey: string;
  study?: Study;
  /** Where the student stands in the work placement, as the mentor said (lib/core/placement.ts). */
  placement?: PlacementFact;
  /**
   * The student knows and agrees that their LOB entries go to the next mentor (the day the mentor
   * ticked it, YYYY-MM-DD). Without it the student is in no handover file.
   */
  handoverConsent?: string;
  /** The day the student's consent was withdrawn (YYYY-MM-DD): kept so an older backup cannot bring it back. */
  handoverWithdrawn?: string;
  updatedAt: string;
}

/**
 * The conversation being written with one student, kept as it is typed: not yet history (not a note,
 * not a previous step, not counted by the lens) until the teacher ends the conversation ("Gesprek
 * afronden"), which turns it into a note. One per student key.
 */
export interface DraftRecord {
  studentKey: string;
  text: string;
  studentWords?: string;
  nextStep?: string;
  competences: Competence[];
  promptIds: string[];
  /** When the conversation began (the first thing typed). */
  startedAt: string;
  updatedAt: string;
}

/**
 * An entry received from the previous mentor in a handover file ("warme overdracht"): what the student
 * said, the agreed next step and the competences of one conversation, or one open afspraak. Kept apart
 * from the mentor's own notes (never counted in the lens, never a "previous step"), with its original
 * date (retention runs from it).
 */
export interface HandedRecord {
  /** The file's entry id: importing the same file again writes nothing new. */
  id: string;
  studentKey: string;
  kind: 'note' | 'afspraak';
  /** The original date: the conversation's, or the day the afspraak was made (ISO date-time). */
  date: string;
  competences?: Competence[];
  studentWords?: string;
  nextStep?: string;
  what?: string;
  who?: string;
  /** YYYY-MM-DD */
  due?: string;
  /** When the previous mentor made the handover file (ISO date-time). */
  handedOn: string;
  receivedAt: string;
}

interface MetaRecord {
  key: string;
  value: string | number | boolean;
}

export const DB_NAME = 'lob-naast-de-leerling';
/** The current schema version; also written into every export file. */
export const SCHEMA_VERSION = 6;

export type LobDatabase = Dexie & {
  students: EntityTable<StudentRecord, 'key'>;
  notes: EntityTable<NoteRecord, 'id'>;
  afspraken: EntityTable<AfspraakRecord, 'id'>;
  moments: EntityTable<MomentRecord, 'id'>;
  referrals: EntityTable<ReferralRecord, 'id'>;
  aliases: EntityTable<AliasRecord, 'key'>;
  facts: EntityTable<FactsRecord, 'studentKey'>;
  drafts: EntityTable<DraftRecord, 'studentKey'>;
  handed: EntityTable<HandedRecord, 'id'>;
  meta: EntityTable<MetaRecord, 'key'>;
};

/** The tables that hold the teacher's data (everything except `meta`). */
export const DATA_TABLES = ['students', 'notes', 'afspraken', 'moments', 'referrals'] as const;
export type DataTable = (typeof DATA_TABLES)[number];

/** Version 1 stores, exactly as shipped in 0.1.0 (kept so the migration can be tested against it). */
export const V1_STORES = {
  students: 'key, host, name',
  notes: 'id, studentKey, date, [studentKey+date]',
  afspraken: 'id, studentKey, due, done',
  moments: 'id, studentKey, date, [studentKey+date]',
  referrals: 'id, studentKey, date',
} as const;

/**
 * Version 2: a `meta` table; afspraken indexed by [studentKey+due] for "what is due" (the v1 `done`
 * index is dropped: booleans are not valid IndexedDB keys, so it never held a row); referrals by
 * [studentKey+date] for the timeline.
 */
const V2_STORES = {
  students: 'key, host, name',
  notes: 'id, studentKey, date, [studentKey+date]',
  afspraken: 'id, studentKey, due, [studentKey+due]',
  moments: 'id, studentKey, date, [studentKey+date]',
  referrals: 'id, studentKey, date, [studentKey+date]',
  meta: 'key',
} as const;

/** Version 3: `aliases`, pairs of ids of one student (nothing else changes; no data is rewritten). */
const V3_STORES = { ...V2_STORES, aliases: 'key, studentKey' } as const;

/** Version 4: `facts`, what the mentor set about a student (nothing else changes; no data is rewritten). */
const V4_STORES = { ...V3_STORES, facts: 'studentKey, updatedAt' } as const;

/** Version 5: `drafts`, the conversation being written per student (nothing else changes). */
const V5_STORES = { ...V4_STORES, drafts: 'studentKey, updatedAt' } as const;

/** Version 6: `handed`, entries received from the previous mentor (nothing else changes). */
export const V6_STORES = { ...V5_STORES, handed: 'id, studentKey, date, [studentKey+date]' } as const;

const STUDENT_LINKED = ['notes', 'afspraken', 'moments', 'referrals'] as const;

/** v1 → v2: lower-case hosts (re-keying students and their rows), fill missing note and afspraak fields. */
async function upgradeToV2(tx: Transaction): Promise<void> {
  const students = (await tx.table('students').toArray()) as Partial<StudentRecord>[];
  const moved = new Map<string, string>();
  for (const s of students) {
    if (typeof s.key !== 'string') continue;
    const host = String(s.host ?? s.key.split('|')[0] ?? '').toLowerCase();
    const sisId = String(s.sisId ?? s.key.slice(s.key.indexOf('|') + 1));
    const key = `${host}|${sisId}`;
    const next: StudentRecord = {
      key,
      host,
      sisId,
      updatedAt: s.updatedAt ?? new Date().toISOString(),
      ...(s.name ? { name: s.name } : {}),
      ...(s.klas ? { klas: s.klas } : {}),
    };
    if (key !== s.key) {
      moved.set(s.key, key);
      await tx.table('students').delete(s.key);
      // The same child may already exist under the lower-case key: keep its newest display data.
      const existing = (await tx.table('students').get(key)) as StudentRecord | undefined;
      if (existing && existing.updatedAt >= next.updatedAt) continue;
    }
    await tx.table('students').put(next);
  }
  for (const name of STUDENT_LINKED) {
    await tx
      .table(name)
      .toCollection()
      .modify((row: { studentKey: string }) => {
        const key = moved.get(row.studentKey);
        if (key) row.studentKey = key;
      });
  }
  await tx
    .table('notes')
    .toCollection()
    .modify((note: Partial<NoteRecord>) => {
      if (!note.updatedAt) note.updatedAt = note.date;
      if (!Array.isArray(note.competences)) note.competences = [];
      if (!Array.isArray(note.promptIds)) note.promptIds = [];
      if (typeof note.text !== 'string') note.text = '';
    });
  await tx
    .table('afspraken')
    .toCollection()
    .modify((a: Partial<AfspraakRecord> & { done?: unknown }) => {
      a.done = Boolean(a.done);
      if (!a.createdAt) a.createdAt = a.due ?? new Date().toISOString();
    });
  await tx.table('meta').put({ key: 'migratedFromV1', value: new Date().toISOString() });
}

/** Opens the database. Only the background and extension pages may call this (extension origin). */
export function openDatabase(name = DB_NAME): LobDatabase {
  const db = new Dexie(name) as LobDatabase;
  db.version(1).stores(V1_STORES);
  db.version(2).stores(V2_STORES).upgrade(upgradeToV2);
  db.version(3).stores(V3_STORES);
  db.version(4).stores(V4_STORES);
  db.version(5).stores(V5_STORES);
  db.version(6).stores(V6_STORES);
  return db;
}
