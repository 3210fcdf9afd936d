import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HandoverSection } from '../../components/options/HandoverSection';
import type { HandoverFile } from '../../lib/core/handover-file';
import {
  choose,
  cleanup,
  click,
  disclosure,
  expand,
  getByLabel,
  getByRole,
  queryAllByRole,
  show,
  textOf,
  typeInto,
  user,
} from '../support/dom';
import { DAAN, type FakeData, fakeDataApi, jsonFile, SANNE, SANNE_HANDOVER, sealHandover } from '../support/fake-data-api';

/**
 * "Overdracht naar de volgende mentor" (issue #33) through the options page's port: only a student who
 * knows and agrees can be chosen, the mentor sees exactly what goes, the file needs a long enough
 * passphrase typed twice; the next mentor sees the file's header, opens it with the passphrase, places
 * each student of another school by choice, and only "Ja, overnemen" writes.
 */

afterEach(cleanup);

const PASS = 'paarse-giraf-fietst-naar-school';
const POLICY = { enabled: true, maxValidDays: 30, minPassphrase: 12 };
const status = (root: HTMLElement) => textOf(getByRole(root, 'status'));
const alert = (root: HTMLElement) => textOf(getByRole(root, 'alert'));
/** Deriving a key (PBKDF2, 600 000 rounds) takes a second or more on a busy machine. */
const CRYPTO = { timeout: 15_000 };

const consentBox = (root: HTMLElement, name: string) =>
  getByRole<HTMLInputElement>(root, 'checkbox', `De leerling weet het en is akkoord (${name})`);
const selectBox = (root: HTMLElement, name: string) =>
  getByRole<HTMLInputElement>(root, 'checkbox', `Meenemen in de overdracht (${name})`);
/** A student's row in one of the section's lists ("Overdragen", "Overdracht ontvangen"): the item that starts with their name. */
const rowOf = (root: HTMLElement, name: string, list = 'Overdragen') =>
  getByRole(getByRole(root, 'list', list), 'listitem', new RegExp(`^${name}`));

async function showSection(fake: FakeData, policy = POLICY): Promise<HTMLElement> {
  const root = await show(h(HandoverSection, { api: fake.api, policy, download: fake.download }));
  if (policy.enabled) await vi.waitFor(() => expect(consentBox(root, 'Sanne de Vries')).toBeTruthy());
  return root;
}

async function makeFile(root: HTMLElement, pass: string, again = pass): Promise<void> {
  await typeInto(getByLabel(root, 'Wachtwoord voor de overdracht'), pass);
  await typeInto(getByLabel(root, 'Herhaal het wachtwoord voor de overdracht'), again);
  await click(getByRole(root, 'button', 'Overdrachtsbestand maken'));
}

async function chooseHandover(root: HTMLElement, name: string, text: string): Promise<void> {
  const input = getByLabel(root, 'Kies een overdrachtsbestand');
  Object.defineProperty(input, 'files', { value: [jsonFile(name, text)], configurable: true });
  await user(() => input.dispatchEvent(new Event('change', { bubbles: true })));
}

