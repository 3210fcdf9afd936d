import { PHASES, ROUTES } from '../core/domain';
import { z } from '../core/zod';
import { localizedSchema, placeSchema, schoolTypeSchema, triggerSchema } from '../prompts/schema';

const phasesSchema = z.array(z.enum(PHASES)).min(1).optional();
/** Months (1–12) in which a public service matters, e.g. before a deadline; absent: all year. */
const monthsSchema = z.array(z.number().int().min(1).max(12)).min(1).optional();
/**
 * Route truth (lob-content.md §5) for a referral: the destinations a service or role serves. It is
 * offered only when the student's diploma opens one of them; absent: it serves every route.
 */
const routesSchema = z.array(z.enum(ROUTES)).min(1).optional();

/** Situations a referral rule can match on (derived from the page, never from a student's background). */
const REFERRAL_TOPICS = [
  'talent', // vakdocent saw a talent worth following up
  'contact', // a result unlike the student's own: contact first, with the mentor as the conversation holder
  'twijfel', // doubt about a choice that lasts
  'profielkeuze',
  'sectorkeuze',
  'studiekeuze',
  'doorstroom',
  'stage',
  'orientatie', // exploring options
  'verlaten', // leaving school, switching, adults
  'zorg', // beyond loopbaan: home, health, money
  'ouders',
] as const;
export const referralTopicSchema = z.enum(REFERRAL_TOPICS);
export type ReferralTopic = z.infer<typeof referralTopicSchema>;

/** A default role in the referral map (lob-content.md §4); the school fills names and contacts. */
export const referralRoleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    lijn: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
    role: localizedSchema(80),
    when: localizedSchema(220),
    topics: z.array(referralTopicSchema).min(1),
    schoolTypes: z.array(schoolTypeSchema).min(1),
    /** The zorg boundary: shown as a contact, nothing about it is stored. */
    care: z.boolean().optional(),
    /** Only in these phases of the programme. */
    phases: phasesSchema,
    /** Placeholder key in the school's vocabulary this role's name follows (mentorRole, secondLineRole, careRole). */
    vocabulary: z.enum(['mentorRole', 'secondLineRole', 'careRole']).optional(),
    routes: routesSchema,
    /** Fits any student: offered too when the page does not tell the school type (mentor, decaan, zorg). */
    anyStudent: z.boolean().optional(),
    source: z.string().min(3),
  })
  .strict();
export type ReferralRole = z.infer<typeof referralRoleSchema>;

/** A public service (open dagen, Studiekeuze123, …). Shown as text; the extension never contacts it. */
export const publicServiceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(2),
    address: z.string().min(3).optional(),
    when: localizedSchema(220),
    topics: z.array(referralTopicSchema).min(1),
    schoolTypes: z.array(schoolTypeSchema).min(1),
    /** Only in these phases (e.g. the studiekeuzecheck in the exam year), and these months (a deadline near). */
    phases: phasesSchema,
    months: monthsSchema,
    routes: routesSchema,
    source: z.string().min(3),
  })
  .strict();
export type PublicService = z.infer<typeof publicServiceSchema>;

/** Which topics a page moment suggests. */
export const referralRuleSchema = z
  .object({
    places: z.array(placeSchema).min(1),
    triggers: z.array(triggerSchema).optional(),
    /** Only for these school types (absent: every school type). */
    schoolTypes: z.array(schoolTypeSchema).min(1).optional(),
    /** Only when a doubt lasts (true) or only when it does not (false): lib/db/history.ts `doubtLasts`. */
    lasting: z.boolean().optional(),
    topics: z.array(referralTopicSchema).min(1),
  })
  .strict();
export type ReferralRule = z.infer<typeof referralRuleSchema>;
