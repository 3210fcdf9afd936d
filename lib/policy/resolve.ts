import { COMPETENCES, type Competence, RETENTION } from '../core/domain';
import { z } from '../core/zod';
import { DEFAULT_VOCABULARY as WORDS } from '../i18n/vocabulary';
import { PROMPT_ID_RENAMES, type PromptIdRenames, renamePromptIds, renamePromptIdsOf } from '../prompts/renames';
import {
  type CompetenceText,
  DEFAULT_FEATURES,
  type EffectivePolicy,
  FEATURE_KEYS,
  type Features,
  HANDOVER_DEFAULTS,
  type Language,
  languageSchema,
  type Policy,
  retentionDaysSchema,
  type SettingKey,
  type Settings,
  VOCABULARY_KEYS,
  type Vocabulary,
} from './schema';

/** Defaults for what a teacher can set (lob-content.md; retention two years). */
export const DEFAULT_SETTINGS: Settings = {
  features: DEFAULT_FEATURES,
  quietMode: false,
  language: 'nl',
  retentionDays: RETENTION.defaultDays,
};

/** lob-content.md §6: the words a school may replace, with their defaults (shared with the UI texts). */
const DEFAULT_VOCABULARY: Record<Language, Vocabulary> = WORDS;

/** lob-content.md §1: the five loopbaancompetenties (Kuijpers & Meijers), vmbo wording of the kernvragen. */
const DEFAULT_COMPETENCE_TEXTS: Record<Language, Record<Competence, CompetenceText>> = {
  nl: {
    kwaliteiten: {
      label: 'Kwaliteitenreflectie',
      kernvraag: 'Wat kan ik het best en hoe weet ik dat?',
      plain: 'Wie ben ik, wat kan ik?',
    },
    motieven: {
      label: 'Motievenreflectie',
      kernvraag: 'Waar ga en sta ik voor en waarom?',
      plain: 'Wat wil ik, wat drijft mij?',
    },
    werkexploratie: { label: 'Werkexploratie', kernvraag: 'Welk werk past bij mij en waarom?', plain: 'Welk werk past bij mij?' },
    loopbaansturing: { label: 'Loopbaansturing', kernvraag: 'Hoe bereik ik mijn doel en waarom zo?', plain: 'Hoe kom ik daar?' },
    netwerken: { label: 'Netwerken', kernvraag: 'Wie kan mij helpen en waarom die mensen?', plain: 'Wie kan mij helpen?' },
  },
  en: {
    kwaliteiten: {
      label: 'Reflecting on qualities',
      kernvraag: 'What am I best at, and how do I know?',
      plain: 'Who am I, what can I do?',
    },
    motieven: {
      label: 'Reflecting on motives',
      kernvraag: 'What do I stand for, and why?',
      plain: 'What do I want, what drives me?',
    },
    werkexploratie: { label: 'Exploring work', kernvraag: 'What work suits me, and why?', plain: 'What work suits me?' },
    loopbaansturing: {
      label: 'Steering my career',
      kernvraag: 'How do I reach my goal, and why this way?',
      plain: 'How do I get there?',
    },
    netwerken: { label: 'Networking', kernvraag: 'Who can help me, and why those people?', plain: 'Who can help me?' },
  },
};

/** The school's words, defaults where it set none. School words count for every UI language. */
export function vocabularyFor(policy: Partial<Policy>, language: Language = 'nl'): Vocabulary {
  const words = { ...DEFAULT_VOCABULARY[language] };
  for (const key of VOCABULARY_KEYS) {
    const word = policy.vocabulary?.[key];
    if (word !== undefined) words[key] = word;
  }
  return words;
}

/** Competence labels, kernvragen and plain forms: the school's where set, field by field, else §1. */
export function competenceTexts(policy: Partial<Policy>, language: Language = 'nl'): Record<Competence, CompetenceText> {
  const defaults = DEFAULT_COMPETENCE_TEXTS[language];
  const out = {} as Record<Competence, CompetenceText>;
  for (const id of COMPETENCES) {
    const school = policy.competences?.[id];
    out[id] = {
      label: school?.label ?? defaults[id].label,
      kernvraag: school?.kernvraag ?? defaults[id].kernvraag,
      plain: school?.plain ?? defaults[id].plain,
    };
  }
  return out;
}

