import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, launch, newProfileDir, removeProfile, type Session } from '../support/chromium';
import { readStore, writeDatedNote } from '../support/database';
import { useOwnExtensionId } from '../support/own-id';

/**
 * A school policy that sets `retentionDays` to something unusable (4000, above the maximum of 3650)
 * must not start the retention job on the fallback of two years: a three-year-old note survives, and
 * the options page says deletion is paused. (Chromium itself drops "3650" as text, which the
 * managed schema types as an integer; the unit tests hold that case.) Its own policy file (other Chromium runs read the same folder),
 * removed afterwards.
 */
const POLICY_FILE = `/etc/chromium/policies/managed/lob-naast-de-leerling-retention${basename(dirname(CHROME_BUILD)).replace(/^\.output/, '')}.json`;
// The policy names this file's own id: other files' browsers run meanwhile (vitest.e2e.config.ts).
const EXTENSION_ID = useOwnExtensionId();
const THREE_YEARS_AGO = new Date(Date.now() - 3 * 366 * 86_400_000).toISOString();

let profile: string;
let session: Session | undefined;

function writePolicy(values: Record<string, unknown>): void {
  try {
    mkdirSync(dirname(POLICY_FILE), { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: values } } }));
  } catch (error) {
    throw new Error(`De test schrijft ${POLICY_FILE} en moet als root draaien: ${(error as Error).message}`);
  }
}

async function optionsPage(s: Session): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Gegevens' }).waitFor();
  return page;
}

/** Why the retention job last did not delete, as the background recorded it (storage.local diagnostics). */
function retentionSkipReason(page: Page): Promise<string | undefined> {
  return page.evaluate(async () => {
    const chrome = (
      globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }
    ).chrome;
    const { diagnostics } = await chrome.storage.local.get('diagnostics');
    return (diagnostics as { retentionSkipped?: { reason: string } } | undefined)?.retentionSkipped?.reason;
  });
}

/** When the retention job of this browser start ran (it records its last run in `meta`). */
async function retentionLastRun(page: Page): Promise<unknown> {
  const meta = await readStore(page, 'meta');
  return meta.find((row) => row.key === 'retentionLastRun')?.value;
}

/** A teacher's browser with a note from three years ago, before the school's policy arrives. */
async function teacherWithAnOldNote(): Promise<void> {
  rmSync(POLICY_FILE, { force: true });
  const first = await launch({ userDataDir: profile });
  const page = await optionsPage(first);
  // Its start-up run (on an empty database, without a policy) is over before the note goes in.
  await expect.poll(() => retentionLastRun(page), { timeout: 20_000 }).toBeTypeOf('string');
  await writeDatedNote(page, THREE_YEARS_AGO, 'Gesprek van drie jaar geleden');
  await first.close();
}

beforeAll(() => {
  profile = newProfileDir();
});

afterAll(async () => {
  rmSync(POLICY_FILE, { force: true });
  await session?.close();
  removeProfile(profile);
});

describe('a school policy with an unusable retention period', () => {
  it('deletes nothing, and the options page says automatic deletion is paused', async () => {
    await teacherWithAnOldNote();
    writePolicy({ retentionDays: 4000, schoolName: 'Het Linde College' });
    session = await launch({ userDataDir: profile });
    const page = await optionsPage(session);
    await expect.poll(() => retentionSkipReason(page), { timeout: 20_000 }).toBe('policyValueInvalid');
    const notes = await readStore(page, 'notes');
    expect(notes.map((n) => n.text)).toEqual(['Gesprek van drie jaar geleden']);
    // The policy arrived (its school name shows), its period did not: the admin sees why nothing is deleted.
    await page.getByText('Het Linde College').first().waitFor();
    await page.getByText('Automatisch verwijderen staat stil: de bewaartermijn van je school is ongeldig.').waitFor();
    await page.getByText('De bewaartermijn van je school (retentionDays) is ongeldig', { exact: false }).waitFor();
  });
});
