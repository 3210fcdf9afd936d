import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withFault } from '../../components/panel/faults';
import { Referrals } from '../../components/panel/Referrals';
import { SidePanel } from '../../components/panel/SidePanel';
import {
  choose,
  cleanup,
  click,
  disclosure,
  expand,
  getByLabel,
  getByRole,
  queryAllByRole,
  rerender,
  show,
  textOf,
  typeInto,
} from '../support/dom';
import { DAAN, fakePanelApi, headingOf, openSidePanel, recordPage, SANNE } from '../support/fake-panel-api';

afterEach(cleanup);

/** What the panel says in its live regions (saved state, offline, copy result). */
const statuses = (panel: HTMLElement) => queryAllByRole(panel, 'status').map(textOf);
const alerts = (panel: HTMLElement) => queryAllByRole(panel, 'alert').map(textOf);
const noteField = (panel: HTMLElement) => getByLabel<HTMLTextAreaElement>(panel, 'Notitie');

describe('the side panel beside a student record', () => {
  it("shows the student's name as heading, the last conversation and the open afspraak", async () => {
    const fake = fakePanelApi();
    const panel = await openSidePanel(fake.api);
    expect(fake.loads).toEqual([SANNE.student]);
    expect(getByRole(panel, 'heading', 'Sanne de Vries · 3H2').tagName).toBe('H2');
    expect(textOf(panel)).toContain('Leerlingnummer in het schoolsysteem: 48213');
    expect(textOf(panel)).toContain('Laatste loopbaanmoment: 12 november 2026');
    expect(textOf(panel)).toContain('Vorige vervolgstap: Sanne bezoekt de open dag van Saxion.');
    const open = getByRole(panel, 'region', 'Open afspraken');
    expect(getByRole(open, 'checkbox', 'Afgerond: Open dag Saxion bezoeken')).toBeTruthy();
    expect(textOf(open)).toContain('Open dag Saxion bezoeken (Sanne) · 12 december 2026');
    const timeline = textOf(disclosure(panel, /^Eerdere notities/));
    expect(timeline).toContain('Sanne twijfelt tussen Natuur en Gezondheid en Natuur en Techniek.');
    expect(timeline).toContain('Je doet het al: Compliment gegeven');
  });

  it('joins another number of the same student only when the teacher confirms it, with both names and numbers, and can undo it', async () => {
    const other = { host: 'demo.magister.net', id: 'd04e3c63-6d67-4abf-bdd6-f5adcedf5369' };
    const fake = fakePanelApi({ otherId: other });
    const panel = await openSidePanel(fake.api);
    const links = () => getByRole(panel, 'region', 'Andere nummers van deze leerling');
    expect(textOf(links())).toContain(
      `Onder nummer ${other.id} staat een leerling met dezelfde naam (Sanne de Vries); deze pagina toont nummer ${SANNE.student.id}. Is dit dezelfde leerling?`,
    );
    expect(fake.links).toEqual([]);
    await click(getByRole(links(), 'button', 'Ja, koppelen'));
    await vi.waitFor(() => expect(textOf(links())).toContain(`Gekoppeld met Sanne de Vries (nummer ${other.id}).`));
    expect(fake.links).toEqual([{ student: SANNE.student, other }]);
    expect(queryAllByRole(panel, 'button', 'Ja, koppelen')).toEqual([]);
    // Undo: the pairing goes, the suggestion is back.
    await click(getByRole(links(), 'button', `Ontkoppelen van Sanne de Vries (nummer ${other.id})`));
    await vi.waitFor(() => expect(getByRole(links(), 'button', 'Ja, koppelen')).toBeTruthy());
    expect(fake.unlinks).toEqual([{ student: SANNE.student, other }]);
  });

  it('keeps nothing while the page shows another name than the one kept for this number, until the teacher answers', async () => {
    const renamed = { ...SANNE, name: 'Sanne Bakker' };
    const fake = fakePanelApi({ page: recordPage(renamed) });
    const panel = await openSidePanel(fake.api, renamed);
    expect(alerts(panel).join(' ')).toContain(
      'Let op: bij dit leerlingnummer staat de naam Sanne de Vries bewaard, maar de pagina toont Sanne Bakker.',
    );
    await typeInto(noteField(panel), 'Gesprek over de profielkeuze.');
    await click(getByRole(panel, 'button', 'Gesprek afronden'));
    await vi.waitFor(() => expect(statuses(panel)).toContain('Niet opgeslagen: kies eerst welke leerling dit is.'));
    expect(fake.saved).toEqual([]);
    expect(fake.drafts).toEqual([]);
    await click(getByRole(panel, 'button', 'Nee, niet opslaan'));
    expect(textOf(getByRole(panel, 'region', 'Welke leerling is dit?'))).toContain('Je koos: niet opslaan.');
    expect(fake.drafts).toEqual([]);
    // The teacher says it is the same child: what was typed is kept now.
    await click(getByRole(panel, 'button', 'Ja, dit is Sanne de Vries: opslaan'));
    await vi.waitFor(() => expect(fake.drafts.at(-1)?.note.text).toBe('Gesprek over de profielkeuze.'));
    expect(queryAllByRole(panel, 'region', 'Welke leerling is dit?')).toEqual([]);
  });

  it("shows the guide's four steps, each with a question, and another question on request", async () => {
    const panel = await openSidePanel(fakePanelApi().api);
    const guide = getByRole(panel, 'region', 'Het loopbaangesprek');
    expect(queryAllByRole(guide, 'heading').map(textOf)).toEqual([
      'Het loopbaangesprek',
      '1. Terugkijken',
      '2. Reflecteren',
      '3. Vooruitkijken',
      '4. Vervolgstap',
      'Achtergrond voor jou',
    ]);
    const lookBack = getByRole(guide, 'region', '1. Terugkijken');
    expect(textOf(lookBack)).toContain('Wat is je het meest bijgebleven van je snuffelstage?');
    await click(getByRole(lookBack, 'button', 'Waarom deze vraag?'));
    expect(textOf(lookBack)).toContain('Terugkijken op een echte ervaring');
    await click(getByRole(lookBack, 'button', 'Andere vraag'));
    expect(textOf(lookBack)).toContain('Waar ben je de afgelopen weken trots op?');
    // A step with one question has no other to offer.
    expect(getByRole<HTMLButtonElement>(getByRole(guide, 'region', '2. Reflecteren'), 'button', 'Andere vraag').disabled).toBe(
      true,
    );
  });

  it('"Gesprek afronden" makes the typed conversation a note, says so, and shows it among the earlier notes', async () => {
    const fake = fakePanelApi();
    const panel = await openSidePanel(fake.api);
    await typeInto(noteField(panel), 'Sanne kiest waarschijnlijk N&G; ze wil eerst meelopen bij de apotheek.');
    await typeInto(getByLabel(panel, 'Woorden van de leerling'), 'Ik wil iets met mensen en met biologie.');
    await typeInto(
      getByLabel(panel, 'Vervolgstap (wie doet wat?)'),
      'Sanne vraagt bij de apotheek in de wijk om een meeloopdag.',
    );
    await click(getByRole(panel, 'checkbox', 'Motieven'));
    await click(getByRole(panel, 'button', 'Gesprek afronden'));

    await vi.waitFor(() => expect(statuses(panel)).toContain('Gesprek afgerond: de notitie staat in de tijdlijn.'));
    expect(fake.saved).toEqual([
      {
        student: SANNE.student,
        display: { name: 'Sanne de Vries', klas: '3H2' },
        note: {
          text: 'Sanne kiest waarschijnlijk N&G; ze wil eerst meelopen bij de apotheek.',
          studentWords: 'Ik wil iets met mensen en met biologie.',
          nextStep: 'Sanne vraagt bij de apotheek in de wijk om een meeloopdag.',
          competences: ['motieven'],
          promptIds: [],
        },
      },
    ]);
    // Ready for the next conversation: empty fields; the saved note is among the earlier ones.
    expect(noteField(panel).value).toBe('');
    expect(getByRole<HTMLInputElement>(panel, 'checkbox', 'Motieven').checked).toBe(false);
    await vi.waitFor(() =>
      expect(textOf(disclosure(panel, /^Eerdere notities/))).toContain('ze wil eerst meelopen bij de apotheek'),
    );
  });

  it("saves the guide's questions the teacher used with the note, with their competences", async () => {
    const fake = fakePanelApi();
    const panel = await openSidePanel(fake.api);
    const used = getByRole(getByRole(panel, 'region', '1. Terugkijken'), 'button', 'Deze vraag gebruikt');
    await click(used);
    expect(used.getAttribute('aria-pressed')).toBe('true');
    expect(getByRole<HTMLInputElement>(panel, 'checkbox', 'Werkexploratie').checked).toBe(true);
    await typeInto(noteField(panel), 'De snuffelstage bij de dierenarts viel tegen: te veel bloed.');
    await click(getByRole(panel, 'button', 'Gesprek afronden'));
    await vi.waitFor(() => expect(fake.saved).toHaveLength(1));
    expect(fake.saved[0]?.note).toMatchObject({ promptIds: ['terugkijken-snuffelstage'], competences: ['werkexploratie'] });
  });

  it('adds an afspraak to the open afspraken, and ticks one off', async () => {
    const fake = fakePanelApi();
    const panel = await openSidePanel(fake.api);
    await expand(panel, 'Afspraak maken');
    await typeInto(getByLabel(panel, 'Afspraak'), 'Beroepentest op Qompas maken');
    await typeInto(getByLabel(panel, 'Wie'), 'Sanne');
    await typeInto(getByLabel(panel, 'Datum'), '2026-12-19');
    await click(getByRole(panel, 'button', 'Afspraak toevoegen'));

    const open = () => getByRole(panel, 'region', 'Open afspraken');
    await vi.waitFor(() => getByRole(open(), 'checkbox', 'Afgerond: Beroepentest op Qompas maken'));
    expect(fake.afspraken).toEqual([
      { student: SANNE.student, what: 'Beroepentest op Qompas maken', who: 'Sanne', due: '2026-12-19' },
    ]);
    expect(getByLabel(panel, 'Afspraak').value).toBe('');

    await click(getByRole(open(), 'checkbox', 'Afgerond: Open dag Saxion bezoeken'));
    await vi.waitFor(() =>
      expect(queryAllByRole(open(), 'checkbox').map((c) => c.getAttribute('aria-label'))).toEqual([
        'Afgerond: Beroepentest op Qompas maken',
      ]),
    );
    expect(fake.done).toEqual(['afspraak-48213']);
  });

  it('notes a referral to the decaan once; the zorg contact only behind "Geen loopbaanvraag"', async () => {
    const fake = fakePanelApi();
    const panel = await openSidePanel(fake.api);
    const referrals = getByRole(panel, 'region', 'Doorverwijzen');
    expect(textOf(referrals)).toContain('Decaan · M. Jansen · m.jansen@lindecollege.nl');
    expect(textOf(referrals)).not.toContain('R. de Boer');

    await click(getByRole(referrals, 'button', 'Verwezen naar Decaan noteren'));
    await vi.waitFor(() => expect(getByRole<HTMLButtonElement>(referrals, 'button', 'Verwezen naar Decaan').disabled).toBe(true));
    expect(fake.referrals).toEqual([{ student: SANNE.student, role: 'decaan' }]);
    await vi.waitFor(() => expect(textOf(disclosure(panel, /^Eerdere notities/))).toContain('Verwezen: Decaan'));

    const notCareer = getByRole(referrals, 'button', 'Geen loopbaanvraag');
    await click(notCareer);
    expect(notCareer.getAttribute('aria-expanded')).toBe('true');
    const care = getByRole(referrals, 'note');
    expect(textOf(care)).toContain('zorgcoördinator');
    expect(textOf(care)).toContain('Zorgcoördinator · R. de Boer');
  });

  it('says so when noting a referral fails, and the button stays for another try', async () => {
    const fake = fakePanelApi();
    const panel = await openSidePanel(withFault(fake.api, 'quota'));
    const referrals = getByRole(panel, 'region', 'Doorverwijzen');
    await click(getByRole(referrals, 'button', 'Verwezen naar Decaan noteren'));
    await vi.waitFor(() => expect(textOf(getByRole(referrals, 'alert'))).toMatch(/^Verwijzing naar Decaan is niet genoteerd: /));
    expect(getByRole<HTMLButtonElement>(referrals, 'button', 'Verwezen naar Decaan noteren').disabled).toBe(false);
    expect(fake.referrals).toEqual([]);
  });

  it('copies a summary for the logboek, or shows it to copy by hand when the clipboard refuses', async () => {
    const fake = fakePanelApi();
    const panel = await openSidePanel(fake.api);
    // The summary is of the finished conversation: a draft is not in it.
    await typeInto(noteField(panel), 'Gesprek over de profielkeuze.');
    await click(getByRole(panel, 'button', 'Gesprek afronden'));
    await vi.waitFor(() => expect(statuses(panel)).toContain('Gesprek afgerond: de notitie staat in de tijdlijn.'));
    await typeInto(noteField(panel), 'Nog niet af: een tweede gesprek.');
    await click(getByRole(panel, 'button', 'Kopieer samenvatting'));
    await vi.waitFor(() => expect(statuses(panel)).toContain('Samenvatting gekopieerd. Plak hem in het logboek.'));
    expect(fake.copied[0]?.split('\n')).toEqual([
      'LOB-gesprek met Sanne de Vries (3H2)',
      'Datum: 24 november 2026',
      '',
      'Gesprek over de profielkeuze.',
    ]);
    // The open afspraak of the October conversation is not of this one, so not in its summary.
    expect(fake.copied[0]).not.toContain('Saxion');

    const refusing = fakePanelApi({ copies: false });
    await cleanup();
    const second = await openSidePanel(refusing.api);
    await click(getByRole(second, 'button', 'Kopieer samenvatting'));
    await vi.waitFor(() => expect(statuses(second).join(' ')).toContain('Kopiëren lukte niet'));
    expect(getByRole<HTMLTextAreaElement>(second, 'textbox', 'Kopieer samenvatting').value).toContain(
      'LOB-gesprek met Sanne de Vries',
    );
  });

  it("searches all the teacher's notes", async () => {
    const panel = await openSidePanel(fakePanelApi().api);
    await expand(panel, 'Zoek in alle notities');
    await typeInto(getByRole(panel, 'searchbox', 'Zoekwoord'), 'twijfelt');
    await click(getByRole(panel, 'button', 'Zoeken'));
    const search = disclosure(panel, 'Zoek in alle notities');
    await vi.waitFor(() => expect(queryAllByRole(search, 'listitem')).toHaveLength(2));
    const hits = queryAllByRole(search, 'listitem').map(textOf).join(' ');
    expect(hits).toContain('Sanne de Vries · 3H2');
    expect(hits).toContain('Daan twijfelt tussen Natuur en Gezondheid en Natuur en Techniek.');

    await typeInto(getByRole(panel, 'searchbox', 'Zoekwoord'), 'stageplek');
    await click(getByRole(panel, 'button', 'Zoeken'));
    await vi.waitFor(() => expect(textOf(panel)).toContain('Niets gevonden.'));
  });

  it('follows the tab to another student', async () => {
    const fake = fakePanelApi();
    const panel = await openSidePanel(fake.api);
    fake.showPage(recordPage(DAAN));
    await vi.waitFor(() => getByRole(panel, 'heading', headingOf(DAAN)));
    expect(queryAllByRole(panel, 'heading', headingOf(SANNE))).toEqual([]);
    await vi.waitFor(() => expect(fake.loads).toContainEqual(DAAN.student));
  });
});

