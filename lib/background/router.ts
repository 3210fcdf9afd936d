import type { PageType } from '../core/domain';
import { AppError, errorCodeOf } from '../core/errors';
import type { MeaningLook } from '../core/meaning-look';
import type { StudentRef } from '../core/student';
import type { LobDatabase } from '../db/database';
import { withWriteLock } from '../db/write-lock';
import type { CommandId } from '../features/catalog';
import type { HostProfilePatch } from '../hosts/teach/host-patch';
import type { Broadcast, Envelope, Miss, PageSummary, Request, SettingsPatch } from '../messages/schema';
import type { BlurState } from './blur';
import type { PanelDeps } from './panel';
import { mayAsk, type RequestTable } from './requests';
import { classifySender, type SenderInfo } from './sender';
import type { Suggestions } from './suggestions';
import type { TabContexts } from './tab-contexts';

export interface RouterDeps extends PanelDeps {
  db: LobDatabase;
  tabs: TabContexts;
  /** Presses of in-page controls that did not count (not seen): offered in the panel to confirm. */
  suggestions: Suggestions;
  ownId: string;
  ownOrigin: string;
  newId: () => string;
  /**
   * Whether a frame of a tab still runs our content script (it answers a ping); false for a frame
   * that was removed or shows a page without it.
   */
  frameAlive: (tabId: number, frameId: number) => Promise<boolean>;
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
  /**
   * The teacher's choices, kept in the trusted store (lib/config/trusted-store.ts) where no content
   * script can write; each write publishes the configuration (and its copies) again.
   */
  removeTaughtPage: (profileId: string, pageType: PageType) => Promise<void>;
  saveSettings: (patch: SettingsPatch) => Promise<void>;
  saveCueSettings: (settings: Extract<Request, { type: 'cue/settings' }>['settings']) => Promise<void>;
  /** "Klopt" on a proposal in this tab's frame: the picker confirms there what recognition by meaning found. */
  confirmByMeaning: (tabId: number, frameId: number) => Promise<{ kept: boolean; reason?: string }>;
  /** Why the picker was started in a frame: to confirm a proposal, or to teach by pointing. */
  teachIntent: (tabId: number, frameId: number) => 'confirm' | 'teach';
  /** Keeps what recognition by meaning saw on a page (the redacted diagnostics). */
  recordMeaningLook: (look: MeaningLook) => Promise<void>;
  /** The kinds of page the teacher said "Nee" to (never proposed again). */
  meaningDismissals: { get(): Promise<string[]>; add(key: string): Promise<void> };
  /**
   * Opens the side panel in this tab (Chrome `sidePanel.open`, Firefox `sidebarAction.open`); rejects
   * where the browser does not allow it. Chrome allows it only while the click's user gesture lasts,
   * so it must be called before the reply's first await.
   */
  openPanel: (tabId: number) => Promise<void>;
  /** The panel's shortcut as the browser has it now ("" when the teacher removed it). */
  panelShortcut: () => Promise<string>;
}

/** Is this student on the sender tab's recognised page (the record, or a row of the grid)? */
export function onPage(page: PageSummary | null, ref: StudentRef): page is PageSummary {
  if (!page || page.host !== ref.host) return false;
  return page.student?.id === ref.id || Boolean(page.rowIds?.includes(ref.id));
}

export async function pageOfSender(deps: RouterDeps, sender: SenderInfo, ref: StudentRef): Promise<PageSummary> {
  const page = await deps.tabs.get(sender.tabId as number, sender.frameId ?? 0);
  if (!onPage(page, ref)) throw new AppError('forbidden');
  return page;
}

/**
 * Checks schema and sender against the table (lib/background/requests.ts: each feature's own
 * definitions), runs the request, and always answers with an envelope.
 */
export async function route(deps: RouterDeps, raw: unknown, sender: SenderInfo, table: RequestTable): Promise<Envelope<unknown>> {
  const definition = table.get((raw as { type?: unknown } | null)?.type);
  const parsed = definition?.schema.safeParse(raw);
  if (!definition || !parsed?.success) return { ok: false, error: 'invalid' };
  const kind = classifySender(sender, deps.ownId, deps.ownOrigin);
  if (kind === 'foreign' || !mayAsk(definition.from, kind)) return { ok: false, error: 'forbidden' };
  try {
    const run = () => definition.handle(deps, parsed.data as never, sender);
    return { ok: true, data: await (definition.writes ? withWriteLock(run) : run()) };
  } catch (error) {
    const code = errorCodeOf(error);
    if (code === 'failed') console.warn('[LOB] verzoek mislukt', definition.type, error);
    return { ok: false, error: code };
  }
}
