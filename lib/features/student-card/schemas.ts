import { COMPETENCES } from '../../core/domain';
import { z } from '../../core/zod';
import { cardPromptSchema, type MessageSchemas, studentRefSchema } from '../../messages/wire';

/** The card's messages (checked by the background; their types are in ./contract.ts). */
export const cardDataSchema = z
  .object({
    prompts: z.array(cardPromptSchema),
    lens: z.record(z.enum(COMPETENCES), z.number().int().min(0)),
    lastContact: z.string().nullable(),
  })
  .strict();

export const studentCardMessages = {
  /** content → background: the prompts, lens and last contact for the card (never note text). */
  'card/get': {
    request: z.object({ type: z.literal('card/get'), student: studentRefSchema }).strict(),
    response: cardDataSchema,
  },
  /**
   * content → background: the teacher clicked "Open in zijpaneel" on the card. The background opens
   * the panel where the browser allows it and makes this frame's student the one the tab's panel
   * shows; otherwise it tells the card the panel's shortcut, so the card can say how.
   */
  'card/open-panel': {
    request: z.object({ type: z.literal('card/open-panel'), student: studentRefSchema }).strict(),
    response: z.object({ opened: z.boolean(), shortcut: z.string() }).strict(),
  },
} satisfies Record<string, MessageSchemas>;
