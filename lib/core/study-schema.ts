import { SCHOOL_TYPES, TRACKS } from './domain';
import { z } from './zod';

/** What a study or class text told about a student's programme (lib/core/study.ts Study), as messages and export files check it. */
export const studySchema = z
  .object({
    schoolType: z.enum(SCHOOL_TYPES),
    year: z.number().int().min(1).max(8).optional(),
    track: z.enum(TRACKS).optional(),
    gymnasium: z.literal(true).optional(),
    level: z.number().int().min(1).max(4).optional(),
    entree: z.literal(true).optional(),
    path: z.enum(['bol', 'bbl']).optional(),
    programme: z.string().max(200).optional(),
  })
  .strict();
