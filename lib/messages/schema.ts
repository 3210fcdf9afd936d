import { COMPETENCES, MISS_KINDS, NOTE_MAX, PAGE_TYPES, SCHOOL_TYPES, STEPS, TRACKS, TRIGGERS } from '../core/domain';
import type { ErrorCode } from '../core/errors';
import { isValidHost, type StudentRef } from '../core/student';
import { z } from '../core/zod';
import { COMMAND_IDS, type CommandId } from '../features/catalog';

/**
 * Every message between content scripts, extension pages and the background: one zod schema each,
 * checked in the background (requests) and by extension pages (answers). Types are derived from the
 * schemas (`z.infer`), so each shape is defined once.
 */

const id = z.string().trim().min(1).max(100);
const shortText = z.string().max(200);
/** A host name as `url.hostname` gives it: never a "|" (which would let two students share one key). */
const host = z.string().min(1).max(255).refine(isValidHost, 'geen geldige hostnaam');

export const studentRefSchema: z.ZodType<StudentRef> = z.object({ host, id }).strict();
export type { StudentRef };

/** A redacted note for the diagnostics log: which profile/selector missed, never names or grades. */
const missSchema = z
  .object({
    profileId: z.string().max(64),
    pageType: z.enum(PAGE_TYPES).optional(),
    what: z.enum(MISS_KINDS),
    selector: z.string().max(300).optional(),
  })
  .strict();
export type Miss = z.infer<typeof missSchema>;

/** What a study or class text told about a student's programme (parsed once, where it was read). */
const studySchema = z
  .object({
    schoolType: z.enum(SCHOOL_TYPES),
    year: z.number().int().min(1).max(8).optional(),
    track: z.enum(TRACKS).optional(),
    gymnasium: z.literal(true).optional(),
    level: z.number().int().min(1).max(4).optional(),
    entree: z.literal(true).optional(),
    path: z.enum(['bol', 'bbl']).optional(),
    programme: shortText.optional(),
  })
  .strict();

const pageSummarySchema = z
  .object({
    profileId: z.string().max(50),
    host,
    pageType: z.enum(PAGE_TYPES),
    student: z
      .object({
        id,
        name: shortText.optional(),
        klas: shortText.optional(),
        studyText: shortText.optional(),
        /** Parsed once, where the text was read (lib/core/study.ts). */
        study: studySchema.optional(),
      })
      .strict()
      .optional(),
    subject: shortText.optional(),
    group: shortText.optional(),
    /** The page's own title (Magister keeps it in a dna-page-header shadow root). */
    title: shortText.optional(),
    rowCount: z.number().int().min(0),
    /** Student ids of the rows on a grade-entry or list page (ids only). */
    rowIds: z.array(id).max(5000).optional(),
    features: z.array(z.string().max(50)).max(20).optional(),
  })
  .strict();
/** The serialisable part of a page context that crosses to the background (no DOM, no grades). */
export type PageSummary = z.infer<typeof pageSummarySchema>;

const displaySchema = z.object({ name: shortText.optional(), klas: shortText.optional() }).strict();

