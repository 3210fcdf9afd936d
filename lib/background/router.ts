import { AppError, errorCodeOf } from '../core/errors';
import { periodStart } from '../core/period';
import type { CommandId } from '../core/shortcuts';
import { refOfKey, type StudentRef, studentKey } from '../core/student';
import type { LobDatabase } from '../db/database';
import {
  addAfspraak,
  addMoment,
  addReferral,
  linkStudents,
  listStudents,
  saveNote,
  searchNotes,
  setAfspraakDone,
  studentsWithoutMoment,
  updateNote,
} from '../db/queries';
import { withWriteLock } from '../db/write-lock';
import type { HostProfilePatch } from '../hosts/teach/host-patch';
import {
  type Broadcast,
  type Envelope,
  type Miss,
  type PageSummary,
  type Request,
  type RequestType,
  type ResponseData,
  requestSchema,
} from '../messages/schema';
import type { BlurState } from './blur';
import { cardData } from './card';
import { cueData } from './cue';
import { afspraakView, noteView, type PanelDeps, panelData } from './panel';
import { classifySender, type SenderInfo, type SenderKind } from './sender';
import type { TabContexts } from './tab-contexts';

export interface RouterDeps extends PanelDeps {
  db: LobDatabase;
  tabs: TabContexts;
  ownId: string;
  ownOrigin: string;
  newId: () => string;
  /** Tells open extension pages that something changed. */
  notify: (message: Broadcast) => void;
  /** Keeps a redacted diagnostics entry. */
  recordMiss: (miss: Miss) => Promise<void>;
  /** Role ids that are zorg in this school's directory: never stored. */
  careRoles: () => readonly string[];
  /** The privacy blur for this browser session (lib/background/blur.ts). */
  blur: BlurState;
  /** What `commands.onCommand` runs for one of our commands (the same function). */
  runCommand: (command: CommandId) => Promise<void>;
  /** Keeps a page the teacher taught (checked: a valid patch, none of `values` in it). */
  saveTaughtPage: (patch: HostProfilePatch, values: readonly string[]) => Promise<void>;
}

/** Which sender may send what: content scripts only report their page and read their card. */
const ALLOWED: Record<RequestType, SenderKind | 'content or extensionPage'> = {
  'page/context': 'content',
  'card/get': 'content',
  'cue/get': 'content',
  'moment/add': 'content',
  'tab/context': 'extensionPage',
  'note/save': 'extensionPage',
  'panel/student': 'extensionPage',
  'afspraak/add': 'extensionPage',
  'afspraak/done': 'extensionPage',
  'student/link': 'extensionPage',
  'referral/add': 'extensionPage',
  'notes/search': 'extensionPage',
  'students/list': 'extensionPage',
  'overview/get': 'content',
  'diagnostics/miss': 'content',
  'blur/get': 'content or extensionPage',
  'command/run': 'extensionPage',
  'teach/save': 'content',
};

function allowed(type: RequestType, kind: SenderKind): boolean {
  const rule = ALLOWED[type];
  return rule === kind || (rule === 'content or extensionPage' && kind !== 'foreign');
}

/** Is this student on the sender tab's recognised page (the record, or a row of the grid)? */
function onPage(page: PageSummary | null, ref: StudentRef): page is PageSummary {
  if (!page || page.host !== ref.host) return false;
  return page.student?.id === ref.id || Boolean(page.rowIds?.includes(ref.id));
}

async function pageOfSender(deps: RouterDeps, sender: SenderInfo, ref: StudentRef): Promise<PageSummary> {
  const page = await deps.tabs.get(sender.tabId as number, sender.frameId ?? 0);
  if (!onPage(page, ref)) throw new AppError('forbidden');
  return page;
}