describe('handing students over', () => {
  it('can take only the students of a list open in a tab (the mentor group)', async () => {
    const fake = fakeDataApi();
    const pageLists = async () => [{ label: '3H2', keys: [DAAN.key] }];
    const root = await show(h(HandoverSection, { api: fake.api, policy: POLICY, download: fake.download, pageLists }));
    await vi.waitFor(() => expect(getByLabel(root, 'Welke leerlingen')).toBeTruthy());
    expect(queryAllByRole(root, 'checkbox', /^Meenemen in de overdracht/)).toHaveLength(2);
    await choose(getByLabel<HTMLSelectElement>(root, 'Welke leerlingen'), '0');
    expect(queryAllByRole(root, 'checkbox', /^Meenemen in de overdracht/).map((c) => c.getAttribute('aria-label'))).toEqual([
      'Meenemen in de overdracht (Daan van der Berg)',
    ]);
    await click(selectBox(root, 'Daan van der Berg'));
    await makeFile(root, PASS);
    await vi.waitFor(() => expect(fake.handoverExports).toEqual([{ keys: [DAAN.key], passphrase: PASS }]), CRYPTO);
  });

  it('records the student’s consent, with its date, before the student can be chosen', async () => {
    const fake = fakeDataApi();
    const root = await showSection(fake);
    expect(consentBox(root, 'Sanne de Vries').checked).toBe(false);
    expect(selectBox(root, 'Sanne de Vries').disabled).toBe(true);
    // Why it cannot be chosen yet is said, and tied to the box for a screen reader.
    const why = selectBox(root, 'Sanne de Vries').getAttribute('aria-describedby') ?? '';
    expect(textOf(root.querySelector(`[id="${why}"]`) as HTMLElement)).toContain('kan pas na het akkoord van de leerling');
    expect(textOf(rowOf(root, 'Daan van der Berg'))).toContain('akkoord op 20 november 2026');
    expect(selectBox(root, 'Daan van der Berg').disabled).toBe(false);

    await click(consentBox(root, 'Sanne de Vries'));
    await vi.waitFor(() => expect(textOf(rowOf(root, 'Sanne de Vries'))).toContain('akkoord op 24 november 2026'));
    expect(fake.consents).toEqual([{ key: SANNE.key, agreed: true }]);
    expect(consentBox(root, 'Sanne de Vries').checked).toBe(true);
    expect(selectBox(root, 'Sanne de Vries').disabled).toBe(false);

    await click(consentBox(root, 'Sanne de Vries'));
    await vi.waitFor(() => expect(selectBox(root, 'Sanne de Vries').disabled).toBe(true));
    expect(fake.consents).toEqual([
      { key: SANNE.key, agreed: true },
      { key: SANNE.key, agreed: false },
    ]);
    expect(textOf(rowOf(root, 'Sanne de Vries'))).not.toContain('akkoord op');
  });

  it('shows exactly what goes of a student, and what never goes', async () => {
    const root = await showSection(fakeDataApi());
    expect(textOf(root)).toContain('Gaat nooit mee: je eigen notitietekst, zorg en concepten.');
    const sanne = rowOf(root, 'Sanne de Vries');
    expect(queryAllByRole(sanne, 'list')).toEqual([]);
    await expand(sanne, 'Wat gaat er mee');
    const items = queryAllByRole(disclosure(sanne, 'Wat gaat er mee'), 'listitem').map(textOf);
    expect(items).toHaveLength(2);
    const [note, afspraak] = items;
    expect(note).toMatch(/^Gesprek van 12 oktober 2026 · Kwaliteiten, Motieven/);
    expect(note).toContain('Woorden van de leerling: Ik wil iets met techniek én met mensen.');
    expect(note).toContain('Volgende stap: Sanne zoekt twee mbo-opleidingen uit.');
    expect(afspraak).toMatch(/^Afspraak: Open dag van het ROC bezoeken \(Sanne, 15 december 2026\)/);
    expect(afspraak).toContain('gemaakt op 12 oktober 2026');
  });

  it('refuses a file without a chosen student, or with a passphrase too short or not the same', async () => {
    const fake = fakeDataApi();
    const root = await showSection(fake, { ...POLICY, minPassphrase: 16 });
    await makeFile(root, PASS);
    await vi.waitFor(() => expect(alert(root)).toContain('Kies eerst minstens één leerling'));

    await click(selectBox(root, 'Daan van der Berg'));
    await makeFile(root, 'vijftien-tekens');
    await vi.waitFor(() => expect(alert(root)).toContain('minstens 16 tekens'));
    await makeFile(root, PASS, `${PASS}!`);
    await vi.waitFor(() => expect(alert(root)).toBe('De twee wachtwoorden zijn niet hetzelfde.'));
    expect(fake.handoverExports).toEqual([]);
    expect(fake.downloads).toEqual([]);
  });

  it('makes an encrypted file of the chosen students and says until when it is valid', CRYPTO, async () => {
    const fake = fakeDataApi();
    const root = await showSection(fake);
    await click(consentBox(root, 'Sanne de Vries'));
    await vi.waitFor(() => expect(selectBox(root, 'Sanne de Vries').disabled).toBe(false));
    await click(selectBox(root, 'Sanne de Vries'));
    await click(selectBox(root, 'Daan van der Berg'));
    await makeFile(root, PASS);
    await vi.waitFor(
      () =>
        expect(status(root)).toContain(
          'Overdrachtsbestand gemaakt: lob-overdracht-2026-11-24.versleuteld.txt (2 leerlingen). Geldig tot 24 december 2026.',
        ),
      CRYPTO,
    );
    expect(fake.handoverExports).toEqual([{ keys: [SANNE.key, DAAN.key], passphrase: PASS }]);
    const made = fake.downloads[0];
    expect(made?.fileName).toBe('lob-overdracht-2026-11-24.versleuteld.txt');
    expect(made?.text.startsWith('LOB-VERSLEUTELD 1\n')).toBe(true);
    expect(made?.text).not.toContain('techniek');
    expect(getByLabel(root, 'Wachtwoord voor de overdracht').value).toBe('');
  });

  it('shows only a sentence when the school switched the handover off', async () => {
    const fake = fakeDataApi();
    const root = await showSection(fake, { ...POLICY, enabled: false });
    expect(getByRole(root, 'heading', 'Overdracht naar de volgende mentor')).toBeTruthy();
    expect(textOf(root)).toContain('Je school heeft de overdracht naar de volgende mentor uitgezet.');
    expect(queryAllByRole(root, 'button')).toEqual([]);
    expect(queryAllByRole(root, 'checkbox')).toEqual([]);
    expect(root.querySelectorAll('input')).toHaveLength(0);
  });
});

