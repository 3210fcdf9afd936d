import type { z } from '../../core/zod';
import type { cueDataSchema } from './schemas';

/** What a cue is told by the background (the shapes are defined once, in ./schemas.ts). */
export type CueData = z.infer<typeof cueDataSchema>;