export const requestSchema = z.discriminatedUnion('type', [
  /** content → background: what this tab shows now (null: nothing recognised). */
  z.object({ type: z.literal('page/context'), summary: pageSummarySchema.nullable() }).strict(),
  /** content → background: the prompts, lens and last contact for the card (never note text). */
  z.object({ type: z.literal('card/get'), student: studentRefSchema }).strict(),
  /** content → background: one prompt for a grading cue (this subject, this result, the row's study). */
  z
    .object({
      type: z.literal('cue/get'),
      student: studentRefSchema,
      study: studySchema.optional(),
      klas: shortText.optional(),
      trigger: z.enum(TRIGGERS),
    })
    .strict(),
  /** content → background: log a "Je doet het al" moment (with the name the page shows, kept if none is known). */
  z.object({ type: z.literal('moment/add'), student: studentRefSchema, momentType: id, name: shortText.optional() }).strict(),
  /** panel → background: what a tab shows. */
  z.object({ type: z.literal('tab/context'), tabId: z.number().int().min(0) }).strict(),
  /** panel → background: save (or autosave, by id) a note. */
  z
    .object({
      type: z.literal('note/save'),
      student: studentRefSchema,
      display: displaySchema,
      id: id.optional(),
      text: z.string().max(NOTE_MAX),
      studentWords: z.string().max(NOTE_MAX).optional(),
      nextStep: z.string().max(2000).optional(),
      competences: z.array(z.enum(COMPETENCES)).max(5).optional(),
      promptIds: z.array(id).max(50).optional(),
    })
    .strict()
    .refine((n) => Boolean(n.text.trim() || n.studentWords?.trim() || n.nextStep?.trim()), 'lege notitie'),
  /** panel → background: everything the panel shows for one student (and the tab it follows, if any). */
  z.object({ type: z.literal('panel/student'), student: studentRefSchema, tabId: z.number().int().min(0).optional() }).strict(),
  z
    .object({
      type: z.literal('afspraak/add'),
      student: studentRefSchema,
      display: displaySchema,
      what: z.string().trim().min(1).max(500),
      who: z.string().max(100).optional(),
      due: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
    })
    .strict(),
  z.object({ type: z.literal('afspraak/done'), id, done: z.boolean() }).strict(),
  /** panel → background: the teacher confirms that `other` (another id on the same host) is this student. */
  z.object({ type: z.literal('student/link'), student: studentRefSchema, other: studentRefSchema }).strict(),
  z.object({ type: z.literal('referral/add'), student: studentRefSchema, display: displaySchema, role: id }).strict(),
  z.object({ type: z.literal('notes/search'), query: z.string().trim().min(1).max(200) }).strict(),
  z.object({ type: z.literal('students/list') }).strict(),
  /** content → background: a redacted miss of the host profile (codes and selectors only). */
  z.object({ type: z.literal('diagnostics/miss'), miss: missSchema }).strict(),
  /** content → background: which listed students had no loopbaanmoment this period (ids only). */
  z.object({ type: z.literal('overview/get'), studentIds: z.array(id).max(5000) }).strict(),
  /** content or panel → background: is the privacy blur on (for this browser session)? */
  z.object({ type: z.literal('blur/get') }).strict(),
  /**
   * panel → background: run a keyboard command exactly as `commands.onCommand` does (the panel's blur
   * button; browser tests, which cannot press a `commands` shortcut, take this same path).
   */
  z.object({ type: z.literal('command/run'), command: z.enum(COMMAND_IDS as [CommandId, ...CommandId[]]) }).strict(),
  /**
   * content → background: save what the teacher taught on this page ("Leer deze pagina herkennen") as
   * their own host-profile patch. `values`: every name and id the teacher saw while teaching; the
   * background refuses a patch that contains any of them.
   */
  z
    .object({
      type: z.literal('teach/save'),
      patch: z
        .object({
          id: z
            .string()
            .regex(/^[a-z0-9-]+$/)
            .max(64),
          hosts: z.array(z.string().min(1).max(253)).max(5).optional(),
          pages: z.record(z.string(), z.unknown()),
        })
        .strict(),
      values: z.array(z.string().max(300)).max(2000),
    })
    .strict(),
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

const cardPromptSchema = z.object({ id, text: z.string(), why: z.string(), competences: z.array(z.enum(COMPETENCES)) }).strict();
export type CardPrompt = z.infer<typeof cardPromptSchema>;

const cardDataSchema = z
  .object({
    prompts: z.array(cardPromptSchema),
    lens: z.record(z.enum(COMPETENCES), z.number().int().min(0)),
    lastContact: z.string().nullable(),
  })
  .strict();
export type CardData = z.infer<typeof cardDataSchema>;

const cueDataSchema = z
  .object({
    prompt: cardPromptSchema.nullable(),
    /** Whom to pass this moment on to (a talent, a result unlike the student's own: the mentor first). */
    referral: z.object({ title: z.string(), when: z.string() }).strict().nullable(),
    moments: z.array(z.object({ id, label: z.string() }).strict()),
  })
  .strict();
export type CueData = z.infer<typeof cueDataSchema>;

const noteViewSchema = z
  .object({
    id,
    date: z.string(),
    text: z.string(),
    studentWords: z.string().optional(),
    nextStep: z.string().optional(),
    competences: z.array(z.enum(COMPETENCES)),
  })
  .strict();
export type NoteView = z.infer<typeof noteViewSchema>;

const afspraakViewSchema = z
  .object({ id, what: z.string(), who: z.string().optional(), due: z.string().optional(), done: z.boolean() })
  .strict();
export type AfspraakView = z.infer<typeof afspraakViewSchema>;

const referralViewSchema = z
  .object({
    role: id,
    title: z.string(),
    name: z.string().optional(),
    contact: z.string().optional(),
    when: z.string(),
    line: z.number().int().nullable(),
    care: z.boolean(),
  })
  .strict();
export type ReferralView = z.infer<typeof referralViewSchema>;

const timelineViewSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('note'), date: z.string(), note: noteViewSchema }).strict(),
  z.object({ kind: z.literal('moment'), date: z.string(), label: z.string() }).strict(),
  z.object({ kind: z.literal('referral'), date: z.string(), label: z.string() }).strict(),
]);
export type TimelineView = z.infer<typeof timelineViewSchema>;

