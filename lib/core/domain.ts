/**
 * The domain's fixed vocabularies, defined once. Plain constants and types only (no zod, no browser
 * APIs), so every layer — the content script included — can import them for free; zod schemas
 * elsewhere are built from these lists.
 */

/** The five loopbaancompetenties (Kuijpers & Meijers), the default lens. */
export const COMPETENCES = ['kwaliteiten', 'motieven', 'werkexploratie', 'loopbaansturing', 'netwerken'] as const;
export type Competence = (typeof COMPETENCES)[number];

/** The four steps of the loopbaangesprek. */
export const STEPS = ['terugkijken', 'reflecteren', 'vooruitkijken', 'vervolgstap'] as const;
export type Step = (typeof STEPS)[number];

/** School types: the five main ones, plus praktijkonderwijs (pro) and voortgezet speciaal onderwijs (vso). */
/** `isk`: the internationale schakelklas (nieuwkomers), taken only from what the page shows. */
export const SCHOOL_TYPES = ['vmbo', 'havo', 'vwo', 'mbo', 'hbo', 'pro', 'vso', 'isk'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];
/** A prompt for "every school type" lists at least these (pro and vso get what names them). */
export const MAIN_SCHOOL_TYPES: readonly SchoolType[] = ['vmbo', 'havo', 'vwo', 'mbo', 'hbo'];

/** vmbo leerwegen: basisberoepsgerichte (b), kaderberoepsgerichte (k), gemengde (gl), theoretische (t). */
export const TRACKS = ['b', 'k', 'gl', 't'] as const;
export type Track = (typeof TRACKS)[number];

/** Where a student stands in their programme; decides which choice moments apply. */
export const PHASES = [
  'onderbouw',
  'bovenbouw',
  'voorexamenjaar',
  'examenjaar',
  'eerstejaars',
  'middenjaar',
  'laatstejaars',
] as const;
export type Phase = (typeof PHASES)[number];

/** Where a diploma leads next (route truth, lob-content.md §5). `werk` is work or a work-based path. */
export const ROUTES = ['mbo', 'havo', 'vwo', 'hbo', 'wo', 'werk'] as const;
export type Route = (typeof ROUTES)[number];

/** Whom a prompt addresses. */
export const AUDIENCES = ['student', 'teacher', 'parent', 'workplace'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Where a prompt may show. */
export const PLACES = ['studentRecord', 'gradeEntry', 'sidePanel'] as const;
export type Place = (typeof PLACES)[number];

/** What a result means relative to the student's own recent results. Never a verdict. */
export const TRIGGERS = ['personalBest', 'strong', 'usual', 'belowUsual'] as const;
export type Trigger = (typeof TRIGGERS)[number];

/** The kinds of teacher page a host profile can recognise. */
export const PAGE_TYPES = ['studentRecord', 'gradeEntry', 'mentorList', 'logboek', 'absence'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** What a host profile can miss on a page (the redacted diagnostics never hold more than this). */
export const MISS_KINDS = ['route', 'root', 'studentId'] as const;

/** UI languages: Dutch first, English by choice. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in Dutch, optionally in English. */
export interface Localized {
  nl: string;
  en?: string;
}

/** lob-content.md §6: the words a school may replace. */
export const VOCABULARY_KEYS = ['process', 'conversation', 'mentorRole', 'secondLineRole', 'careRole'] as const;
export type VocabularyKey = (typeof VOCABULARY_KEYS)[number];
export type Vocabulary = Record<VocabularyKey, string>;

/** Notes are kept two years unless the school sets another period, within these bounds. */
export const RETENTION = { defaultDays: 730, minDays: 30, maxDays: 3650 } as const;

/** The longest note text accepted anywhere (message, import). */
export const NOTE_MAX = 20_000;

/** The largest import file the options page reads (an export of 100 000 notes is about 45 MB). */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;
