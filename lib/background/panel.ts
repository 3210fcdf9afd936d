import { STEPS, type Step } from '../core/domain';
import { localize } from '../core/localize';
import { type PlacementView, placementView } from '../core/placement';
import { dayKey } from '../core/season';
import { foldName, refOfKey, type StudentRef, studentKey } from '../core/student';
import { studentWithFacts } from '../core/student-context';
import { choiceOfStudy } from '../core/study-choice';
import type { AfspraakRecord, DraftRecord, HandedRecord, NoteRecord } from '../db/database';
import { readDraft } from '../db/drafts';
import { readFacts } from '../db/facts';
import { handoverOfStudent } from '../db/handover/student';
import { latestDate, recentLens, studentHistory } from '../db/history';
import { linkCandidates, linkedKeys, listAfspraken, timeline } from '../db/queries';
import type { AfspraakView, DraftView, HandedView, NoteView, PageSummary, PanelData } from '../messages/schema';
import { panelContext, stepContext } from '../prompts/contexts';
import type { EngineContext } from '../prompts/engine';
import { rankPrompts } from '../prompts/engine';
import { knowledgeCards } from '../prompts/library/knowledge';
import { promptView } from '../prompts/prompt-view';
import { isCareEntry } from '../referrals/care-entry';
import { suggestReferrals } from '../referrals/suggest';
import type { AnswerDeps } from './deps';

/** The panel shows the newest entries; older ones are found with search or in an export. */
const TIMELINE_SHOWN = 100;

export type PanelDeps = AnswerDeps;

const PROMPTS_PER_STEP = 6;

/**
 * The other ids of this student: paired ones, and same-named ones on this host the teacher may pair.
 * No pairing is suggested while the page's name differs from the name kept for this id.
 */
async function studentLinks(db: PanelDeps['db'], ref: StudentRef, name: string | undefined): Promise<PanelData['links']> {
  const own = studentKey(ref);
  const kept = (await db.students.get(own))?.name;
  const namesDiffer = kept !== undefined && name !== undefined && foldName(kept) !== foldName(name);
  const keys = (await linkedKeys(db, ref)).filter((k) => k !== own);
  const paired = (await db.students.bulkGet(keys)).map((s, i) => ({ key: keys[i] as string, name: s?.name }));
  const view = (key: string, n: string | undefined) => ({ student: refOfKey(key), ...(n ? { name: n } : {}) });
  return {
    linked: paired.map((p) => view(p.key, p.name)),
    candidates: namesDiffer ? [] : (await linkCandidates(db, ref, name)).map((c) => view(c.key, c.name)),
  };
}

export function noteView(n: NoteRecord): NoteView {
  return {
    id: n.id,
    date: n.date,
    text: n.text,
    competences: n.competences,
    ...(n.studentWords ? { studentWords: n.studentWords } : {}),
    ...(n.nextStep ? { nextStep: n.nextStep } : {}),
  };
}

function handedView(h: HandedRecord): HandedView {
  const { studentKey: _key, receivedAt: _received, ...view } = h;
  return view;
}

function draftView(d: DraftRecord): DraftView {
  return {
    text: d.text,
    competences: d.competences,
    promptIds: d.promptIds,
    ...(d.studentWords ? { studentWords: d.studentWords } : {}),
    ...(d.nextStep ? { nextStep: d.nextStep } : {}),
  };
}

export function afspraakView(a: AfspraakRecord): AfspraakView {
  return { id: a.id, what: a.what, done: a.done, ...(a.who ? { who: a.who } : {}), ...(a.due ? { due: a.due } : {}) };
}

/** Whether the page's count reaches the school's threshold (no threshold: never). */
const absenceReached = (count: number | undefined, threshold: number | undefined) =>
  count !== undefined && threshold !== undefined && count >= threshold;

const withPlacement = (placement: PlacementView | undefined) => (placement ? { placement } : {});

