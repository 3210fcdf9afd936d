import { TRIGGERS } from '../../core/domain';
import { z } from '../../core/zod';
import { cardPromptSchema, id, type MessageSchemas, shortText, studentRefSchema, studySchema } from '../../messages/wire';

/** The cue's messages (checked by the background; their types are in ./contract.ts). */
export const cueDataSchema = z
  .object({
    prompt: cardPromptSchema.nullable(),
    /** Whom to pass this moment on to (a talent, a result unlike the student's own: the mentor first). */
    referral: z.object({ title: z.string(), when: z.string() }).strict().nullable(),
    moments: z.array(z.object({ id, label: z.string() }).strict()),
  })
  .strict();

export const gradingCueMessages = {
  /** content → background: one prompt for a grading cue (this subject, this result, the row's study). */
  'cue/get': {
    request: z
      .object({
        type: z.literal('cue/get'),
        student: studentRefSchema,
        study: studySchema.optional(),
        klas: shortText.optional(),
        trigger: z.enum(TRIGGERS),
      })
      .strict(),
    response: cueDataSchema,
  },
  /** content → background: log a "Je doet het al" moment (with the name the page shows, kept if none is known). */
  'moment/add': {
    request: z
      .object({ type: z.literal('moment/add'), student: studentRefSchema, momentType: id, name: shortText.optional() })
      .strict(),
    response: z.null(),
  },
  /**
   * content → background: the teacher's snooze and quiet mode for today (the background keeps them
   * in the trusted store and publishes the copy the cues read).
   */
  'cue/settings': {
    request: z
      .object({
        type: z.literal('cue/settings'),
        settings: z
          .object({
            day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
            quiet: z.boolean(),
            snoozed: z.array(z.string().max(300)).max(500),
          })
          .strict(),
      })
      .strict(),
    response: z.null(),
  },
  /**
   * content → background: a "Je doet het al" press that did not count (the teacher may not have seen
   * the control: lib/features/shared/seen.ts); nothing is written, the side panel offers it to confirm.
   */
  'moment/suggest': {
    request: z
      .object({ type: z.literal('moment/suggest'), student: studentRefSchema, momentType: id, name: shortText.optional() })
      .strict(),
    response: z.null(),
  },
} satisfies Record<string, MessageSchemas>;
