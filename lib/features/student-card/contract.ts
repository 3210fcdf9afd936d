import type { z } from '../../core/zod';
import type { cardDataSchema } from './schemas';

/** What the card is told by the background (the shapes are defined once, in ./schemas.ts). */
export type CardData = z.infer<typeof cardDataSchema>;