describe('the side panel beside a page that is not a student record', () => {
  it('lets the mentor set the school type once where the page does not tell it, and says what was set', async () => {
    const fake = fakePanelApi({ studyUnknown: true });
    const panel = await openSidePanel(fake.api);
    const study = () => getByRole(panel, 'region', 'Schooltype');
    expect(textOf(study())).toContain('De pagina laat niet zien welk schooltype deze leerling volgt.');
    const year = getByLabel<HTMLSelectElement>(study(), 'Leerjaar');
    expect(year.disabled).toBe(true);
    await choose(getByLabel<HTMLSelectElement>(study(), 'Schooltype'), 'mbo-2');
    await vi.waitFor(() => expect(statuses(panel)).toContain('Ingesteld voor deze leerling: mbo niveau 2.'));
    await vi.waitFor(() => expect(getByLabel<HTMLSelectElement>(study(), 'Leerjaar').disabled).toBe(false));
    await choose(getByLabel<HTMLSelectElement>(study(), 'Leerjaar'), '2');
    await vi.waitFor(() => expect(statuses(panel)).toContain('Ingesteld voor deze leerling: mbo niveau 2, leerjaar 2.'));
    expect(getByLabel<HTMLSelectElement>(study(), 'Schooltype').value).toBe('mbo-2');
    // Where the page tells it (the record shows "4 havo"), there is nothing to set.
    await cleanup();
    const told = await openSidePanel(fakePanelApi().api);
    expect(queryAllByRole(told, 'region', 'Schooltype')).toEqual([]);
  });

  it('lets the mentor of an mbo student say where the stage stands, and says what was set', async () => {
    const fake = fakePanelApi({ placement: {} });
    const panel = await openSidePanel(fake.api);
    const stage = () => getByRole(panel, 'region', 'Stage');
    expect(textOf(stage())).toContain('Vragen voor vóór of na de stage komen pas als bekend is waar deze student staat');
    await choose(getByLabel<HTMLSelectElement>(stage(), 'Waar staat de stage?'), 'tijdens');
    await vi.waitFor(() => expect(statuses(panel)).toContain('Ingesteld voor deze student: loopt nu stage.'));
    await vi.waitFor(() => expect(textOf(stage())).toContain('Ingesteld op'));
    // Without a placement to tell (havo, or bbl: the background sends none), there is nothing to set.
    await cleanup();
    const none = await openSidePanel(fakePanelApi().api);
    expect(queryAllByRole(none, 'region', 'Stage')).toEqual([]);
  });

  it('points the teacher to the zorg route where the page’s absence reached the school’s threshold, without a number', async () => {
    const panel = await openSidePanel(fakePanelApi({ absencePointer: true }).api);
    const pointer = await vi.waitFor(() => getByRole(panel, 'region', 'Afwezigheid'));
    expect(textOf(pointer)).toContain('zorgcoördinator');
    expect(textOf(pointer)).toContain('Hierover wordt niets opgeslagen.');
    expect(textOf(pointer)).not.toMatch(/\d/);
    await cleanup();
    const none = await openSidePanel(fakePanelApi().api);
    await vi.waitFor(() => getByRole(none, 'region', 'Gespreksverslag'));
    expect(queryAllByRole(none, 'region', 'Afwezigheid')).toEqual([]);
  });

  it('keeps nothing and says why when setting the school type fails', async () => {
    const fake = fakePanelApi({ studyUnknown: true });
    const panel = await openSidePanel(withFault(fake.api, 'quota'));
    await choose(getByLabel<HTMLSelectElement>(getByRole(panel, 'region', 'Schooltype'), 'Schooltype'), 'havo');
    await vi.waitFor(() => expect(alerts(panel).join(' ')).toMatch(/^Opslaan is niet gelukt: .*vol/));
  });

  it('says the page is not recognised and lets the teacher pick a student by name', async () => {
    const fake = fakePanelApi({ page: null });
    const panel = await show(h(SidePanel, { api: fake.api }));
    await vi.waitFor(() => getByRole(panel, 'button', 'Daan van der Berg · 3H2'));
    expect(textOf(panel)).toContain('Deze pagina is niet herkend als leerlingpagina.');
    expect(getByRole(panel, 'region', 'Kies een leerling')).toBeTruthy();

    await typeInto(getByLabel(panel, 'Leerling zoeken op naam'), 'daan');
    expect(queryAllByRole(panel, 'button', /3H2$/).map(textOf)).toEqual(['Daan van der Berg · 3H2']);
    await click(getByRole(panel, 'button', 'Daan van der Berg · 3H2'));
    await vi.waitFor(() => getByRole(panel, 'heading', headingOf(DAAN)));
    await vi.waitFor(() => expect(textOf(panel)).toContain('Daan twijfelt tussen'));

    await click(getByRole(panel, 'button', 'Terug naar de pagina'));
    expect(getByRole(panel, 'region', 'Kies een leerling')).toBeTruthy();
  });

  it('says so when "Leer deze pagina herkennen" cannot start on the tab', async () => {
    const panel = await show(h(SidePanel, { api: fakePanelApi({ page: null, teaches: false }).api }));
    await vi.waitFor(() => getByRole(panel, 'button', 'Leer deze pagina herkennen'));
    await click(getByRole(panel, 'button', 'Leer deze pagina herkennen'));
    await vi.waitFor(() =>
      expect(alerts(panel)).toEqual([
        'Kon niet beginnen: open de pagina van je schoolsysteem in dit tabblad en probeer het opnieuw.',
      ]),
    );
  });
});

