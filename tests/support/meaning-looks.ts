import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { STORAGE_KEYS } from '../../lib/core/storage-keys';
import type { Session } from './chromium';

/**
 * What recognition by meaning reported to the options' diagnostics (the passes it made on pages no
 * profile knows), read from an extension page: the event a test awaits before it checks that a page
 * got no proposal, instead of a pause.
 */
export interface LookWatch {
  /** Runs `action` (a navigation) and waits until a pass on `host` has been reported since. */
  after(host: string, action: () => Promise<unknown>): Promise<void>;
  close(): Promise<void>;
}

export async function watchLooks(session: Session): Promise<LookWatch> {
  const page: Page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  const passes = (host: string) =>
    page.evaluate(
      async ({ key, host }) => {
        const chrome = (
          globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }
        ).chrome;
        const stored = (await chrome.storage.local.get(key))[key] as
          | { meaningLooks?: { host: string; count: number }[] }
          | undefined;
        return (stored?.meaningLooks ?? []).filter((l) => l.host === host).reduce((sum, l) => sum + l.count, 0);
      },
      { key: STORAGE_KEYS.diagnostics, host },
    );
  return {
    async after(host, action) {
      const before = await passes(host);
      await action();
      await expect.poll(() => passes(host), { timeout: 15_000 }).toBeGreaterThan(before);
    },
    close: () => page.close(),
  };
}
