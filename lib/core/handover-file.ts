import { COMPETENCES, NOTE_MAX } from './domain';
import { isValidHost } from './student';
import { z } from './zod';

/**
 * What a handover file holds once it is opened (lib/db/sealed wraps it; lib/db/handover makes and reads it): per student who agreed, the
 * student's words, the agreed next steps and the competences of each conversation, and the open
 * afspraken. Never the teacher's own note text, never a care entry, never a draft. The schema is
 * strict: a field this version does not know refuses the file.
 */

export const HANDOVER_FORMAT = 'lob-overdracht';
export const HANDOVER_VERSION = 1;

const id = z.string().min(1).max(100);
const dateTime = z.iso.datetime({ offset: true });
const day = z.iso.date();
const shortText = z.string().max(200);
const longText = z.string().max(NOTE_MAX);

const noteEntrySchema = z.strictObject({
  id,
  kind: z.literal('note'),
  /** The conversation's own date. */
  date: dateTime,
  competences: z.array(z.enum(COMPETENCES)).max(COMPETENCES.length),
  studentWords: longText.optional(),
  nextStep: longText.optional(),
});

const afspraakEntrySchema = z.strictObject({
  id,
  kind: z.literal('afspraak'),
  /** The day it was agreed. */
  date: dateTime,
  what: z.string().min(1).max(2000),
  who: shortText.optional(),
  due: day.optional(),
});

const handoverEntrySchema = z.discriminatedUnion('kind', [noteEntrySchema, afspraakEntrySchema]);
export type HandoverEntry = z.infer<typeof handoverEntrySchema>;

const handoverStudentSchema = z.strictObject({
  host: z
    .string()
    .min(1)
    .max(255)
    .refine((h) => isValidHost(h) && h === h.toLowerCase()),
  sisId: id,
  name: shortText.optional(),
  klas: shortText.optional(),
  /** The day the previous mentor recorded that the student knows and agrees. */
  consentOn: day,
  entries: z.array(handoverEntrySchema).min(1).max(5_000),
});
export type HandoverStudent = z.infer<typeof handoverStudentSchema>;

export const handoverFileSchema = z.strictObject({
  format: z.literal(HANDOVER_FORMAT),
  version: z.literal(HANDOVER_VERSION),
  madeAt: dateTime,
  students: z.array(handoverStudentSchema).max(2_000),
});
export type HandoverFile = z.infer<typeof handoverFileSchema>;

/** Rows of a handover file, for its header (counts, never who). */
export function handoverCounts(file: HandoverFile): Record<string, number> {
  const entries = file.students.flatMap((s) => s.entries);
  return {
    students: file.students.length,
    notes: entries.filter((e) => e.kind === 'note').length,
    afspraken: entries.filter((e) => e.kind === 'afspraak').length,
  };
}

/** One student of a handover file as the receiving mentor sees it before anything is written. */
export interface ReceivedStudent extends HandoverStudent {
  /** Place in the file (the choice of a student on another host refers to it). */
  index: number;
  /** The file's host is one this browser knows: the entries join the student under the same number there. */
  sameHost: boolean;
}

/** What receiving a handover did. */
export interface ReceiveResult {
  /** Students that received entries (or had them already). */
  students: number;
  /** Entries written now. */
  added: number;
  /** Entries already here from an earlier import of the same file (not written again, never moved). */
  already: number;
  /** Students of the file with no place chosen: nothing of theirs was written. */
  skipped: number;
}