describe('the side panel when the extension fails', () => {
  const OFFLINE = 'de extensie is even niet bereikbaar (ze start opnieuw op)';

  it('offline: says the extension restarts, and the typed note stays in the field when saving fails', async () => {
    const fake = fakePanelApi();
    const panel = await openSidePanel(fake.api);
    await typeInto(noteField(panel), 'Sanne wil naar de open dag van de HAN.');
    await rerender(panel, h(SidePanel, { api: withFault(fake.api, 'offline') }));

    await vi.waitFor(() =>
      expect(statuses(panel)).toContain('De extensie start opnieuw op. Even geduld: het paneel probeert het vanzelf opnieuw.'),
    );
    await vi.waitFor(() => expect(alerts(panel)).toContain(`De gegevens van deze leerling laden lukte niet: ${OFFLINE}.`));
    await click(getByRole(panel, 'button', 'Gesprek afronden'));
    await vi.waitFor(() =>
      expect(statuses(panel)).toContain(`Opslaan is niet gelukt: ${OFFLINE}. Je tekst staat nog in het veld.`),
    );
    expect(noteField(panel).value).toBe('Sanne wil naar de open dag van de HAN.');
    expect(fake.saved).toEqual([]);
  });

  it('offline when it opens: says so, without a student or search', async () => {
    const panel = await show(h(SidePanel, { api: withFault(fakePanelApi().api, 'offline') }));
    await vi.waitFor(() =>
      expect(statuses(panel)).toContain('De extensie start opnieuw op. Even geduld: het paneel probeert het vanzelf opnieuw.'),
    );
    expect(queryAllByRole(panel, 'heading', /Sanne/)).toEqual([]);
    expect(queryAllByRole(panel, 'button', 'Zoeken')).toEqual([]);
  });

  it('storage full: the note and the afspraak stay in their fields, and save once there is room', async () => {
    const fake = fakePanelApi();
    const panel = await openSidePanel(withFault(fake.api, 'quota'));
    await typeInto(noteField(panel), 'Sanne overweegt de opleiding verpleegkunde.');
    await click(getByRole(panel, 'button', 'Gesprek afronden'));
    const full = 'Opslaan is niet gelukt: de opslag van je browser is vol. Je tekst staat nog in het veld.';
    await vi.waitFor(() => expect(statuses(panel)).toContain(full));
    expect(noteField(panel).value).toBe('Sanne overweegt de opleiding verpleegkunde.');

    await expand(panel, 'Afspraak maken');
    await typeInto(getByLabel(panel, 'Afspraak'), 'Meeloopdag verpleegkunde aanvragen');
    await click(getByRole(panel, 'button', 'Afspraak toevoegen'));
    await vi.waitFor(() => expect(textOf(disclosure(panel, /^Afspraak maken/))).toContain(full));
    expect(getByLabel(panel, 'Afspraak').value).toBe('Meeloopdag verpleegkunde aanvragen');
    expect(fake.saved).toEqual([]);
    expect(fake.afspraken).toEqual([]);

    // Room again: the same conversation is finished.
    await rerender(panel, h(SidePanel, { api: fake.api }));
    await click(getByRole(panel, 'button', 'Gesprek afronden'));
    await vi.waitFor(() => expect(statuses(panel)).toContain('Gesprek afgerond: de notitie staat in de tijdlijn.'));
    expect(fake.saved.map((s) => s.note.text)).toEqual(['Sanne overweegt de opleiding verpleegkunde.']);
  });
});

