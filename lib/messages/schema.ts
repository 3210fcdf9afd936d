import { COMPETENCES, LANGUAGES, NOTE_MAX, PAGE_TYPES, RETENTION, STEPS } from '../core/domain';
import type { ErrorCode } from '../core/errors';
import { placementFactSchema, placementPhaseSchema } from '../core/placement-schema';
import { STUDY_CHOICE_IDS } from '../core/study-choice';
import { z } from '../core/zod';
import { COMMAND_IDS, type CommandId, FEATURE_KEYS, type FeatureKey } from '../features/catalog';
import { gradingCueMessages } from '../features/grading-cue/schemas';
import { meaningProposalMessages } from '../features/meaning-proposal/schemas';
import { mentorOverviewMessages } from '../features/mentor-overview/schemas';
import { pageTeacherMessages } from '../features/page-teacher/schemas';
import { studentCardMessages } from '../features/student-card/schemas';
import {
  cardPromptSchema,
  displaySchema,
  id,
  type MessageSchemas,
  missSchema,
  pageSummarySchema,
  studentRefSchema,
} from './wire';

/**
 * Every message between content scripts, extension pages and the background: one zod schema each,
 * checked in the background (requests) and by extension pages (answers). Types are derived from the
 * schemas (`z.infer`), so each shape is defined once. A feature's own messages are in its
 * `schemas.ts` (one line each below); those of no feature (the page a tab shows, the side panel,
 * diagnostics, the blur and the commands) are here. The building blocks are in ./wire.ts.
 */
export type { CardPrompt, Miss, PageSummary, StudentRef } from './wire';

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

/** The conversation being written with a student (not a note until "Gesprek afronden"). */
const draftViewSchema = z
  .object({
    text: z.string().max(NOTE_MAX),
    studentWords: z.string().max(NOTE_MAX).optional(),
    nextStep: z.string().max(2000).optional(),
    competences: z.array(z.enum(COMPETENCES)).max(5),
    promptIds: z.array(id).max(50),
  })
  .strict();
export type DraftView = z.infer<typeof draftViewSchema>;

const afspraakViewSchema = z
  .object({ id, what: z.string(), who: z.string().optional(), due: z.string().optional(), done: z.boolean() })
  .strict();
export type AfspraakView = z.infer<typeof afspraakViewSchema>;

/** An entry from the previous mentor, shown apart from the mentor's own notes ("van de vorige mentor"). */
const handedViewSchema = z
  .object({
    id,
    kind: z.enum(['note', 'afspraak']),
    date: z.string(),
    handedOn: z.string(),
    competences: z.array(z.enum(COMPETENCES)).optional(),
    studentWords: z.string().optional(),
    nextStep: z.string().optional(),
    what: z.string().optional(),
    who: z.string().optional(),
    due: z.string().optional(),
  })
  .strict();
export type HandedView = z.infer<typeof handedViewSchema>;

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
    /** The afspraken of the last finished conversation (done or not), never a care entry: what its summary holds. */
    summaryAfspraken: z.array(afspraakViewSchema),
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
    /** The conversation being written with this student (back in the note box), or none. */
    draft: draftViewSchema.nullable(),
    /**
     * The school type: does the page tell it, and what the mentor set for this student (used when the
     * page does not tell it).
     */
    study: z
      .object({
        fromPage: z.boolean(),
        choice: z.enum(STUDY_CHOICE_IDS).optional(),
        year: z.number().int().min(1).max(8).optional(),
      })
      .strict(),
    /**
     * The work placement (mbo bol): where the student stands as the school's calendar tells it, and
     * what the mentor set (with the day); absent where the programme has none or the student works
     * at a leerbedrijf (bbl) all year.
     */
    /**
     * The page shows at least as many unexcused absences as the school set (policy
     * `absenceThreshold`): the panel points the teacher to the zorg route. The count itself stays in
     * the tab's session context; it is not sent, shown or stored.
     */
    absencePointer: z.literal(true).optional(),
    placement: z
      .object({
        fromCalendar: placementPhaseSchema.optional(),
        set: placementFactSchema.optional(),
      })
      .strict()
      .optional(),
    /**
     * The handover to the next mentor: whether the school allows it, the day the student agreed (if
     * they did), and what the previous mentor handed over (newest first, never mixed into the timeline).
     */
    handover: z
      .object({ enabled: z.boolean(), consentOn: z.string().optional(), fromPrevious: z.array(handedViewSchema) })
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

