import { COMPETENCES, NOTE_MAX } from '../../core/domain';
import type { PlainInvalidReason } from '../../core/import-problem';
import { placementFactSchema } from '../../core/placement-schema';
import { isValidHost, isValidStudentKey } from '../../core/student';
import { studySchema } from '../../core/study-schema';
import { z } from '../../core/zod';
import { SCHEMA_VERSION } from '../database';
import { EXPORT_FORMAT, type FileTable, MAX_ROWS, type OPTIONAL_TABLES } from './format';

/** A refinement's reason travels in its issue's `params` (read by ./issue.ts): a code, not words. */
const because = (reason: PlainInvalidReason) => ({ params: { reason } });

const id = z.string().min(1).max(100);
const dateTime = z.iso.datetime({ offset: true });
const day = z.iso.date();
const shortText = z.string().max(200);
const longText = z.string().max(NOTE_MAX);

/** "host|id" with a valid host name: a "|" in a host would let two students share one key. */
const keyOfStudent = z.string().min(3).max(400).refine(isValidStudentKey, because('invalidStudentKey'));

const studentSchema = z.strictObject({
  key: keyOfStudent,
  host: z.string().min(1).max(255).refine(isValidHost, because('invalidHost')),
  sisId: id,
  name: shortText.optional(),
  klas: shortText.optional(),
  updatedAt: dateTime,
});
const noteSchema = z.strictObject({
  id,
  studentKey: keyOfStudent,
  date: dateTime,
  context: shortText.optional(),
  competences: z.array(z.enum(COMPETENCES)).max(COMPETENCES.length),
  promptIds: z.array(id).max(100),
  text: longText,
  studentWords: longText.optional(),
  nextStep: longText.optional(),
  updatedAt: dateTime,
});
const afspraakSchema = z.strictObject({
  id,
  studentKey: keyOfStudent,
  what: z.string().min(1).max(2000),
  who: shortText.optional(),
  due: day.optional(),
  done: z.boolean(),
  createdAt: dateTime,
  doneAt: dateTime.optional(),
  noteId: id.optional(),
  updatedAt: dateTime.optional(),
});
const momentSchema = z.strictObject({
  id,
  studentKey: keyOfStudent,
  type: id,
  date: dateTime,
  subject: shortText.optional(),
});
const referralSchema = z.strictObject({
  id,
  studentKey: keyOfStudent,
  role: id,
  date: dateTime,
  noteId: id.optional(),
});

/** An entry received from the previous mentor (lib/db/database.ts HandedRecord). */
const handedBase = { id, studentKey: keyOfStudent, date: dateTime, handedOn: dateTime, receivedAt: dateTime };
const handedSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...handedBase,
    kind: z.literal('note'),
    competences: z.array(z.enum(COMPETENCES)).max(COMPETENCES.length).optional(),
    studentWords: longText.optional(),
    nextStep: longText.optional(),
  }),
  z.strictObject({
    ...handedBase,
    kind: z.literal('afspraak'),
    what: z.string().min(1).max(2000),
    who: shortText.optional(),
    due: day.optional(),
  }),
]);

/** Every field of every row of an export file, with its limits. */
const aliasSchema = z.strictObject({ key: keyOfStudent, studentKey: keyOfStudent, createdAt: dateTime });
const factsSchema = z.strictObject({
  studentKey: keyOfStudent,
  study: studySchema.optional(),
  placement: placementFactSchema.optional(),
  handoverConsent: day.optional(),
  handoverWithdrawn: day.optional(),
  updatedAt: dateTime,
});
const draftSchema = z.strictObject({
  studentKey: keyOfStudent,
  text: longText,
  studentWords: longText.optional(),
  nextStep: longText.optional(),
  competences: z.array(z.enum(COMPETENCES)).max(COMPETENCES.length),
  promptIds: z.array(id).max(100),
  startedAt: dateTime,
  updatedAt: dateTime,
});

/**
 * The schema of one row per table of the file, in the file's order. `aliases` (schema 3), `facts`
 * (what the mentor set about a student, schema 4), `drafts` (conversations being written, schema 5)
 * and `handed` (entries from the previous mentor, schema 6) are absent in older files.
 */
export const ROW_SCHEMAS = {
  students: studentSchema,
  notes: noteSchema,
  afspraken: afspraakSchema,
  moments: momentSchema,
  referrals: referralSchema,
  aliases: aliasSchema,
  facts: factsSchema,
  drafts: draftSchema,
  handed: handedSchema,
} as const satisfies Record<FileTable, z.ZodType>;

const head = {
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.number().int().min(1).max(SCHEMA_VERSION),
  exportedAt: dateTime,
};

/**
 * The file without its rows: the head fields, no unknown keys, and every table a list of at most
 * MAX_ROWS. Its rows are then checked one by one with ROW_SCHEMAS (lib/db/transfer/check.ts), so a
 * 100 000-row file is never held twice (once as read, once as checked).
 */
const rowList = z.array(z.unknown()).max(MAX_ROWS);
export const fileHeadSchema = z.strictObject({
  ...head,
  students: rowList,
  notes: rowList,
  afspraken: rowList,
  moments: rowList,
  referrals: rowList,
  aliases: rowList.optional(),
  facts: rowList.optional(),
  drafts: rowList.optional(),
  handed: rowList.optional(),
});

type OptionalTable = (typeof OPTIONAL_TABLES)[number];
type RowsOf<T extends FileTable> = z.infer<(typeof ROW_SCHEMAS)[T]>[];

/** An export file that passed its head schema and whose every row passed its table's schema. */
export type SchemaFile = Omit<z.infer<typeof fileHeadSchema>, FileTable> & {
  [T in Exclude<FileTable, OptionalTable>]: RowsOf<T>;
} & {
  [T in OptionalTable]?: RowsOf<T>;
};