describe('the privacy blur', () => {
  it('on when the panel opens: no name, no notes, no afspraak text is drawn', async () => {
    const fake = fakePanelApi({ blurred: true });
    const panel = await show(h(SidePanel, { api: fake.api }));
    await vi.waitFor(() => getByRole(panel, 'region', 'Open afspraken'));
    expect(getByRole(panel, 'heading', 'Verborgen').tagName).toBe('H2');
    expect(getByRole(panel, 'checkbox', 'Afgerond: Verborgen')).toBeTruthy();
    const text = textOf(panel);
    for (const personal of ['Sanne', 'de Vries', '48213', 'Saxion', 'twijfelt']) expect(text).not.toContain(personal);
  });

  it('the shortcut and the button switch it, and the button says which shortcut', async () => {
    const fake = fakePanelApi();
    const panel = await openSidePanel(fake.api);
    const button = getByRole(panel, 'button', 'Verberg leerlinggegevens');
    await vi.waitFor(() => expect(button.title).toContain('Ctrl+Shift+L'));
    expect(button.getAttribute('aria-pressed')).toBe('false');

    fake.setBlur(true); // the keyboard shortcut, pressed in the school page
    await vi.waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('true'));
    expect(textOf(panel)).not.toContain('Sanne');

    await click(button);
    await vi.waitFor(() => getByRole(panel, 'heading', headingOf(SANNE)));
    expect(button.getAttribute('aria-pressed')).toBe('false');
  });
});

