import type { z } from '../../core/zod';
import type { cardDataSchema, studentCardMessages } from './schemas';

/** What the card is told by the background (the shapes are defined once, in ./schemas.ts). */
export type CardData = z.infer<typeof cardDataSchema>;

/** What the background answers when the card asks for the side panel (a shortcut only when it did not open). */
export type PanelOpening = z.infer<(typeof studentCardMessages)['card/open-panel']['response']>;
