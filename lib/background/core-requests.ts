import { AppError } from '../core/errors';
import { localize } from '../core/localize';
import { refOfKey, studentKey } from '../core/student';
import { studyOfChoice } from '../core/study-choice';
import { saveDraft } from '../db/drafts';
import { setPlacementFact, setStudyFact } from '../db/facts';
import { removeHanded, setStudentHandoverConsent } from '../db/handover/student';
import {
  addAfspraak,
  addMoment,
  addReferral,
  linkStudents,
  listStudents,
  saveNote,
  searchNotes,
  setAfspraakDone,
  unlinkStudents,
} from '../db/queries';
import { forgetGoneFrames } from './frame-contexts';
import { afspraakView, noteView, panelData } from './panel';
import { dataChanged, defineRequest } from './requests';

/**
 * The requests that belong to no in-page feature: the page a tab shows, the side panel's reads and
 * writes, diagnostics, the privacy blur and the keyboard commands. Each in-page feature states its
 * own in its lib/features/<id>/background.ts.
 */
export const CORE_REQUESTS = [
  defineRequest({
    type: 'page/context',
    from: 'content',
    async handle(deps, request, sender) {
      const tabId = sender.tabId as number;
      await deps.tabs.set(tabId, request.summary, sender.frameId ?? 0);
      deps.notify({ type: 'tab/changed', tabId });
      return null;
    },
  }),
  defineRequest({
    type: 'frames/changed',
    from: 'content',
    async handle(deps, _request, sender) {
      const tabId = sender.tabId as number;
      if (await forgetGoneFrames(deps.tabs, tabId, deps.frameAlive)) deps.notify({ type: 'tab/changed', tabId });
      return null;
    },
  }),
  defineRequest({ type: 'tab/context', from: 'extensionPage', handle: (deps, request) => deps.tabs.get(request.tabId) }),
  defineRequest({
    type: 'settings/save',
    from: 'extensionPage',
    async handle(deps, request) {
      await deps.saveSettings(request.settings);
      return null;
    },
  }),
  defineRequest({
    type: 'taught/remove',
    from: 'extensionPage',
    async handle(deps, request) {
      await deps.removeTaughtPage(request.profileId, request.pageType);
      return null;
    },
  }),
  defineRequest({
    type: 'note/save',
    from: 'extensionPage',
    writes: true,
    async handle(deps, request) {
      const { type: _type, ...input } = request;
      const note = await saveNote(deps.db, input, deps.now(), deps.newId, { careRoles: deps.careRoles() });
      dataChanged(deps, note.studentKey);
      return noteView(note);
    },
  }),
  defineRequest({
    type: 'draft/save',
    from: 'extensionPage',
    writes: true,
    async handle(deps, request) {
      await saveDraft(deps.db, request.student, request.display, request.draft, deps.now());
      return null;
    },
  }),
  defineRequest({
    type: 'panel/student',
    from: 'extensionPage',
    async handle(deps, request) {
      const page = request.tabId === undefined ? null : await deps.tabs.get(request.tabId);
      return panelData(deps, request.student, page);
    },
  }),
  defineRequest({
    type: 'facts/study',
    from: 'extensionPage',
    writes: true,
    async handle(deps, request) {
      const { choice, year } = request.study ?? {};
      await setStudyFact(deps.db, request.student, request.display, choice ? studyOfChoice(choice, year) : null, deps.now());
      dataChanged(deps, studentKey(request.student));
      return null;
    },
  }),
  defineRequest({
    type: 'facts/placement',
    from: 'extensionPage',
    writes: true,
    async handle(deps, request) {
      await setPlacementFact(deps.db, request.student, request.display, request.phase, deps.now());
      dataChanged(deps, studentKey(request.student));
      return null;
    },
  }),
  defineRequest({
    type: 'facts/handover-consent',
    from: 'extensionPage',
    writes: true,
    async handle(deps, request) {
      // Switched off by the school: the panel shows no tick, and a forged request keeps nothing either.
      if (deps.handoverEnabled?.() === false) throw new AppError('forbidden');
      await setStudentHandoverConsent(deps.db, request.student, request.display, request.agreed, deps.now());
      dataChanged(deps, studentKey(request.student));
      return null;
    },
  }),
  defineRequest({
    type: 'handed/remove',
    from: 'extensionPage',
    writes: true,
    async handle(deps, request) {
      await removeHanded(deps.db, request.student);
      dataChanged(deps, studentKey(request.student));
      return null;
    },
  }),
  defineRequest({
    type: 'afspraak/add',
    from: 'extensionPage',
    writes: true,
    async handle(deps, request) {
      const { student, what, who, due } = request;
      const record = await addAfspraak(
        deps.db,
        student,
        { what, ...(who ? { who } : {}), ...(due ? { due } : {}) },
        deps.now(),
        deps.newId,
        deps.careRoles(),
      );
      dataChanged(deps, record.studentKey);
      return afspraakView(record);
    },
  }),
  defineRequest({
    type: 'afspraak/done',
    from: 'extensionPage',
    writes: true,
    async handle(deps, request) {
      const record = await setAfspraakDone(deps.db, request.id, request.done, deps.now());
      if (!record) throw new AppError('invalid');
      dataChanged(deps, record.studentKey);
      return null;
    },
  }),
  defineRequest({
    type: 'student/link',
    from: 'extensionPage',
    writes: true,
    async handle(deps, request) {
      const linked = await linkStudents(deps.db, request.student, request.other, deps.now());
      if (!linked.ok) throw new AppError('invalid');
      dataChanged(deps, studentKey(request.student));
      return null;
    },
  }),
  defineRequest({
    type: 'student/unlink',
    from: 'extensionPage',
    writes: true,
    async handle(deps, request) {
      if (!(await unlinkStudents(deps.db, request.student, request.other))) throw new AppError('invalid');
      dataChanged(deps, studentKey(request.student));
      dataChanged(deps, studentKey(request.other));
      return null;
    },
  }),
  defineRequest({
    type: 'suggestions/list',
    from: 'extensionPage',
    async handle(deps, request) {
      const label = (type: string) => {
        const moment = deps.momentTypes.find((m) => m.id === type);
        return moment ? localize(moment.label, deps.language()) : type;
      };
      return (await deps.suggestions.list(request.tabId)).map((s) => ({
        id: s.id,
        label: label(s.momentType),
        name: s.name ?? s.student.id,
      }));
    },
  }),
  defineRequest({
    type: 'suggestion/answer',
    from: 'extensionPage',
    writes: true,
    async handle(deps, request) {
      const suggestion = await deps.suggestions.take(request.id);
      if (!suggestion) throw new AppError('invalid');
      if (request.accept)
        await addMoment(deps.db, suggestion.student, suggestion.momentType, deps.now(), deps.newId, undefined, suggestion.name);
      dataChanged(deps, studentKey(suggestion.student));
      return null;
    },
  }),
  defineRequest({
    type: 'referral/add',
    from: 'extensionPage',
    writes: true,
    async handle(deps, request) {
      await addReferral(deps.db, request.student, request.role, deps.now(), deps.newId, { careRoles: deps.careRoles() });
      dataChanged(deps, studentKey(request.student));
      return null;
    },
  }),
  defineRequest({
    type: 'notes/search',
    from: 'extensionPage',
    async handle(deps, request) {
      return (await searchNotes(deps.db, request.query, 100)).map((hit) => ({
        student: refOfKey(hit.student.key),
        note: noteView(hit.note),
        ...(hit.student.name ? { name: hit.student.name } : {}),
        ...(hit.student.klas ? { klas: hit.student.klas } : {}),
      }));
    },
  }),
  defineRequest({
    type: 'students/list',
    from: 'extensionPage',
    async handle(deps) {
      return (await listStudents(deps.db)).map((s) => ({
        student: { host: s.host, id: s.sisId },
        ...(s.name ? { name: s.name } : {}),
        ...(s.klas ? { klas: s.klas } : {}),
      }));
    },
  }),
  defineRequest({
    type: 'diagnostics/miss',
    from: 'content',
    async handle(deps, request) {
      await deps.recordMiss(request.miss);
      return null;
    },
  }),
  defineRequest({ type: 'blur/get', from: 'content or extensionPage', handle: (deps) => deps.blur.get() }),
  defineRequest({
    type: 'command/run',
    from: 'extensionPage',
    async handle(deps, request) {
      await deps.runCommand(request.command);
      return null;
    },
  }),
];
