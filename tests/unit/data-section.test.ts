import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataSection } from '../../components/options/DataSection';
import { cleanup, click, getByRole, queryAllByRole, show, textOf, user } from '../support/dom';
import { exportFileText } from '../support/export-file';
import { chooseFile, DAAN, type FakeData, fakeDataApi, jsonFile, MOHAMMED, SANNE } from '../support/fake-data-api';

/**
 * The options page's "Gegevens" section through its port: export (all, or one student), import
 * (checked first, written only after the teacher confirms), erase (asked first), and the raw
 * export when the database does not open. The words of refused files: import-problem-text.test.ts.
 */

afterEach(cleanup);

const MB = 1024 * 1024;

async function section(fake: FakeData, persisted?: boolean): Promise<HTMLElement> {
  const root = await show(h(DataSection, { api: fake.api, download: fake.download, persisted }));
  // The students are listed, or the section says why not.
  await vi.waitFor(() => expect(listed(root).length > 0 || alert(root) !== '').toBe(true));
  return root;
}

const status = (root: HTMLElement) => textOf(getByRole(root, 'status'));
const alert = (root: HTMLElement) => textOf(getByRole(root, 'alert'));
/** The students the per-student actions offer, as the picker shows them. */
const listed = (root: HTMLElement) => [...root.querySelectorAll('option')].map(textOf);
/** A confirmation question (a fieldset named by its question). */
const question = (root: HTMLElement, text: string | RegExp) => getByRole(root, 'group', text);

/** A backup from the teacher's laptop, with Mohammed in it (what it does is the fake's `summary`). */
const BACKUP = exportFileText({
  students: [{ key: MOHAMMED.key, host: MOHAMMED.host, sisId: MOHAMMED.sisId, updatedAt: '2026-11-20T09:00:00.000Z' }],
});

describe('what is kept', () => {
  it('says where the data lives, how long notes are kept, and whether the browser keeps them', async () => {
    const root = await section(fakeDataApi(), true);
    expect(getByRole(root, 'region', 'Gegevens')).toBeTruthy();
    expect(textOf(root)).toContain('staan alleen in deze browser op deze computer');
    expect(textOf(root)).toContain('Notities ouder dan 2 jaar worden automatisch verwijderd.');
    expect(textOf(root)).toContain('Opslag is blijvend: de browser ruimt deze gegevens niet zelf op.');
    expect(listed(root)).toEqual(['Sanne de Vries · 3H2', 'Daan van der Berg · 3H2']);
  });
});

