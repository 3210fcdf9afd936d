import { z } from '../../core/zod';
import type { MessageSchemas } from '../../messages/wire';

/** The page picker's message (checked by the background). */
export const pageTeacherMessages = {
  /**
   * content → background: save what the teacher taught on this page ("Leer deze pagina herkennen") as
   * their own host-profile patch. `values`: every name and id the teacher saw while teaching; the
   * background refuses a patch that contains any of them.
   */
  'teach/save': {
    request: z
      .object({
        type: z.literal('teach/save'),
        patch: z
          .object({
            id: z
              .string()
              .regex(/^[a-z0-9-]+$/)
              .max(64),
            hosts: z.array(z.string().min(1).max(253)).max(5).optional(),
            pages: z.record(z.string(), z.unknown()),
          })
          .strict(),
        values: z.array(z.string().max(300)).max(2000),
      })
      .strict(),
    response: z.null(),
  },
  /** content (the picker, just injected) → background: started to confirm a proposal, or to teach by pointing? */
  'teach/intent': {
    request: z.object({ type: z.literal('teach/intent') }).strict(),
    response: z.enum(['confirm', 'teach']),
  },
} satisfies Record<string, MessageSchemas>;
