import { COMPETENCES, MISS_KINDS, PAGE_TYPES } from '../core/domain';
import { isValidHost, type StudentRef } from '../core/student';
import { studySchema } from '../core/study-schema';
import { z } from '../core/zod';

/**
 * The building blocks of every message (zod, types by `z.infer`): ids, a student reference, the page
 * summary, a prompt as shown. The messages themselves are defined by their owners: each feature's
 * `schemas.ts`, and lib/messages/schema.ts for those of no feature.
 */

export const id = z.string().trim().min(1).max(100);
export const shortText = z.string().max(200);
/** A host name as `url.hostname` gives it: never a "|" (which would let two students share one key). */
const host = z.string().min(1).max(255).refine(isValidHost, 'geen geldige hostnaam');

export const studentRefSchema: z.ZodType<StudentRef> = z.object({ host, id }).strict();
export type { StudentRef };

/** A redacted note for the diagnostics log: which profile/selector missed, never names or grades. */
export const missSchema = z
  .object({
    profileId: z.string().max(64),
    pageType: z.enum(PAGE_TYPES).optional(),
    what: z.enum(MISS_KINDS),
    selector: z.string().max(300).optional(),
  })
  .strict();
export type Miss = z.infer<typeof missSchema>;

/** What a study or class text told about a student's programme (parsed once, where it was read). */
export { studySchema };

export const pageSummarySchema = z
  .object({
    profileId: z.string().max(50),
    host,
    pageType: z.enum(PAGE_TYPES),
    student: z
      .object({
        id,
        name: shortText.optional(),
        klas: shortText.optional(),
        studyText: shortText.optional(),
        /** Parsed once, where the text was read (lib/core/study.ts). */
        study: studySchema.optional(),
        /** Unexcused absences the page shows: kept in the tab's session context only, never stored. */
        absences: z.number().int().min(0).max(9999).optional(),
      })
      .strict()
      .optional(),
    subject: shortText.optional(),
    group: shortText.optional(),
    /** The page's own title (Magister keeps it in a dna-page-header shadow root). */
    title: shortText.optional(),
    rowCount: z.number().int().min(0),
    /** Student ids of the rows on a grade-entry or list page (ids only). */
    rowIds: z.array(id).max(5000).optional(),
    features: z.array(z.string().max(50)).max(20).optional(),
  })
  .strict();
/** The serialisable part of a page context that crosses to the background (no DOM, no grades). */
export type PageSummary = z.infer<typeof pageSummarySchema>;

export const displaySchema = z.object({ name: shortText.optional(), klas: shortText.optional() }).strict();

export const cardPromptSchema = z
  .object({ id, text: z.string(), why: z.string(), competences: z.array(z.enum(COMPETENCES)) })
  .strict();
export type CardPrompt = z.infer<typeof cardPromptSchema>;

/** One message: its request and what the background answers. */
export interface MessageSchemas {
  request: z.ZodObject;
  response: z.ZodType;
}