/**
 * School-level values with defaults: what the panel, cues and referral list read. Prompt ids the
 * school names (`disabledPrompts`, campaigns) are read as today's ids: an id renamed since the
 * school wrote its policy still switches off, or puts first, the same prompt.
 */
export function effectivePolicy(
  policy: Partial<Policy>,
  language: Language = 'nl',
  renames: PromptIdRenames = PROMPT_ID_RENAMES,
): EffectivePolicy {
  return {
    schoolName: policy.schoolName ?? '',
    schoolStory: policy.schoolStory ?? '',
    vocabulary: vocabularyFor(policy, language),
    competences: competenceTexts(policy, language),
    referrals: policy.referrals ?? [],
    prompts: policy.prompts ?? [],
    disabledPrompts: renamePromptIds(policy.disabledPrompts ?? [], renames),
    campaigns: (policy.campaigns ?? []).map((campaign) => renamePromptIdsOf(campaign, renames)),
    calendar: policy.calendar ?? {},
    ...(policy.absenceThreshold ? { absenceThreshold: policy.absenceThreshold } : {}),
    handover: { ...HANDOVER_DEFAULTS, ...policy.handover },
    extraHosts: policy.extraHosts ?? [],
    hostProfiles: policy.hostProfiles ?? [],
  };
}

/** Chrome/Firefox match patterns for the school's extra hosts (`*.school.nl` → `*://*.school.nl/*`). */
export function extraHostMatchPatterns(hosts: readonly string[]): string[] {
  return hosts.map((host) => `*://${host}/*`);
}

export interface ResolvedSettings {
  values: Settings;
  /** Every setting the policy fixed: shown locked, "ingesteld door je school". */
  lockedKeys: SettingKey[];
}

const userSettingsSchema = {
  feature: z.boolean(),
  quietMode: z.boolean(),
  language: languageSchema,
  retentionDays: retentionDaysSchema,
};

function read(source: unknown, key: string): unknown {
  try {
    return typeof source === 'object' && source !== null && Object.hasOwn(source, key)
      ? (source as Record<string, unknown>)[key]
      : undefined;
  } catch {
    return undefined;
  }
}

/** The teacher's own value if it is valid, else undefined (an invalid stored value falls back, never crashes). */
function own<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  try {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Precedence policy > teacher's own setting > default, per setting. `userSettings` is whatever the
 * options page stored (validated here; invalid values fall back to the default). The policy decides
 * `retentionDays` outright when it sets it: a teacher cannot choose longer or shorter.
 */
export function resolveSettings(
  policy: Partial<Policy>,
  userSettings: unknown,
  defaults: Settings = DEFAULT_SETTINGS,
): ResolvedSettings {
  const lockedKeys: SettingKey[] = [];
  const pick = <T>(key: SettingKey, fromPolicy: T | undefined, fromUser: T | undefined, fallback: T): T => {
    if (fromPolicy !== undefined) {
      lockedKeys.push(key);
      return fromPolicy;
    }
    return fromUser ?? fallback;
  };

  const userFeatures = read(userSettings, 'features');
  const features = {} as Features;
  for (const key of FEATURE_KEYS) {
    features[key] = pick(
      `features.${key}`,
      policy.features?.[key],
      own(userSettingsSchema.feature, read(userFeatures, key)),
      defaults.features[key],
    );
  }
  const values: Settings = {
    features,
    quietMode: pick(
      'quietMode',
      policy.quietMode,
      own(userSettingsSchema.quietMode, read(userSettings, 'quietMode')),
      defaults.quietMode,
    ),
    language: pick(
      'language',
      policy.language,
      own(userSettingsSchema.language, read(userSettings, 'language')),
      defaults.language,
    ),
    retentionDays: pick(
      'retentionDays',
      policy.retentionDays,
      own(userSettingsSchema.retentionDays, read(userSettings, 'retentionDays')),
      defaults.retentionDays,
    ),
  };
  return { values, lockedKeys };
}
