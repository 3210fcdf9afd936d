import { z } from 'zod';
import { PAGE_TYPES } from './hosts/schema';
import { COMPETENCES, SCHOOL_TYPES, TRIGGERS } from './prompts/schema';

/** Every message between content scripts, extension pages and the background, checked on both ends. */

const id = z.string().trim().min(1).max(100);
const shortText = z.string().max(200);

export const studentRefSchema = z.object({ host: z.string().min(1).max(255), id }).strict();
export type StudentRef = z.infer<typeof studentRefSchema>;

export const pageSummarySchema = z
  .object({
    profileId: z.string().max(50),
    host: z.string().min(1).max(255),
    pageType: z.enum(PAGE_TYPES),
    student: z
      .object({
        id,
        name: shortText.optional(),
        klas: shortText.optional(),
        studyText: shortText.optional(),
        schoolType: z.enum(SCHOOL_TYPES).optional(),
        year: z.number().int().min(1).max(8).optional(),
      })
      .strict()
      .optional(),
    subject: shortText.optional(),
    group: shortText.optional(),
    rowCount: z.number().int().min(0),
    /** Student ids of the rows on a grade-entry or list page (ids only). */
    rowIds: z.array(id).max(5000).optional(),
  })
  .strict();

export const NOTE_MAX = 20_000;

export const requestSchema = z.discriminatedUnion('type', [
  /** content → background: what this tab shows now (null: nothing recognised). */
  z.object({ type: z.literal('page/context'), summary: pageSummarySchema.nullable() }).strict(),
  /** content → background: the prompts, lens and last contact for the card (never note text). */
  z.object({ type: z.literal('card/get'), student: studentRefSchema }).strict(),
  /** content → background: one prompt for a grading cue (this subject, this result). */
  z
    .object({
      type: z.literal('cue/get'),
      student: studentRefSchema,
      klas: shortText.optional(),
      trigger: z.enum(TRIGGERS),
    })
    .strict(),
  /** content → background: log a "Je doet het al" moment. */
  z.object({ type: z.literal('moment/add'), student: studentRefSchema, momentType: id }).strict(),
  /** panel → background: what a tab shows. */
  z.object({ type: z.literal('tab/context'), tabId: z.number().int().min(0) }).strict(),
  /** panel → background: save a note. */
  z
    .object({
      type: z.literal('note/save'),
      student: studentRefSchema,
      display: z.object({ name: shortText.optional(), klas: shortText.optional() }).strict(),
      text: z.string().trim().min(1).max(NOTE_MAX),
    })
    .strict(),
  /** panel → background: one student's notes, newest first. */
  z.object({ type: z.literal('notes/list'), student: studentRefSchema }).strict(),
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

export const cardPromptSchema = z
  .object({ id, text: z.string(), why: z.string(), competences: z.array(z.enum(COMPETENCES)) })
  .strict();
export type CardPrompt = z.infer<typeof cardPromptSchema>;

export const cardDataSchema = z
  .object({
    prompts: z.array(cardPromptSchema),
    lens: z.record(z.enum(COMPETENCES), z.number().int().min(0)),
    lastContact: z.string().nullable(),
  })
  .strict();
export type CardData = z.infer<typeof cardDataSchema>;

export const cueDataSchema = z
  .object({
    prompt: cardPromptSchema.nullable(),
    moments: z.array(z.object({ id, label: z.string() }).strict()),
  })
  .strict();
export type CueData = z.infer<typeof cueDataSchema>;

export const noteViewSchema = z.object({ id, date: z.string(), text: z.string() }).strict();
export type NoteView = z.infer<typeof noteViewSchema>;

/** What each request answers with. */
export const responseSchemas = {
  'page/context': z.null(),
  'card/get': cardDataSchema,
  'cue/get': cueDataSchema,
  'moment/add': z.null(),
  'tab/context': pageSummarySchema.nullable(),
  'note/save': noteViewSchema,
  'notes/list': z.array(noteViewSchema),
} satisfies Record<RequestType, z.ZodType>;

export type ResponseData<T extends RequestType> = z.infer<(typeof responseSchemas)[T]>;

export const ERROR_CODES = ['invalid', 'forbidden', 'storageFull', 'failed'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorCode };

export const envelopeSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }).strict(),
  z.object({ ok: z.literal(false), error: z.enum(ERROR_CODES) }).strict(),
]);

/** Broadcast from the background to extension pages (never to content scripts). */
export const broadcastSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tab/changed'), tabId: z.number().int() }).strict(),
  z.object({ type: z.literal('data/changed'), studentKey: z.string() }).strict(),
]);
export type Broadcast = z.infer<typeof broadcastSchema>;

export function studentKey(ref: StudentRef): string {
  return `${ref.host.toLowerCase()}|${ref.id}`;
}
