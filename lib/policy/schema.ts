import { LANGUAGES, type Language, RETENTION, type Vocabulary } from '../core/domain';
import { HANDOVER_DEFAULTS } from '../core/handover';
import { z } from '../core/zod';

export { HANDOVER_DEFAULTS };

import { DEFAULT_FEATURES, FEATURE_KEYS, type FeatureKey, type Features } from '../features/catalog';
import { COMPETENCES, type Competence, type Prompt, promptSchema } from '../prompts/schema';
import { type ReferralTopic, referralTopicSchema } from '../referrals/schema';

/**
 * The school's managed policy (storage.managed): one zod schema per key. `parsePolicy` (parse.ts)
 * applies them key by key and item by item, so one bad value never costs the school the rest.
 * public/managed_schema.json is the permissive Chrome-side mirror of these keys; zod is the real
 * validator. docs/admin.md documents every key for the school.
 */

export const POLICY_KEYS = [
  'schoolName',
  'schoolStory',
  'vocabulary',
  'competences',
  'referrals',
  'prompts',
  'disabledPrompts',
  'campaigns',
  'calendar',
  'retentionDays',
  'absenceThreshold',
  'handover',
  'features',
  'extraHosts',
  'hostProfiles',
  'language',
  'quietMode',
] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

export {
  LANGUAGES,
  type Language,
  VOCABULARY_KEYS,
  type Vocabulary,
  type VocabularyKey,
} from '../core/domain';
export { DEFAULT_FEATURES, FEATURE_KEYS, type FeatureKey, type Features };

export const COMPETENCE_TEXT_KEYS = ['label', 'kernvraag', 'plain'] as const;
export type CompetenceTextKey = (typeof COMPETENCE_TEXT_KEYS)[number];
export type CompetenceText = Record<CompetenceTextKey, string>;

/** School prompts must carry this prefix so they can never shadow (or be shadowed by) a library prompt. */
export const SCHOOL_PROMPT_PREFIX = 'school-';

export const RETENTION_MIN_DAYS = RETENTION.minDays;
export const RETENTION_MAX_DAYS = RETENTION.maxDays;

/** Upper bounds on list lengths: a policy is configuration, not a data set. */
export const LIMITS = {
  referrals: 50,
  prompts: 200,
  disabledPrompts: 500,
  campaigns: 50,
  campaignPromptIds: 50,
  extraHosts: 50,
  hostProfiles: 20,
  /** Characters of JSON per host-profile patch. */
  hostProfileChars: 50_000,
} as const;

/** Text without control characters (tabs and newlines allowed where a text may have lines). */
function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return true;
  }
  return false;
}
const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `minstens ${min} teken(s)`)
    .max(max, `hoogstens ${max} tekens`)
    .refine((s) => !hasControl(s), 'bevat stuurtekens');
const line = (min: number, max: number) => text(min, max).refine((s) => !/[\r\n]/.test(s), 'één regel, zonder regeleinde');

export const schoolNameSchema = line(1, 80);
export const schoolStorySchema = line(1, 160);

/** One word of the school's idiom: "SLB", "coach", "loopbaanbegeleider". */
export const vocabularyWordSchema = line(1, 40);

export const competenceTextSchemas: Record<CompetenceTextKey, z.ZodType<string>> = {
  label: line(2, 60),
  kernvraag: line(3, 160),
  plain: line(3, 100),
};

/** Strict calendar date `YYYY-MM-DD` (no 2025-02-30). */
export const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'gebruik JJJJ-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'geen bestaande datum');

export const promptIdSchema = z
  .string()
  .max(80, 'hoogstens 80 tekens')
  .regex(/^[a-z0-9-]+$/, 'kleine letters, cijfers en streepjes');

/** One entry of the school's referral directory (lob-content.md §4): the school's names and contacts. */
export const directoryEntrySchema = z
  .object({
    /** The role as the school names it: "Decaan", "Zorgcoördinator", "BPV-coördinator". */
    role: line(2, 80),
    /** A person or a team; optional for a shared mailbox. */
    name: line(1, 100).optional(),
    /** How to reach them: e-mail, phone, room, "via de mentor". Shown as text, never opened automatically. */
    contact: line(1, 200),
    /** When to refer here, in the school's words. */
    when: text(3, 300),
    line: z.union([z.literal(1), z.literal(2), z.literal(3)], { message: 'lijn is 1, 2 of 3' }),
    /** The zorg contact: shown as a contact only; nothing about a zorg referral is stored. */
    care: z.boolean().optional(),
    /** Which referral topics this entry serves (see lib/referrals/schema.ts); absent = derived from line/care. */
    topics: z.array(referralTopicSchema).min(1).max(11).optional(),
  })
  .strict();
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;

/** A library-compatible prompt whose id starts with `school-`. */
export const schoolPromptSchema = promptSchema.refine((p) => p.id.startsWith(SCHOOL_PROMPT_PREFIX), {
  message: `id moet beginnen met "${SCHOOL_PROMPT_PREFIX}"`,
  path: ['id'],
});

/** A window in which some prompts come first, e.g. "Week van de loopbaan". Dates inclusive. */
export const campaignSchema = z
  .object({
    title: line(3, 80),
    from: dateSchema,
    to: dateSchema,
    promptIds: z.array(promptIdSchema).min(1, 'minstens één prompt-id').max(LIMITS.campaignPromptIds),
  })
  .strict()
  .refine((c) => c.from <= c.to, { message: '"from" ligt na "to"', path: ['to'] });
export type Campaign = z.infer<typeof campaignSchema>;

const dateWindowSchema = z
  .object({ from: dateSchema, to: dateSchema })
  .strict()
  .refine((w) => w.from <= w.to, { message: '"from" ligt na "to"', path: ['to'] });
