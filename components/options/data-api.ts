import type { StudentRef } from '../../lib/core/student';

/** A student as the "Gegevens" section lists them (students with notes). */
export interface DataStudent {
  key: string;
  host: string;
  sisId: string;
  name?: string;
  klas?: string;
}

/** One export, ready to download. */
export interface ExportedFile {
  fileName: string;
  text: string;
  counts: { students: number; notes: number };
}

export interface DataCounts {
  students: number;
  notes: number;
  afspraken: number;
  moments: number;
  referrals: number;
}

/** How far the writing of an import is: rows written of all rows in the file. */
export interface ImportProgress {
  written: number;
  total: number;
}

/** An import either wrote everything (with counts) or nothing (with the reason, in words). */
export type ImportOutcome = { ok: true; counts: DataCounts } | { ok: false; error: { code: string; message: string } };

/** What the "Gegevens" section needs; entrypoints/options/data-api.ts backs it with the extension's database. */
export interface DataApi {
  students(): Promise<DataStudent[]>;
  exportAll(): Promise<ExportedFile>;
  exportStudent(ref: StudentRef): Promise<ExportedFile>;
  /** `onProgress` hears how far the writing is, once the file is checked. */
  importText(text: string, onProgress?: (progress: ImportProgress) => void): Promise<ImportOutcome>;
  eraseStudent(ref: StudentRef): Promise<DataCounts>;
  eraseAll(): Promise<DataCounts>;
}
