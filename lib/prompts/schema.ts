import { CALENDAR_MOMENTS } from '../core/calendar';
import { AUDIENCES, COMPETENCES, type Localized, PHASES, PLACES, ROUTES, SCHOOL_TYPES, STEPS, TRIGGERS } from '../core/domain';
import { z } from '../core/zod';

export {
  COMPETENCES,
  type Competence,
  type Localized,
  type Place,
  SCHOOL_TYPES,
  type SchoolType,
  STEPS,
  type Step,
  TRIGGERS,
  type Trigger,
} from '../core/domain';

const competenceSchema = z.enum(COMPETENCES);
const stepSchema = z.enum(STEPS);
export const schoolTypeSchema = z.enum(SCHOOL_TYPES);

export const FAMILIES = [
  'gesprek', // mentor conversation: step × competence
  'vakdocent', // subject-linked, while grading or on the record
  'keuzemoment', // calendar of choice moments
  'studiekeuze', // quality of the study choice
  'gelijke-kansen', // equity lenses, as questions
  'ouders', // parents / carers
  'bpv', // mbo work placement, trialoog
  'eigen-bril', // teacher self-reflection, never about the student
  'houding', // stance lines for the teacher
] as const;
const familySchema = z.enum(FAMILIES);
export type Family = z.infer<typeof familySchema>;

const ROLES = ['vakdocent', 'mentor'] as const;
const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const placeSchema = z.enum(PLACES);
export const triggerSchema = z.enum(TRIGGERS);

const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'gebruik MM-DD');

/** A season window in the school year; `from` may be later than `to` (wraps over new year). */
const seasonSchema = z.object({ from: monthDay, to: monthDay }).strict();

export type { Season } from '../core/season';

export const localizedSchema = (max: number): z.ZodType<Localized> =>
  z.object({ nl: z.string().trim().min(3).max(max), en: z.string().trim().min(3).max(max).optional() }).strict();

const PROMPT_TEXT_MAX = 170; // fits in two lines of the card
const WHY_MAX = 150; // one line

const subjectIdSchema = z.string().regex(/^[a-z0-9-]+$/);

export const promptSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'id: kleine letters, cijfers en streepjes'),
    family: familySchema,
    text: localizedSchema(PROMPT_TEXT_MAX),
    why: localizedSchema(WHY_MAX),
    /** The loopbaancompetenties it asks about; none for a contact-first question (logging it counts nothing in the lens). */
    competences: z.array(competenceSchema).max(COMPETENCES.length),
    steps: z.array(stepSchema).min(1).optional(),
    roles: z.array(roleSchema).min(1),
    places: z.array(placeSchema).min(1),
    schoolTypes: z.array(schoolTypeSchema).min(1),
    /** Leerjaren (1–6); absent = every year. */
    years: z.array(z.number().int().min(1).max(6)).min(1).optional(),
    /** Only in examenjaar (last year of the programme). */
    examYearOnly: z.boolean().optional(),
    /** Only in these phases of the programme (e.g. voorexamenjaar and examenjaar for open dagen). */
    phases: z.array(z.enum(PHASES)).min(1).optional(),
    /** Whom it addresses (default: the student; eigen-bril and houding: the teacher). */
    audience: z.enum(AUDIENCES).optional(),
    /** Follows the previous step of the conversation ("Wat ging daar goed?"): never shown on its own. */
    followUp: z.boolean().optional(),
    /** The school-calendar moment it belongs to: the school's dates, where given, replace its season. */
    moment: z.enum(CALENDAR_MOMENTS).optional(),
    /** Routes the prompt speaks of (default: read from its Dutch text); offered only where the diploma gives them all. */
    routes: z.array(z.enum(ROUTES)).optional(),
    /** Only for these mbo learning paths (bbl: werkplek, leerbedrijf, praktijkopleider); absent: any. */
    paths: z
      .array(z.enum(['bol', 'bbl']))
      .min(1)
      .optional(),
    season: seasonSchema.optional(),
    subjects: z.array(subjectIdSchema).min(1).optional(),
    triggers: z.array(triggerSchema).min(1).optional(),
    source: z.string().min(3),
  })
  .strict();
export type Prompt = z.infer<typeof promptSchema>;

export const subjectSchema = z
  .object({
    id: subjectIdSchema,
    name: localizedSchema(60),
    /** Lower-case names and abbreviations as hosts show them ("wiskunde b", "wisb", "sk"). */
    aliases: z.array(z.string().min(1)).min(1),
    beroepen: z.array(z.string().min(2)).min(3),
    werkvelden: z.array(z.string().min(2)).min(1),
    schoolTypes: z.array(schoolTypeSchema).min(1),
  })
  .strict();
export type Subject = z.infer<typeof subjectSchema>;

export const momentTypeSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: localizedSchema(60),
    competences: z.array(competenceSchema).min(1),
    source: z.string().min(3),
  })
  .strict();
export type MomentType = z.infer<typeof momentTypeSchema>;

export const knowledgeCardSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: localizedSchema(80),
    /** Plain text, paragraphs separated by a blank line; fits on one screen. */
    body: localizedSchema(1400),
    source: z.string().min(3),
  })
  .strict();
export type KnowledgeCard = z.infer<typeof knowledgeCardSchema>;