const panelDataSchema = z
  .object({
    lastContact: z.string().nullable(),
    lastNextStep: z.string().nullable(),
    afspraken: z.array(afspraakViewSchema),
    lens: z.record(z.enum(COMPETENCES), z.number().int().min(0)),
    guide: z.record(z.enum(STEPS), z.array(cardPromptSchema)),
    stance: z.array(z.string()),
    ownLens: z.array(z.string()),
    /** Questions for a conversation with parents or carers (oudergesprek). */
    parents: z.array(cardPromptSchema),
    /** Questions for the praktijkbegeleider in a trialoog (mbo stage). */
    workplace: z.array(cardPromptSchema),
    /** Background for the mentor, on demand (knowledge cards: the competences, the conversation, routes, referring, …). */
    knowledge: z.array(z.object({ id, title: z.string(), body: z.string() }).strict()),
    referrals: z.array(referralViewSchema),
    /** The newest entries (at most TIMELINE_SHOWN); `timelineTotal` counts them all. */
    timeline: z.array(timelineViewSchema),
    timelineTotal: z.number().int().nonnegative(),
    /** The name stored for this id (from the first page that showed it), to compare with the page. */
    storedName: z.string().nullable(),
    /** Other ids of this student: paired ones, and same-named ones the teacher may pair (never joined by name alone). */
    links: z
      .object({
        linked: z.array(z.object({ student: studentRefSchema, name: z.string().optional() }).strict()),
        candidates: z.array(z.object({ student: studentRefSchema, name: z.string().optional() }).strict()),
      })
      .strict(),
  })
  .strict();
export type PanelData = z.infer<typeof panelDataSchema>;

const searchHitSchema = z
  .object({ student: studentRefSchema, name: z.string().optional(), klas: z.string().optional(), note: noteViewSchema })
  .strict();
export type SearchHit = z.infer<typeof searchHitSchema>;

const studentListItemSchema = z
  .object({ student: studentRefSchema, name: z.string().optional(), klas: z.string().optional() })
  .strict();
export type StudentListItem = z.infer<typeof studentListItemSchema>;

/** What each request answers with. */
const responseSchemas = {
  'page/context': z.null(),
  'card/get': cardDataSchema,
  'cue/get': cueDataSchema,
  'moment/add': z.null(),
  'tab/context': pageSummarySchema.nullable(),
  'note/save': noteViewSchema,
  'panel/student': panelDataSchema,
  'afspraak/add': afspraakViewSchema,
  'afspraak/done': z.null(),
  'student/link': z.null(),
  'referral/add': z.null(),
  'notes/search': z.array(searchHitSchema),
  'students/list': z.array(studentListItemSchema),
  'diagnostics/miss': z.null(),
  'overview/get': z.object({ withoutMoment: z.array(id), periodStart: z.string() }).strict(),
  'blur/get': z.boolean(),
  'command/run': z.null(),
  'teach/save': z.null(),
} satisfies Record<RequestType, z.ZodType>;

export type ResponseData<T extends RequestType> = z.infer<(typeof responseSchemas)[T]>;

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorCode };

/** Broadcast from the background to extension pages (never to content scripts). */
export const broadcastSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tab/changed'), tabId: z.number().int() }).strict(),
  z.object({ type: z.literal('data/changed'), studentKey: z.string() }).strict(),
]);
export type Broadcast = z.infer<typeof broadcastSchema>;

/** Background → panel and content scripts: the privacy blur changed (the state itself, no data). */
export const blurStateSchema = z.object({ type: z.literal('blur/state'), on: z.boolean() }).strict();
export type BlurStateMessage = z.infer<typeof blurStateSchema>;