const windowsSchema = z.array(dateWindowSchema).min(1).max(20);

/** The school's own calendar: its dates replace the national windows of the moments it gives. */
export const calendarSchema = z
  .object({
    profielkeuze: dateSchema.optional(),
    openDagen: windowsSchema.optional(),
    meeloopdagen: windowsSchema.optional(),
    toetsweken: windowsSchema.optional(),
    bpv: z
      .array(
        z
          .object({ from: dateSchema, to: dateSchema, klassen: z.array(line(1, 40)).min(1).max(100).optional() })
          .strict()
          .refine((w) => w.from <= w.to, { message: '"from" ligt na "to"', path: ['to'] }),
      )
      .min(1)
      .max(50)
      .optional(),
  })
  .strict();
export type Calendar = z.infer<typeof calendarSchema>;

/**
 * From how many unexcused absences on a student's page the panel points the teacher to the school's
 * zorg route. No default: without it, no student is ever flagged.
 */
export const absenceThresholdSchema = z
  .number({ message: 'een geheel getal' })
  .int('een geheel getal')
  .min(1, 'minstens 1')
  .max(200, 'hoogstens 200');

/** The handover to the next mentor (lib/db/handover): on unless the school switches it off. */
export const handoverPolicySchema = z
  .object({
    enabled: z.boolean({ message: 'true of false' }).optional(),
    /** How long a handover file may be opened after it is made. */
    maxValidDays: z
      .number({ message: 'een geheel getal' })
      .int('een geheel getal')
      .min(1, 'minstens 1')
      .max(180, 'hoogstens 180')
      .optional(),
    /** The shortest passphrase for a handover file (never below 12). */
    minPassphrase: z
      .number({ message: 'een geheel getal' })
      .int('een geheel getal')
      .min(HANDOVER_DEFAULTS.minPassphrase, `minstens ${HANDOVER_DEFAULTS.minPassphrase}`)
      .max(128, 'hoogstens 128')
      .optional(),
  })
  .strict();
export type HandoverPolicy = z.infer<typeof handoverPolicySchema>;

export const retentionDaysSchema = z
  .number({ message: 'een geheel getal' })
  .int('een geheel getal')
  .min(RETENTION_MIN_DAYS, `minstens ${RETENTION_MIN_DAYS}`)
  .max(RETENTION_MAX_DAYS, `hoogstens ${RETENTION_MAX_DAYS}`);

const LABEL = '(?!-)[a-z0-9-]{1,63}(?<!-)';
/**
 * A host name such as `school.somtoday.nl`, or `*.school.nl` for every sub-domain: lower case,
 * at least two labels and an alphabetic top-level domain; a wildcard only as the whole first label
 * and never directly on a top-level domain (`*.nl`). No scheme, port, path or IP address.
 */
export const HOST_PATTERN = new RegExp(`^(?:\\*\\.)?(?:${LABEL}\\.)+[a-z]{2,63}$`);
export const extraHostSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253, 'hoogstens 253 tekens')
  .regex(HOST_PATTERN, 'alleen een hostnaam zoals school.somtoday.nl of *.school.nl (geen https://, pad of poort)')
  .refine(
    (h) => !h.startsWith('*.') || h.split('.').length >= 3,
    'een jokerteken alleen onder een domein (*.school.nl, niet *.nl)',
  );

export const languageSchema = z.enum(LANGUAGES, { message: 'nl of en' });

/** The parsed policy. Every key is optional: absent means "the school did not set it". */
export interface Policy {
  schoolName: string;
  schoolStory: string;
  vocabulary: Partial<Vocabulary>;
  competences: Partial<Record<Competence, Partial<CompetenceText>>>;
  referrals: DirectoryEntry[];
  prompts: Prompt[];
  disabledPrompts: string[];
  campaigns: Campaign[];
  calendar: Calendar;
  retentionDays: number;
  absenceThreshold: number;
  handover: HandoverPolicy;
  features: Partial<Features>;
  extraHosts: string[];
  /** Host-profile patches, carried through unvalidated for lib/hosts/patch.ts `applyProfilePatches`. */
  hostProfiles: unknown[];
  language: Language;
  quietMode: boolean;
}

export { languageProblem, type PolicyProblem, policyProblemSchema, validProblems } from './problem';

/** What a teacher can also set themselves; the policy wins where it sets one (precedence policy > teacher > default). */
export interface Settings {
  features: Features;
  quietMode: boolean;
  language: Language;
  retentionDays: number;
}

/** A value the teacher can set, as its path in `Settings` (the features' switches come from lib/features/catalog.ts). */
export type SettingKey = `features.${FeatureKey}` | 'quietMode' | 'language' | 'retentionDays';
export const SETTING_KEYS: readonly SettingKey[] = [
  ...FEATURE_KEYS.map((key) => `features.${key}` as const),
  'quietMode',
  'language',
  'retentionDays',
];

/** School-level values with defaults filled in: what the UI reads. */
export interface EffectivePolicy {
  schoolName: string;
  schoolStory: string;
  vocabulary: Vocabulary;
  competences: Record<Competence, CompetenceText>;
  referrals: DirectoryEntry[];
  prompts: Prompt[];
  disabledPrompts: string[];
  campaigns: Campaign[];
  calendar: Calendar;
  /** From how many unexcused absences the panel points to the zorg route (absent: never). */
  absenceThreshold?: number;
  /** The handover to the next mentor: on or off, how long a file is valid, the shortest passphrase. */
  handover: { enabled: boolean; maxValidDays: number; minPassphrase: number };
  extraHosts: string[];
  hostProfiles: unknown[];
}

export { COMPETENCES, type Competence, type ReferralTopic };
