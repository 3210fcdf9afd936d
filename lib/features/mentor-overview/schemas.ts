import { z } from '../../core/zod';
import { id, type MessageSchemas } from '../../messages/wire';

/** The overview's message (checked by the background; its types are in ./contract.ts). */
export const mentorOverviewMessages = {
  /** content → background: which listed students had no loopbaanmoment this period (ids only). */
  'overview/get': {
    request: z.object({ type: z.literal('overview/get'), studentIds: z.array(id).max(5000) }).strict(),
    response: z.object({ withoutMoment: z.array(id), periodStart: z.string() }).strict(),
  },
} satisfies Record<string, MessageSchemas>;