async function handle<T extends RequestType>(
  deps: RouterDeps,
  request: Extract<Request, { type: T }>,
  sender: SenderInfo,
): Promise<ResponseData<T>>;
async function handle(deps: RouterDeps, request: Request, sender: SenderInfo): Promise<unknown> {
  switch (request.type) {
    case 'page/context': {
      const tabId = sender.tabId as number;
      await deps.tabs.set(tabId, request.summary, sender.frameId ?? 0);
      deps.notify({ type: 'tab/changed', tabId });
      return null;
    }
    // A content script may only ask about a student its own tab shows.
    case 'card/get':
      return cardData(deps, request.student, await pageOfSender(deps, sender, request.student));
    case 'cue/get':
      return cueData(deps, request.student, await pageOfSender(deps, sender, request.student), request);
    case 'moment/add': {
      await pageOfSender(deps, sender, request.student);
      if (!deps.momentTypes.some((m) => m.id === request.momentType)) throw new AppError('invalid');
      await addMoment(deps.db, request.student, request.momentType, deps.now(), deps.newId, undefined, request.name);
      deps.notify({ type: 'data/changed', studentKey: studentKey(request.student) });
      return null;
    }
    case 'tab/context':
      return deps.tabs.get(request.tabId);
    case 'note/save': {
      const { type: _type, id, ...input } = request;
      const note = id
        ? await updateNote(deps.db, { ...input, id }, deps.now())
        : await saveNote(deps.db, input, deps.now(), deps.newId);
      deps.notify({ type: 'data/changed', studentKey: note.studentKey });
      return noteView(note);
    }
    case 'panel/student': {
      const page = request.tabId === undefined ? null : await deps.tabs.get(request.tabId);
      return panelData(deps, request.student, page);
    }
    case 'afspraak/add': {
      const { student, what, who, due } = request;
      const record = await addAfspraak(
        deps.db,
        student,
        { what, ...(who ? { who } : {}), ...(due ? { due } : {}) },
        deps.now(),
        deps.newId,
      );
      deps.notify({ type: 'data/changed', studentKey: record.studentKey });
      return afspraakView(record);
    }
    case 'afspraak/done': {
      const record = await setAfspraakDone(deps.db, request.id, request.done, deps.now());
      if (!record) throw new AppError('invalid');
      deps.notify({ type: 'data/changed', studentKey: record.studentKey });
      return null;
    }
    case 'student/link': {
      const linked = await linkStudents(deps.db, request.student, request.other, deps.now());
      if (!linked.ok) throw new AppError('invalid');
      deps.notify({ type: 'data/changed', studentKey: studentKey(request.student) });
      return null;
    }
    case 'referral/add': {
      await addReferral(deps.db, request.student, request.role, deps.now(), deps.newId, { careRoles: deps.careRoles() });
      deps.notify({ type: 'data/changed', studentKey: studentKey(request.student) });
      return null;
    }
    case 'notes/search':
      return (await searchNotes(deps.db, request.query, 100)).map((hit) => ({
        student: refOfKey(hit.student.key),
        note: noteView(hit.note),
        ...(hit.student.name ? { name: hit.student.name } : {}),
        ...(hit.student.klas ? { klas: hit.student.klas } : {}),
      }));
    case 'students/list':
      return (await listStudents(deps.db)).map((s) => ({
        student: { host: s.host, id: s.sisId },
        ...(s.name ? { name: s.name } : {}),
        ...(s.klas ? { klas: s.klas } : {}),
      }));
    case 'diagnostics/miss':
      await deps.recordMiss(request.miss);
      return null;
    case 'overview/get': {
      const page = await deps.tabs.get(sender.tabId as number, sender.frameId ?? 0);
      if (page?.pageType !== 'mentorList') throw new AppError('forbidden');
      const listed = new Set(page.rowIds ?? []);
      if (!request.studentIds.every((id) => listed.has(id))) throw new AppError('forbidden');
      const since = periodStart(deps.now());
      const keys = request.studentIds.map((id) => studentKey({ host: page.host, id }));
      const without = new Set(await studentsWithoutMoment(deps.db, keys, since));
      return {
        withoutMoment: request.studentIds.filter((_, i) => without.has(keys[i] as string)),
        periodStart: since.toISOString(),
      };
    }
    case 'blur/get':
      return deps.blur.get();
    case 'command/run':
      await deps.runCommand(request.command);
      return null;
    case 'teach/save':
      await deps.saveTaughtPage(request.patch as HostProfilePatch, request.values);
      return null;
  }
}

/** Requests that write the teacher's database: they wait for an import or erase in the options page. */
const WRITES: ReadonlySet<RequestType> = new Set([
  'moment/add',
  'note/save',
  'afspraak/add',
  'afspraak/done',
  'referral/add',
  'student/link',
]);

/** Checks schema and sender, runs the request, and always answers with an envelope. */
export async function route(deps: RouterDeps, raw: unknown, sender: SenderInfo): Promise<Envelope<unknown>> {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  const kind = classifySender(sender, deps.ownId, deps.ownOrigin);
  if (kind === 'foreign' || !allowed(parsed.data.type, kind)) return { ok: false, error: 'forbidden' };
  const request = parsed.data;
  try {
    const run = () => handle(deps, request, sender);
    return { ok: true, data: await (WRITES.has(request.type) ? withWriteLock(run) : run()) };
  } catch (error) {
    const code = errorCodeOf(error);
    if (code === 'failed') console.warn('[LOB] verzoek mislukt', request.type, error);
    return { ok: false, error: code };
  }
}
