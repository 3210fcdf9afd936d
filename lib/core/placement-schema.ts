import { PLACEMENT_PHASES } from './placement';
import { z } from './zod';

/** Where the mentor said the student stands in the work placement (lib/core/placement.ts), as export files and messages check it. */
export const placementPhaseSchema = z.enum(PLACEMENT_PHASES);

export const placementFactSchema = z.strictObject({ phase: placementPhaseSchema, setOn: z.iso.date() });
