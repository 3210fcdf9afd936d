import { IMPORT_MAX_BYTES } from '../../core/domain';
import type {
  AfspraakRecord,
  AliasRecord,
  DraftRecord,
  FactsRecord,
  HandedRecord,
  MomentRecord,
  NoteRecord,
  ReferralRecord,
  StudentRecord,
} from '../database';

/** The export file's `format`: a file without it is not ours. */
export const EXPORT_FORMAT = 'lob-naast-de-leerling';
export const DEFAULT_MAX_IMPORT_BYTES = IMPORT_MAX_BYTES;
/** The tables of the file, in its order. */
export const FILE_TABLES = [
  'students',
  'notes',
  'afspraken',
  'moments',
  'referrals',
  'aliases',
  'facts',
  'drafts',
  'handed',
] as const;
export type FileTable = (typeof FILE_TABLES)[number];
/** The tables older files do not have (schema 3–6); an export leaves them out when they are empty. */
export const OPTIONAL_TABLES = ['aliases', 'facts', 'drafts', 'handed'] as const satisfies readonly FileTable[];

/** At most this many rows per table in one file. */
export const MAX_ROWS = 500_000;

/** The export file: the teacher's rows per table, with the schema version they were written at. */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  students: StudentRecord[];
  notes: NoteRecord[];
  afspraken: AfspraakRecord[];
  moments: MomentRecord[];
  referrals: ReferralRecord[];
  /** Pairs of ids of one student (schema 3; absent in older files). */
  aliases?: AliasRecord[];
  /** What the mentor set about a student (schema 4; absent in older files). */
  facts?: FactsRecord[];
  /** The conversations being written, one per student (schema 5; absent in older files). */
  drafts?: DraftRecord[];
  /** Entries received from the previous mentor (schema 6; absent in older files). */
  handed?: HandedRecord[];
}
