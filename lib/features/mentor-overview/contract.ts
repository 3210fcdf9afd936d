import type { z } from '../../core/zod';
import type { mentorOverviewMessages } from './schemas';

/** What the overview is told by the background (the shapes are defined once, in ./schemas.ts). */
export type OverviewData = z.infer<(typeof mentorOverviewMessages)['overview/get']['response']>;