/** Everything the side panel shows for one student: one read, no note text leaves the extension. */
export async function panelData(deps: PanelDeps, ref: StudentRef, page: PageSummary | null): Promise<PanelData> {
  const date = deps.now();
  const s = page?.host === ref.host && page.student?.id === ref.id ? page.student : undefined;
  const [history, entries, afspraken, links, stored, facts, draft, handover] = await Promise.all([
    studentHistory(deps.db, ref, deps.momentTypes),
    timeline(deps.db, ref),
    listAfspraken(deps.db, ref),
    studentLinks(deps.db, ref, s?.name),
    deps.db.students.get(studentKey(ref)),
    readFacts(deps.db, ref),
    readDraft(deps.db, ref),
    handoverOfStudent(deps.db, ref),
  ]);
  const student = studentWithFacts(s?.study, facts);
  const setChoice = choiceOfStudy(facts?.study);
  const schoolType = student.schoolType;
  const key = studentKey(ref);
  const klas = s?.klas ? { klas: s.klas } : {};
  const panel = (over: Partial<EngineContext>) => panelContext(student, key, { ...klas, ...over });
  const pick = (step: Step) =>
    rankPrompts({
      library: deps.library(),
      policy: deps.enginePolicy(),
      context: { ...stepContext(student, step, key), ...klas },
      history,
      date,
      seed: `panel-${step}`,
      limit: PROMPTS_PER_STEP,
    }).map((r) => promptView(r, deps.language()));
  const guide = Object.fromEntries(STEPS.map((step) => [step, pick(step)])) as PanelData['guide'];
  // Other conversations: with parents or carers, and (mbo) with the praktijkbegeleider in a trialoog.
  const other = (audience: 'parent' | 'workplace') =>
    rankPrompts({
      library: deps.library(),
      policy: deps.enginePolicy(),
      context: panel({ audience }),
      history,
      date,
      seed: `panel-${audience}`,
      limit: 4,
    }).map((r) => promptView(r, deps.language()));
  const stance = rankPrompts({
    library: deps.library(),
    context: panel({ families: ['houding'], audience: 'teacher' }),
    history: [],
    date,
    seed: 'stance',
    limit: 3,
  }).map((r) => localize(r.prompt.text, deps.language()));
  // "Eigen bril": questions for the teacher about themselves, offered on demand, never about the student.
  const ownLens = rankPrompts({
    library: deps.library(),
    context: panel({ families: ['eigen-bril', 'gelijke-kansen'], audience: 'teacher' }),
    history: [],
    date,
    seed: 'eigen-bril',
    limit: 3,
  }).map((r) => localize(r.prompt.text, deps.language()));
  const momentLabel = new Map(deps.momentTypes.map((m) => [m.id, localize(m.label, deps.language())]));
  const suggestions = suggestReferrals({
    roles: deps.referralRoles,
    services: deps.publicServices,
    rules: deps.referralRules,
    directory: deps.directory(),
    vocabulary: deps.vocabulary(),
    // The panel, and the page its tab shows (a record or a grade grid): both places' rules apply.
    places: page?.pageType === 'studentRecord' || page?.pageType === 'gradeEntry' ? ['sidePanel', page.pageType] : ['sidePanel'],
    language: deps.language(),
    month: date.getMonth() + 1,
    ...(schoolType ? { schoolType } : {}),
    ...(student.phase ? { phase: student.phase } : {}),
    ...(student.routes ? { routes: student.routes } : {}),
  });
  const roleTitle = new Map(suggestions.map((r) => [r.role, r.title]));
  const lastNote = entries.find((e) => e.kind === 'note' && e.note.nextStep);
  const finished = entries.find((e) => e.kind === 'note');
  const finishedId = finished?.kind === 'note' ? finished.note.id : undefined;
  return {
    lastContact: latestDate(history),
    lastNextStep: lastNote?.kind === 'note' ? (lastNote.note.nextStep ?? null) : null,
    afspraken: afspraken.filter((a) => !a.done).map(afspraakView),
    summaryAfspraken: afspraken
      .filter((a) => finishedId !== undefined && a.noteId === finishedId && !isCareEntry(a))
      .map(afspraakView),
    lens: recentLens(history, date),
    guide,
    stance,
    ownLens,
    parents: other('parent'),
    workplace: other('workplace'),
    knowledge: knowledgeCards.map((k) => ({
      id: k.id,
      title: localize(k.title, deps.language()),
      body: localize(k.body, deps.language()),
    })),
    referrals: suggestions.map((r) => ({ ...r, line: r.line })),
    links,
    storedName: stored?.name ?? null,
    draft: draft ? draftView(draft) : null,
    ...withPlacement(placementView(student, deps.enginePolicy().calendar, s?.klas, dayKey(date))),
    ...(absenceReached(s?.absences, deps.absenceThreshold?.()) ? { absencePointer: true as const } : {}),
    study: {
      fromPage: Boolean(s?.study),
      ...(setChoice ? { choice: setChoice } : {}),
      ...(facts?.study?.year ? { year: facts.study.year } : {}),
    },
    handover: {
      enabled: deps.handoverEnabled?.() ?? true,
      ...(handover.consentOn ? { consentOn: handover.consentOn } : {}),
      fromPrevious: handover.fromPrevious.map(handedView),
    },
    timelineTotal: entries.length,
    timeline: entries
      .slice(0, TIMELINE_SHOWN)
      .map((e) =>
        e.kind === 'note'
          ? { kind: 'note', date: e.date, note: noteView(e.note) }
          : e.kind === 'moment'
            ? { kind: 'moment', date: e.date, label: momentLabel.get(e.moment.type) ?? e.moment.type }
            : { kind: 'referral', date: e.date, label: roleTitle.get(e.referral.role) ?? e.referral.role },
      ),
  };
}