describe('receiving a handover', () => {
  const OTHER = 'oudeschool.somtoday.nl';
  /** Sanne's school is known here; Daan and Mila come from another school. */
  const FILE: HandoverFile = {
    format: 'lob-overdracht',
    version: 1,
    madeAt: '2026-11-24T10:00:00.000Z',
    students: [
      {
        host: SANNE.host,
        sisId: SANNE.sisId,
        name: 'Sanne de Vries',
        klas: '3H2',
        consentOn: '2026-11-01',
        entries: SANNE_HANDOVER,
      },
      {
        host: OTHER,
        sisId: '9001',
        name: 'Daan van der Berg',
        klas: '2B',
        consentOn: '2026-11-03',
        entries: [{ id: 'a-daan', kind: 'afspraak', date: '2026-11-03T09:00:00.000Z', what: 'Profielkeuze bespreken' }],
      },
      {
        host: OTHER,
        sisId: '9002',
        name: 'Mila Jansen',
        consentOn: '2026-11-03',
        entries: [{ id: 'n-mila', kind: 'note', date: '2026-11-03T10:00:00.000Z', competences: [] }],
      },
    ],
  };

  it('shows the header, refuses a wrong passphrase, and writes only the students with a place', { timeout: 60_000 }, async () => {
    const fake = fakeDataApi();
    const root = await showSection(fake);
    await chooseHandover(root, 'lob-overdracht-2026-11-24.versleuteld.txt', await sealHandover(FILE, PASS));
    await vi.waitFor(() =>
      expect(textOf(root)).toContain(
        'lob-overdracht-2026-11-24.versleuteld.txt: Gemaakt op 24 november 2026, geldig tot 24 december 2026: 3 leerlingen, 2 gesprekken, 2 afspraken.',
      ),
    );

    await typeInto(getByLabel(root, 'Wachtwoord van de overdracht'), 'niet-het-goede-wachtwoord');
    await click(getByRole(root, 'button', 'Openen en controleren'));
    await vi.waitFor(
      () => expect(alert(root)).toBe('Het wachtwoord klopt niet. Er is niets ingelezen; probeer het opnieuw.'),
      CRYPTO,
    );
    await typeInto(getByLabel(root, 'Wachtwoord van de overdracht'), PASS);
    await click(getByRole(root, 'button', 'Openen en controleren'));
    await vi.waitFor(() => expect(getByRole(root, 'button', 'Ja, overnemen')).toBeTruthy(), CRYPTO);

    const received = rowOf(root, 'Sanne de Vries, 3H2, demo\\.magister\\.net', 'Overdracht ontvangen');
    expect(textOf(received)).toContain('akkoord van de leerling op 1 november 2026');
    expect(textOf(received)).toContain('Woorden van de leerling: Ik wil iets met techniek én met mensen.');
    expect(textOf(received)).toContain('Komt bij leerlingnummer 48213 op demo.magister.net');
    expect(queryAllByRole(received, 'combobox')).toEqual([]);

    const daan = getByLabel<HTMLSelectElement>(root, 'Bij welke leerling hier hoort Daan van der Berg?');
    expect([...daan.options].map((o) => [o.value, textOf(o)])).toEqual([
      ['', '— kies de leerling —'],
      [SANNE.key, 'Sanne de Vries · 3H2 · nummer 48213 · demo.magister.net'],
      [DAAN.key, 'Daan van der Berg · 3H2 · nummer 48220 · demo.magister.net'],
      [`${OTHER}|9001`, `Dezelfde school: leerlingnummer 9001 op ${OTHER}`],
    ]);
    const mila = rowOf(root, 'Mila Jansen', 'Overdracht ontvangen');
    expect(textOf(mila)).toContain('Zonder keuze wordt niets van deze leerling ingelezen.');
    expect(textOf(rowOf(root, 'Daan van der Berg', 'Overdracht ontvangen'))).toContain(
      'Zonder keuze wordt niets van deze leerling ingelezen.',
    );
    expect(textOf(getByRole(root, 'group', /overnemen\?/))).toContain('1 van de 3 leerlingen overnemen?');

    await choose(daan, DAAN.key);
    expect(textOf(rowOf(root, 'Daan van der Berg', 'Overdracht ontvangen'))).not.toContain('Zonder keuze');
    expect(textOf(getByRole(root, 'group', /overnemen\?/))).toContain('2 van de 3 leerlingen overnemen?');
    expect(fake.received).toEqual([]);

    await click(getByRole(root, 'button', 'Ja, overnemen'));
    await vi.waitFor(() =>
      expect(status(root)).toBe(
        '2 leerlingen ontvangen, 3 onderdelen van de vorige mentor toegevoegd. 1 niet ingelezen (geen leerling gekozen).',
      ),
    );
    expect(fake.received).toHaveLength(1);
    expect(fake.received[0]?.targets).toEqual(
      new Map([
        [0, SANNE.key],
        [1, DAAN.key],
      ]),
    );
    expect(queryAllByRole(root, 'button', 'Ja, overnemen')).toEqual([]);
  });

  it('says what is wrong with a file that is not a handover', async () => {
    const fake = fakeDataApi();
    const root = await showSection(fake);
    await chooseHandover(root, 'export.json', '{"format":"lob-naast-de-leerling"}');
    await vi.waitFor(() => expect(alert(root)).toBe('Dit is geen versleuteld bestand van LOB naast de leerling.'));
    expect(queryAllByRole(root, 'button', 'Openen en controleren')).toEqual([]);
  });
});
