import { browser } from 'wxt/browser';
import { extraHostMatchPatterns } from '../../lib/policy';

const SCRIPT_ID = 'lob-extra-hosts';
const CONTENT_SCRIPT = 'content-scripts/content.js';

type Scripting = {
  registerContentScripts(scripts: object[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
};
type FirefoxContentScripts = { register(options: object): Promise<{ unregister(): Promise<void> }> };

let firefoxHandle: { unregister(): Promise<void> } | undefined;

/**
 * What the school's own domains need: their host permission (`scripting`, on Chrome/Edge, is a
 * required permission; Firefox MV2 registers content scripts without one).
 */
export function extraHostsPermissions(hosts: readonly string[]): { origins: string[] } {
  return { origins: extraHostMatchPatterns([...hosts]) };
}

/**
 * The school's own domains (policy `extraHosts`) get the content script at run time, once the
 * teacher (or the admin) granted the host permission. Never throws.
 */
export async function syncExtraHosts(hosts: readonly string[]): Promise<void> {
  const wanted = extraHostsPermissions(hosts);
  const matches = wanted.origins;
  const api = browser as unknown as { scripting?: Scripting; contentScripts?: FirefoxContentScripts };
  try {
    if (api.scripting) await api.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] }).catch(() => undefined);
    await firefoxHandle?.unregister().catch(() => undefined);
    firefoxHandle = undefined;
    if (matches.length === 0 || !(await browser.permissions.contains(wanted))) return;
    if (api.scripting) {
      await api.scripting.registerContentScripts([
        { id: SCRIPT_ID, matches, js: [CONTENT_SCRIPT], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true },
      ]);
    } else if (api.contentScripts) {
      firefoxHandle = await api.contentScripts.register({
        matches,
        js: [{ file: CONTENT_SCRIPT }],
        allFrames: true,
        runAt: 'document_idle',
      });
    }
  } catch (error) {
    console.warn('[LOB] schooldomeinen konden niet worden ingesteld', error);
  }
}
