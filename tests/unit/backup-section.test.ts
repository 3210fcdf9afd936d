import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupSection } from '../../components/options/BackupSection';
import { cleanup, click, getByLabel, getByRole, show, textOf, typeInto, user } from '../support/dom';
import { fakeDataApi, jsonFile } from '../support/fake-data-api';

/**
 * "Alles meenemen naar een andere computer" (issue #33) through the options page's port: the backup
 * is made only with a long enough passphrase typed twice, and is encrypted; restoring shows the
 * file's header first, refuses a wrong passphrase with its own message and writes nothing, and only
 * "Ja, inlezen" imports what the opened file holds.
 */

afterEach(cleanup);

const PASS = 'paarse-giraf-fietst-naar-school';
const status = (root: HTMLElement) => textOf(getByRole(root, 'status'));
const alert = (root: HTMLElement) => textOf(getByRole(root, 'alert'));
/** Deriving a key (PBKDF2, 600 000 rounds) takes a second or more on a busy machine. */
const CRYPTO = { timeout: 15_000 };

async function chooseBackup(root: HTMLElement, name: string, text: string): Promise<void> {
  const input = getByLabel(root, 'Kies een versleutelde back-up');
  Object.defineProperty(input, 'files', { value: [jsonFile(name, text)], configurable: true });
  await user(() => input.dispatchEvent(new Event('change', { bubbles: true })));
}

describe('an encrypted backup', () => {
  it('is made with a passphrase of at least 12 characters, typed twice, and holds nothing readable', CRYPTO, async () => {
    const fake = fakeDataApi();
    const root = await show(h(BackupSection, { api: fake.api, download: fake.download }));
    await typeInto(getByLabel(root, 'Wachtwoord voor de back-up'), 'kort');
    await typeInto(getByLabel(root, 'Herhaal het wachtwoord'), 'kort');
    await click(getByRole(root, 'button', 'Versleutelde back-up maken'));
    await vi.waitFor(() => expect(alert(root)).toContain('minstens 12 tekens'));
    await typeInto(getByLabel(root, 'Wachtwoord voor de back-up'), PASS);
    await typeInto(getByLabel(root, 'Herhaal het wachtwoord'), `${PASS}!`);
    await click(getByRole(root, 'button', 'Versleutelde back-up maken'));
    await vi.waitFor(() => expect(alert(root)).toBe('De twee wachtwoorden zijn niet hetzelfde.'));
    expect(fake.downloads).toEqual([]);
    await typeInto(getByLabel(root, 'Herhaal het wachtwoord'), PASS);
    await click(getByRole(root, 'button', 'Versleutelde back-up maken'));
    await vi.waitFor(() =>
      expect(status(root)).toContain('Versleutelde back-up gemaakt: lob-back-up-2026-11-24.versleuteld.txt'),
    );
    const made = fake.downloads[0]?.text ?? '';
    expect(made.startsWith('LOB-VERSLEUTELD 1\n')).toBe(true);
    expect(made).not.toContain('48213');
  });

  it('is restored after its preview and the right passphrase; a wrong one writes nothing', { timeout: 60_000 }, async () => {
    const fake = fakeDataApi();
    const root = await show(h(BackupSection, { api: fake.api, download: fake.download }));
    await typeInto(getByLabel(root, 'Wachtwoord voor de back-up'), PASS);
    await typeInto(getByLabel(root, 'Herhaal het wachtwoord'), PASS);
    await click(getByRole(root, 'button', 'Versleutelde back-up maken'));
    await vi.waitFor(() => expect(fake.downloads).toHaveLength(1), CRYPTO);
    const made = fake.downloads[0]?.text ?? '';

    await chooseBackup(root, 'lob-back-up-2026-11-24.versleuteld.txt', made);
    await vi.waitFor(() =>
      expect(textOf(root)).toContain('Gemaakt op 24 november 2026, geldig tot 24 december 2026: 2 leerlingen'),
    );
    await typeInto(getByLabel(root, 'Wachtwoord van de back-up'), 'niet-het-goede-wachtwoord');
    await click(getByRole(root, 'button', 'Openen en controleren'));
    await vi.waitFor(
      () => expect(alert(root)).toBe('Het wachtwoord klopt niet. Er is niets ingelezen; probeer het opnieuw.'),
      CRYPTO,
    );
    expect(fake.checked).toEqual([]);
    expect(fake.imported).toEqual([]);

    await typeInto(getByLabel(root, 'Wachtwoord van de back-up'), PASS);
    await click(getByRole(root, 'button', 'Openen en controleren'));
    await vi.waitFor(() => expect(getByRole(root, 'button', 'Ja, inlezen')).toBeTruthy(), CRYPTO);
    expect(fake.imported).toEqual([]);
    await click(getByRole(root, 'button', 'Ja, inlezen'));
    await vi.waitFor(() => expect(status(root)).toMatch(/^Ingelezen:/));
    expect(JSON.parse(fake.imported[0] ?? '')).toMatchObject({ format: 'lob-naast-de-leerling' });
  });

  it('says what is wrong with a file that is not an encrypted backup, or was changed', async () => {
    const fake = fakeDataApi();
    const root = await show(h(BackupSection, { api: fake.api, download: fake.download }));
    await chooseBackup(root, 'export.json', '{"format":"lob-naast-de-leerling"}');
    await vi.waitFor(() => expect(alert(root)).toBe('Dit is geen versleuteld bestand van LOB naast de leerling.'));
    await chooseBackup(root, 'kapot.txt', 'LOB-VERSLEUTELD 1\n{"format":"LOB-VERSLEUTELD","digest":"x"}\nAAAA\n');
    await vi.waitFor(() => expect(alert(root)).toBe('De kop van het bestand is veranderd of beschadigd. Er is niets ingelezen.'));
    expect(fake.imported).toEqual([]);
  });
});