describe("the school's switches", () => {
  it('panel switched off: says so and shows no student', async () => {
    const panel = await show(h(SidePanel, { api: fakePanelApi({ features: { sidePanel: false, freeTextNotes: true } }).api }));
    await vi.waitFor(() =>
      expect(textOf(panel)).toContain('Het zijpaneel staat uit (ingesteld door je school of in de instellingen).'),
    );
    expect(queryAllByRole(panel, 'heading', headingOf(SANNE))).toEqual([]);
  });

  it('free-text notes switched off: only the next step and the competences are written down', async () => {
    const fake = fakePanelApi({ features: { sidePanel: true, freeTextNotes: false } });
    const panel = await openSidePanel(fake.api);
    expect(() => getByLabel(panel, 'Notitie')).toThrow();
    expect(() => getByLabel(panel, 'Woorden van de leerling')).toThrow();
    await typeInto(getByLabel(panel, 'Vervolgstap (wie doet wat?)'), 'Gesprek met de decaan plannen.');
    await click(getByRole(panel, 'button', 'Gesprek afronden'));
    await vi.waitFor(() => expect(fake.saved).toHaveLength(1));
    expect(fake.saved[0]?.note).toMatchObject({ text: '', nextStep: 'Gesprek met de decaan plannen.' });
  });
});

