import type { HandoverEntry, HandoverFile, ReceivedStudent, ReceiveResult } from '../../lib/core/handover-file';
import type { ImportRefused } from '../../lib/core/import-problem';
import type { SealedProblem } from '../../lib/core/sealed-problem';
import type { StudentRef } from '../../lib/core/student';

/** A student as the "Gegevens" section lists them (students with notes). */
export interface DataStudent {
  key: string;
  host: string;
  sisId: string;
  name?: string;
  klas?: string;
}

/** One export, ready to download; `bytes` is its size in UTF-8 (for the warning near the import limit). */
export interface ExportedFile<Body extends string | Blob = string> {
  fileName: string;
  /** The file: text, or for the full export a Blob written a page of rows at a time (never one large string). */
  text: Body;
  counts: { students: number; notes: number };
  bytes: number;
  /** One student's export: the paired numbers whose rows it also holds ("Naam (nummer 123)"). */
  paired?: string[];
}

interface DataCounts {
  students: number;
  notes: number;
  afspraken: number;
  moments: number;
  referrals: number;
}

/** How far the writing of an import is: rows written of all rows in the file. */
interface ImportProgress {
  written: number;
  total: number;
}

/** Rows of a file by what the import does with them: new, the same, newer, older (skipped), of another student (refused). */
export interface ImportSummary {
  add: number;
  same: number;
  update: number;
  older: number;
  refused: number;
}

/**
 * An import (or its dry run) either checked the file (with counts and what it does or would do) or
 * refused it (with the problem as a code and its place in the file: lib/i18n words it); a refused
 * file changed nothing.
 */
export type ImportOutcome = { ok: true; counts: DataCounts; summary: ImportSummary } | ImportRefused;

/** A shorter retention period that waits its grace period: the day it takes effect (YYYY-MM-DD). */
export interface RetentionWait {
  days: number;
  before: number;
  startsOn: string;
}

/** What an encrypted backup says about itself before it is opened (nothing about students). */
export interface BackupPreview {
  created: string;
  expires: string;
  counts: Record<string, number>;
}

type Sealed<T> = { ok: true; value: T } | { ok: false; problem: SealedProblem };

/** A student the mentor may hand over: who, whether and since when they agreed, and exactly what would go. */
export interface HandoverChoice {
  key: string;
  host: string;
  sisId: string;
  name?: string;
  klas?: string;
  /** The day the student agreed (YYYY-MM-DD); absent: not agreed, so not in the file. */
  consentOn?: string;
  /** Exactly what the file would hold for this student (never the teacher's note text, a care entry or a draft). */
  entries: HandoverEntry[];
}

/** A handover file opened with its passphrase: its students as the receiving mentor sees them, and where they can go. */
export interface OpenedHandover {
  file: HandoverFile;
  students: ReceivedStudent[];
  /** The students of this browser a student on another host can be given to (chosen once, never by name). */
  targets: DataStudent[];
}

/** What the "Gegevens" section needs; entrypoints/options/data-api.ts backs it with the extension's database. */
export interface DataApi {
  students(): Promise<DataStudent[]>;
  exportAll(): Promise<ExportedFile<string | Blob>>;
  exportStudent(ref: StudentRef): Promise<ExportedFile>;
  /** The dry run: what importing this text would do, with nothing written. */
  checkImport(source: string | Blob): Promise<ImportOutcome>;
  /** "Alles meenemen naar een andere computer": everything (drafts included), encrypted with the passphrase. */
  exportBackup(passphrase: string): Promise<ExportedFile & { expires: string }>;
  /** What an encrypted backup holds, read from its header (checked) before the passphrase is asked. */
  backupPreview(text: string): Promise<Sealed<BackupPreview>>;
  /** The backup opened with its passphrase: the export text inside, to check and import as any export. */
  openBackup(text: string, passphrase: string): Promise<Sealed<string>>;
  /** Handover to the next mentor: the students with conversations or open afspraken, and what would go. */
  handoverChoices(): Promise<HandoverChoice[]>;
  /** "De leerling weet het en is akkoord" (today), or withdrawn. */
  setHandoverConsent(key: string, agreed: boolean): Promise<void>;
  /** The encrypted handover file of the chosen students (only those who agreed). */
  exportHandover(keys: readonly string[], passphrase: string): Promise<ExportedFile & { expires: string }>;
  /** What a handover file says about itself (when made, until when, how many), before the passphrase. */
  handoverPreview(text: string): Promise<Sealed<BackupPreview>>;
  openHandover(text: string, passphrase: string): Promise<Sealed<OpenedHandover>>;
  /** Writes the entries of the students with a place here (file index → student key); nothing else. */
  receiveHandover(file: HandoverFile, targets: ReadonlyMap<number, string>): Promise<ReceiveResult>;
  /** `onProgress` hears how far the writing is, once the file is checked. */
  importText(source: string | Blob, onProgress?: (progress: ImportProgress) => void): Promise<ImportOutcome>;
  /** The database's stores as they are, without the current schema; null when there is no database. */
  exportRaw(): Promise<{ fileName: string; text: string } | null>;
  /** How many notes a retention period of `days` would remove now. */
  countNotesBeyond(days: number): Promise<number>;
  /** Starts the grace period of a shorter retention period; the day it takes effect. */
  shortenRetention(from: number, to: number): Promise<string>;
  /** The shorter period still waiting, if any, given the period now asked for. */
  retentionWait(requested: number): Promise<RetentionWait | null>;
  eraseStudent(ref: StudentRef): Promise<DataCounts>;
  eraseAll(): Promise<DataCounts>;
}
