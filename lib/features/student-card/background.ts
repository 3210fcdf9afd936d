import type { AnswerDeps } from '../../background/deps';
import { defineRequest } from '../../background/requests';
import { onPage, pageOfSender, type RouterDeps } from '../../background/router';
import type { SenderInfo } from '../../background/sender';
import { type StudentRef, studentKey } from '../../core/student';
import { studentWithFacts } from '../../core/student-context';
import { readFacts } from '../../db/facts';
import { latestDate, recentLens, studentHistory } from '../../db/history';
import type { PageSummary } from '../../messages/schema';
import { cardContext } from '../../prompts/contexts';
import { rankPrompts } from '../../prompts/engine';
import { promptView } from '../../prompts/prompt-view';
import { subjectIdFor } from '../../prompts/subject-match';
import type { CardData, PanelOpening } from './contract';

/** Prompts, competence lens (counts) and last contact for the in-page card (feature student-card). No note text. */
export async function cardData(deps: AnswerDeps, ref: StudentRef, page: PageSummary | null): Promise<CardData> {
  const date = deps.now();
  const [history, facts] = await Promise.all([studentHistory(deps.db, ref, deps.momentTypes), readFacts(deps.db, ref)]);
  const subject = page?.subject ? subjectIdFor(page.subject, deps.subjects) : undefined;
  const ranked = rankPrompts({
    library: deps.library(),
    policy: deps.enginePolicy(),
    context: {
      ...cardContext(studentWithFacts(page?.student?.study, facts), studentKey(ref)),
      // On a grade page the card speaks to the vakdocent.
      ...(page?.pageType === 'gradeEntry' ? { place: 'gradeEntry' as const, role: 'vakdocent' as const } : {}),
      ...(page?.student?.klas ? { klas: page.student.klas } : {}),
      ...(subject ? { subject } : {}),
    },
    history,
    date,
    seed: 'card',
    limit: 3,
  });
  return {
    prompts: ranked.map((r) => promptView(r, deps.language())),
    lens: recentLens(history, date),
    // The last contact from the notes and moments just read, not a second read of the database.
    lastContact: latestDate(history),
  };
}

/** Whether the panel opened (a refusal by the browser is an answer, not a failure). */
const opened = (opening: Promise<void>): Promise<boolean> =>
  opening.then(
    () => true,
    () => false,
  );

/**
 * "Open in zijpaneel" on the card: only for the student the sender frame shows. Chrome lets
 * `sidePanel.open` follow the click in the page only while its user gesture lasts, which ends at the
 * first await here: so the panel is opened at once when this worker already knows the frame shows
 * the student (it reported its page before the card appeared), else after the check, which may then
 * be refused. Either way this frame's page becomes the tab's (the panel follows it) and open panels
 * are told; when the panel did not open, the card gets the shortcut to tell the teacher how.
 */
async function openPanelFor(deps: RouterDeps, ref: StudentRef, sender: SenderInfo): Promise<PanelOpening> {
  const tabId = sender.tabId as number;
  const frameId = sender.frameId ?? 0;
  const known = deps.tabs.known(tabId, frameId);
  const early = known && onPage(known, ref) ? opened(deps.openPanel(tabId)) : undefined;
  const page = await pageOfSender(deps, sender, ref);
  const didOpen = await (early ?? opened(deps.openPanel(tabId)));
  // Brings this frame forward: of the tab's frames the one showing a student most recently is the panel's.
  await deps.tabs.set(tabId, page, frameId);
  deps.notify({ type: 'tab/changed', tabId });
  return { opened: didOpen, shortcut: didOpen ? '' : await deps.panelShortcut().catch(() => '') };
}

/** What the background answers for the card: only about a student the sender's own tab shows. */
export const studentCardRequests = [
  defineRequest({
    type: 'card/get',
    from: 'content',
    handle: async (deps, request, sender) => cardData(deps, request.student, await pageOfSender(deps, sender, request.student)),
  }),
  defineRequest({
    type: 'card/open-panel',
    from: 'content',
    handle: (deps, request, sender) => openPanelFor(deps, request.student, sender),
  }),
];