/**
 * The teacher's own settings as the options page changes them: only valid values (the school's
 * policy still decides over them where it sets one: lib/policy/resolve.ts).
 */
const settingsPatchSchema = z
  .object({
    features: z.partialRecord(z.enum(FEATURE_KEYS as [FeatureKey, ...FeatureKey[]]), z.boolean()).optional(),
    quietMode: z.boolean().optional(),
    language: z.enum(LANGUAGES).optional(),
    retentionDays: z.number().int().min(RETENTION.minDays).max(RETENTION.maxDays).optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** A press that did not count, as the panel offers it: the moment's label and the student's name (or number). */
const suggestionViewSchema = z.object({ id, label: z.string(), name: z.string() }).strict();
export type SuggestionView = z.infer<typeof suggestionViewSchema>;

const coreMessages = {
  /** content → background: what this tab shows now (null: nothing recognised). */
  'page/context': {
    request: z.object({ type: z.literal('page/context'), summary: pageSummarySchema.nullable() }).strict(),
    response: z.null(),
  },
  /**
   * content → background: a frame inside this document went away or loaded another page; the
   * background forgets the contexts of the tab's frames that no longer answer.
   */
  'frames/changed': { request: z.object({ type: z.literal('frames/changed') }).strict(), response: z.null() },
  /** panel → background: what a tab shows. */
  'tab/context': {
    request: z.object({ type: z.literal('tab/context'), tabId: z.number().int().min(0) }).strict(),
    response: pageSummarySchema.nullable(),
  },
  /**
   * panel → background: "Gesprek afronden": the conversation becomes a note in the timeline (and the
   * student's draft goes).
   */
  'note/save': {
    request: z
      .object({
        type: z.literal('note/save'),
        student: studentRefSchema,
        display: displaySchema,
        text: z.string().max(NOTE_MAX),
        studentWords: z.string().max(NOTE_MAX).optional(),
        nextStep: z.string().max(2000).optional(),
        competences: z.array(z.enum(COMPETENCES)).max(5).optional(),
        promptIds: z.array(id).max(50).optional(),
      })
      .strict()
      .refine((n) => Boolean(n.text.trim() || n.studentWords?.trim() || n.nextStep?.trim()), 'lege notitie'),
    response: noteViewSchema,
  },
  /** panel → background: the conversation as it is being typed (kept at once; empty: no draft). */
  'draft/save': {
    request: z
      .object({
        type: z.literal('draft/save'),
        student: studentRefSchema,
        display: displaySchema,
        draft: draftViewSchema,
      })
      .strict(),
    response: z.null(),
  },
  /** panel → background: everything the panel shows for one student (and the tab it follows, if any). */
  'panel/student': {
    request: z
      .object({ type: z.literal('panel/student'), student: studentRefSchema, tabId: z.number().int().min(0).optional() })
      .strict(),
    response: panelDataSchema,
  },
  /** panel → background: the school type (and year) the mentor sets for this student; null: none set. */
  'facts/study': {
    request: z
      .object({
        type: z.literal('facts/study'),
        student: studentRefSchema,
        display: displaySchema,
        study: z
          .object({ choice: z.enum(STUDY_CHOICE_IDS), year: z.number().int().min(1).max(8).optional() })
          .strict()
          .nullable(),
      })
      .strict(),
    response: z.null(),
  },
  /** panel → background: where the student stands in the work placement, as the mentor says today; null: not known. */
  'facts/placement': {
    request: z
      .object({
        type: z.literal('facts/placement'),
        student: studentRefSchema,
        display: displaySchema,
        phase: placementPhaseSchema.nullable(),
      })
      .strict(),
    response: z.null(),
  },
  /** panel → background: "De leerling weet het en is akkoord" with the handover (today), or withdrawn. */
  'facts/handover-consent': {
    request: z
      .object({
        type: z.literal('facts/handover-consent'),
        student: studentRefSchema,
        display: displaySchema,
        agreed: z.boolean(),
      })
      .strict(),
    response: z.null(),
  },
  /** panel → background: take away what the previous mentor handed over for this student (a wrong choice on receipt). */
  'handed/remove': {
    request: z.object({ type: z.literal('handed/remove'), student: studentRefSchema }).strict(),
    response: z.null(),
  },
  'afspraak/add': {
    request: z
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
    response: afspraakViewSchema,
  },
  'afspraak/done': {
    request: z.object({ type: z.literal('afspraak/done'), id, done: z.boolean() }).strict(),
    response: z.null(),
  },
  /** panel → background: the teacher confirms that `other` (another id on the same host) is this student. */
  'student/link': {
    request: z.object({ type: z.literal('student/link'), student: studentRefSchema, other: studentRefSchema }).strict(),
    response: z.null(),
  },
  /** panel → background: the teacher undoes a pairing; both records are again their own. */
  'student/unlink': {
    request: z.object({ type: z.literal('student/unlink'), student: studentRefSchema, other: studentRefSchema }).strict(),
    response: z.null(),
  },
  /**
   * panel → background: in-page presses in this tab that did not count because the control may not
   * have been seen (lib/features/shared/seen.ts); nothing was written, the panel offers each to confirm.
   */
  'suggestions/list': {
    request: z.object({ type: z.literal('suggestions/list'), tabId: z.number().int().min(0) }).strict(),
    response: z.array(suggestionViewSchema),
  },
  /** panel → background: the teacher's answer to a suggestion (Ja: the moment is written; Nee: it is dropped). */
  'suggestion/answer': {
    request: z.object({ type: z.literal('suggestion/answer'), id, accept: z.boolean() }).strict(),
    response: z.null(),
  },
  'referral/add': {
    request: z.object({ type: z.literal('referral/add'), student: studentRefSchema, display: displaySchema, role: id }).strict(),
    response: z.null(),
  },
  'notes/search': {
    request: z.object({ type: z.literal('notes/search'), query: z.string().trim().min(1).max(200) }).strict(),
    response: z.array(searchHitSchema),
  },
  'students/list': {
    request: z.object({ type: z.literal('students/list') }).strict(),
    response: z.array(studentListItemSchema),
  },
  /**
   * options page → background: the teacher changes their own settings. The background keeps them in
   * the trusted store (no content script can write there) and publishes the configuration again.
   */
  'settings/save': {
    request: z.object({ type: z.literal('settings/save'), settings: settingsPatchSchema }).strict(),
    response: z.null(),
  },
  /** options page → background: the teacher removes a page they taught ("Leer deze pagina herkennen"). */
  'taught/remove': {
    request: z.object({ type: z.literal('taught/remove'), profileId: id, pageType: z.enum(PAGE_TYPES) }).strict(),
    response: z.null(),
  },
  /** content → background: a redacted miss of the host profile (codes and selectors only). */
  'diagnostics/miss': {
    request: z.object({ type: z.literal('diagnostics/miss'), miss: missSchema }).strict(),
    response: z.null(),
  },
  /** content or panel → background: is the privacy blur on (for this browser session)? */
  'blur/get': { request: z.object({ type: z.literal('blur/get') }).strict(), response: z.boolean() },
  /**
   * panel → background: run a keyboard command exactly as `commands.onCommand` does (the panel's blur
   * button; browser tests, which cannot press a `commands` shortcut, take this same path).
   */
  'command/run': {
    request: z.object({ type: z.literal('command/run'), command: z.enum(COMMAND_IDS as [CommandId, ...CommandId[]]) }).strict(),
    response: z.null(),
  },
} satisfies Record<string, MessageSchemas>;

/** Every message: those of no feature and each feature's own (one line per feature with messages). */
const MESSAGES = {
  ...coreMessages,
  ...studentCardMessages,
  ...gradingCueMessages,
  ...mentorOverviewMessages,
  ...pageTeacherMessages,
  ...meaningProposalMessages,
};
type Messages = typeof MESSAGES;

export type RequestType = keyof Messages;
export type Request = { [T in RequestType]: z.infer<Messages[T]['request']> }[RequestType];
export type ResponseData<T extends RequestType> = z.infer<Messages[T]['response']>;

/** Each request type's schema (the router checks a request against the one of its type). */
export const REQUEST_SCHEMAS: ReadonlyMap<string, z.ZodType> = new Map(
  Object.entries(MESSAGES).map(([type, message]) => [type, message.request]),
);

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