describe('the panel in a meeting (400 × 900): long lists are folded, the conversation comes first', () => {
  const referral = (role: string, title: string) => ({
    role,
    title,
    when: `Als het over ${title} gaat.`,
    care: false,
    line: 2 as const,
  });

  it('a referral list longer than three is folded until the teacher opens it; a short one is not', async () => {
    const many = ['decaan', 'mentor', 'stagecoordinator', 'studieadviseur', 'loopbaancoach'].map((r) => referral(r, r));
    const panel = await show(h(Referrals, { referrals: many, careRole: 'zorgcoördinator', onRefer: async () => undefined }));
    expect(queryAllByRole(panel, 'button', /noteren$/)).toEqual([]);
    await expand(panel, 'Alle 5 doorverwijzingen tonen');
    expect(queryAllByRole(panel, 'button', /noteren$/)).toHaveLength(5);
    await cleanup();
    const few = await show(
      h(Referrals, { referrals: many.slice(0, 3), careRole: 'zorgcoördinator', onRefer: async () => undefined }),
    );
    expect(queryAllByRole(few, 'button', /noteren$/)).toHaveLength(3);
  });

  it('the background reading is folded under its heading', async () => {
    const panel = await openSidePanel(fakePanelApi().api);
    const background = getByRole(panel, 'region', 'Achtergrond voor jou');
    expect(disclosure(background, 'Achtergrond voor jou').open).toBe(false);
    await expand(background, 'Achtergrond voor jou');
    await expand(background, 'De vijf loopbaancompetenties');
    expect(disclosure(background, 'De vijf loopbaancompetenties').open).toBe(true);
    expect(textOf(disclosure(background, 'De vijf loopbaancompetenties'))).toContain('Kwaliteiten, motieven, werkexploratie');
  });
});
