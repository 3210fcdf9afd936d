import type { LobDatabase } from '../db/database';
import { listNotes, saveNote } from '../db/queries';

// TEMPORARY until lib/db exposes addMoment.
async function addMoment(db: LobDatabase, ref: StudentRef, type: string, now: Date, newId: () => string) {
  await db.moments.add({ id: newId(), studentKey: studentKey(ref), type, date: now.toISOString() });
}

import type { PageSummary } from '../hosts/summary';
import {
  type Broadcast,
  type Envelope,
  type ErrorCode,
  type Request,
  type RequestType,
  type ResponseData,
  requestSchema,
  type StudentRef,
  studentKey,
} from '../messages';
import { type CardDeps, cardData } from './card';
import { cueData } from './cue';
import { classifySender, type SenderInfo, type SenderKind } from './sender';
import type { TabContexts } from './tab-contexts';

export interface RouterDeps extends CardDeps {
  db: LobDatabase;
  tabs: TabContexts;
  ownId: string;
  ownOrigin: string;
  newId: () => string;
  /** Tells open extension pages that something changed. */
  notify: (message: Broadcast) => void;
}

/** Which sender may send what: content scripts only report their page and read their card. */
const ALLOWED: Record<RequestType, SenderKind> = {
  'page/context': 'content',
  'card/get': 'content',
  'cue/get': 'content',
  'moment/add': 'content',
  'tab/context': 'extensionPage',
  'note/save': 'extensionPage',
  'notes/list': 'extensionPage',
};

export class RequestError extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
  }
}

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string; inner?: { name?: string } } | null)?.name;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}

/** Is this student on the sender tab's recognised page (the record, or a row of the grid)? */
function onPage(page: PageSummary | null, ref: StudentRef): page is PageSummary {
  if (!page || page.host !== ref.host) return false;
  return page.student?.id === ref.id || Boolean(page.rowIds?.includes(ref.id));
}

async function pageOfSender(deps: RouterDeps, sender: SenderInfo, ref: StudentRef): Promise<PageSummary> {
  const page = await deps.tabs.get(sender.tabId as number);
  if (!onPage(page, ref)) throw new RequestError('forbidden');
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
      await deps.tabs.set(tabId, request.summary);
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
      if (!deps.momentTypes.some((m) => m.id === request.momentType)) throw new RequestError('invalid');
      await addMoment(deps.db, request.student, request.momentType, deps.now(), deps.newId);
      deps.notify({ type: 'data/changed', studentKey: studentKey(request.student) });
      return null;
    }
    case 'tab/context':
      return deps.tabs.get(request.tabId);
    case 'note/save': {
      const note = await saveNote(deps.db, request, deps.now(), deps.newId);
      deps.notify({ type: 'data/changed', studentKey: note.studentKey });
      return { id: note.id, date: note.date, text: note.text };
    }
    case 'notes/list':
      return (await listNotes(deps.db, request.student)).map((n) => ({ id: n.id, date: n.date, text: n.text }));
  }
}

/** Checks schema and sender, runs the request, and always answers with an envelope. */
export async function route(deps: RouterDeps, raw: unknown, sender: SenderInfo): Promise<Envelope<unknown>> {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  const kind = classifySender(sender, deps.ownId, deps.ownOrigin);
  if (kind === 'foreign' || ALLOWED[parsed.data.type] !== kind) return { ok: false, error: 'forbidden' };
  try {
    return { ok: true, data: await handle(deps, parsed.data, sender) };
  } catch (error) {
    if (error instanceof RequestError) return { ok: false, error: error.code };
    if (isQuotaError(error)) return { ok: false, error: 'storageFull' };
    console.warn('[LOB] verzoek mislukt', parsed.data.type, error);
    return { ok: false, error: 'failed' };
  }
}
