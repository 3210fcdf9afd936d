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
} satisfies Record<string, MessageSchemas>;
