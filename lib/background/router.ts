import type { LobDatabase } from '../db/database';
import { listNotes, saveNote } from '../db/queries';
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
} from '../messages';
import { type CardDeps, cardData } from './card';
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

function sameStudent(page: PageSummary | null, ref: StudentRef): boolean {
  return Boolean(page?.student && page.host === ref.host && page.student.id === ref.id);
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
    case 'card/get': {
      // A content script may only ask about the student its own tab shows.
      const page = await deps.tabs.get(sender.tabId as number);
      if (!sameStudent(page, request.student)) throw new RequestError('forbidden');
      return cardData(deps, request.student, page);
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