describe('export', () => {
  it('exports everything and offers the file, saying what is in it', async () => {
    const fake = fakeDataApi();
    const root = await section(fake);
    await click(getByRole(root, 'button', 'Exporteren'));
    await vi.waitFor(() => expect(status(root)).toBe('Export gemaakt: lob-export-2026-11-24.json (2 leerlingen, 6 notities).'));
    expect(fake.downloads.map((d) => d.fileName)).toEqual(['lob-export-2026-11-24.json']);
    expect(JSON.parse(fake.downloads[0]?.text ?? '')).toMatchObject({ students: [SANNE.key, DAAN.key] });
  });

  it('warns when the export is near the size the import reads', async () => {
    const root = await section(fakeDataApi({ exportBytes: 45 * MB }));
    await click(getByRole(root, 'button', 'Exporteren'));
    await vi.waitFor(() =>
      expect(status(root)).toBe(
        'Export gemaakt: lob-export-2026-11-24.json (2 leerlingen, 6 notities). Let op: deze export is 45 MB. De extensie leest bestanden tot 50 MB in; bewaar daarom ook exports per leerling.',
      ),
    );
  });

  it('exports one student for inzage', async () => {
    const fake = fakeDataApi();
    const root = await section(fake);
    const picker = getByRole<HTMLSelectElement>(root, 'combobox', 'Leerling');
    await user(() => {
      picker.value = DAAN.key;
      picker.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click(getByRole(root, 'button', 'Exporteer één leerling'));
    await vi.waitFor(() =>
      expect(status(root)).toBe('Export gemaakt: lob-export-2026-11-24-leerling-48220.json (1 leerlingen, 2 notities).'),
    );
    expect(fake.downloads.map((d) => d.fileName)).toEqual(['lob-export-2026-11-24-leerling-48220.json']);
  });
});

describe('import', () => {
  it('checks the file first, and writes it only after "Ja, inlezen"', async () => {
    const fake = fakeDataApi();
    const root = await section(fake);
    await chooseFile(root, jsonFile('backup-laptop.json', BACKUP));
    const ask = await vi.waitFor(() =>
      question(root, 'In backup-laptop.json: 3 nieuw, 1 bijgewerkt, 0 ouder dan wat je hebt en overgeslagen. Nu inlezen?'),
    );
    expect(textOf(root)).toContain('Gekozen: backup-laptop.json');
    expect(fake.checked).toEqual([BACKUP]);
    expect(fake.imported).toEqual([]);
    // Enter never confirms by accident: focus is on "Annuleren".
    expect(document.activeElement).toBe(getByRole(ask, 'button', 'Annuleren'));

    await click(getByRole(ask, 'button', 'Ja, inlezen'));
    await vi.waitFor(() =>
      expect(status(root)).toBe('Ingelezen: 3 nieuw, 1 bijgewerkt, 0 ouder dan wat je hebt en overgeslagen.'),
    );
    expect(fake.imported).toEqual([BACKUP]);
    expect(queryAllByRole(root, 'group', /Nu inlezen\?$/)).toEqual([]);
    await vi.waitFor(() => expect(listed(root)).toContain('Mohammed El Amrani · V4B'));
  });

  it('"Annuleren" (or Escape) imports nothing and says so', async () => {
    const fake = fakeDataApi();
    const root = await section(fake);
    await chooseFile(root, jsonFile('backup-laptop.json', BACKUP));
    const ask = await vi.waitFor(() => question(root, /^In backup-laptop\.json/));
    await click(getByRole(ask, 'button', 'Annuleren'));
    expect(status(root)).toBe('Niet ingelezen. Je gegevens zijn niet veranderd.');

    await chooseFile(root, jsonFile('backup-laptop.json', BACKUP));
    const again = await vi.waitFor(() => question(root, /^In backup-laptop\.json/));
    await user(() => {
      again.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(status(root)).toBe('Niet ingelezen. Je gegevens zijn niet veranderd.');
    expect(fake.checked).toHaveLength(2);
    expect(fake.imported).toEqual([]);
    expect(listed(root)).toEqual(['Sanne de Vries · 3H2', 'Daan van der Berg · 3H2']);
  });

  it('a file with nothing newer is not asked about', async () => {
    const fake = fakeDataApi({ summary: { add: 0, same: 12, update: 0, older: 2, refused: 0 } });
    const root = await section(fake);
    await chooseFile(root, jsonFile('oud.json', BACKUP));
    await vi.waitFor(() =>
      expect(status(root)).toBe(
        'Niets in te lezen: 0 nieuw, 0 bijgewerkt, 2 ouder dan wat je hebt en overgeslagen. Je gegevens zijn niet veranderd.',
      ),
    );
    expect(queryAllByRole(root, 'group', /Nu inlezen\?$/)).toEqual([]);
    expect(fake.imported).toEqual([]);
  });

  it('names the rows it refuses because they belong to another student', async () => {
    const root = await section(fakeDataApi({ summary: { add: 2, same: 0, update: 0, older: 0, refused: 1 } }));
    await chooseFile(root, jsonFile('gedeeld.json', BACKUP));
    await vi.waitFor(() =>
      question(
        root,
        'In gedeeld.json: 2 nieuw, 0 bijgewerkt, 0 ouder dan wat je hebt en overgeslagen, 1 geweigerd omdat ze bij een andere leerling horen. Nu inlezen?',
      ),
    );
  });

  it('a refused file shows the problem, asks nothing and changes nothing', async () => {
    const fake = fakeDataApi({ refuse: { code: 'wrongFormat' } });
    const root = await section(fake);
    await chooseFile(root, jsonFile('cijfers.json', '{"cijfers": []}'));
    await vi.waitFor(() =>
      expect(alert(root)).toBe(
        'Niet ingelezen. Dit bestand is geen export van LOB naast de leerling. Je gegevens zijn niet veranderd.',
      ),
    );
    expect(queryAllByRole(root, 'group', /Nu inlezen\?$/)).toEqual([]);
    expect(fake.imported).toEqual([]);
    expect(listed(root)).toEqual(['Sanne de Vries · 3H2', 'Daan van der Berg · 3H2']);
  });
});

describe('erase', () => {
  it('one student: asks first, "Annuleren" erases nothing, "Ja, wis deze leerling" erases only them', async () => {
    const fake = fakeDataApi();
    const root = await section(fake);
    const erase = getByRole(root, 'button', 'Wis deze leerling');
    await click(erase);
    const ask = question(
      root,
      'Alles over Sanne de Vries · 3H2 wissen? Dit kan niet ongedaan worden gemaakt. Maak eventueel eerst een export.',
    );
    expect(fake.erased).toEqual([]);
    await click(getByRole(ask, 'button', 'Annuleren'));
    expect(status(root)).toBe('Niets gewist.');
    expect(fake.erased).toEqual([]);
    expect(document.activeElement).toBe(getByRole(root, 'button', 'Wis deze leerling'));

    await click(getByRole(root, 'button', 'Wis deze leerling'));
    await click(getByRole(root, 'button', 'Ja, wis deze leerling'));
    await vi.waitFor(() => expect(status(root)).toBe('Gewist: Sanne de Vries · 3H2 (4 notities).'));
    expect(fake.erased).toEqual([{ host: SANNE.host, id: SANNE.sisId }]);
    await vi.waitFor(() => expect(listed(root)).toEqual(['Daan van der Berg · 3H2']));
  });

  it('everything: asks first, then erases all students', async () => {
    const fake = fakeDataApi();
    const root = await section(fake);
    await click(getByRole(root, 'button', 'Alles wissen'));
    const ask = question(root, /^Al je notities, afspraken, momenten en verwijzingen wissen\?/);
    expect(fake.erased).toEqual([]);
    await click(getByRole(ask, 'button', 'Ja, alles wissen'));
    await vi.waitFor(() => expect(status(root)).toBe('Alles gewist (2 leerlingen, 6 notities).'));
    expect(fake.erased).toHaveLength(2);
    await vi.waitFor(() => expect(textOf(root)).toContain('Nog geen leerlingen met notities.'));
    expect(getByRole<HTMLButtonElement>(root, 'button', 'Wis deze leerling').disabled).toBe(true);
  });
});

describe('when the database does not open', () => {
  it('says nothing was deleted and offers the raw data as a backup', async () => {
    const fake = fakeDataApi({ closed: true });
    const root = await section(fake);
    expect(alert(root)).toBe('De leerlingen konden niet geladen worden.');
    expect(textOf(root)).toContain(
      'Je gegevens konden niet worden geopend, bijvoorbeeld door een mislukte update. Er is niets verwijderd.',
    );
    await click(getByRole(root, 'button', 'Exporteer ruwe gegevens'));
    await vi.waitFor(() => expect(status(root)).toBe('Ruwe export gemaakt: lob-export-2026-11-24-ruw.json.'));
    expect(fake.downloads.map((d) => d.fileName)).toEqual(['lob-export-2026-11-24-ruw.json']);
  });
});
