import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withFault } from '../../components/panel/faults';
import { SidePanel } from '../../components/panel/SidePanel';
import { cleanup, click, disclosure, getByLabel, getByRole, queryAllByRole, rerender, textOf, typeInto } from '../support/dom';
import { DAAN, type FakePanel, fakePanelApi, headingOf, openSidePanel, recordPage, SANNE } from '../support/fake-panel-api';

/**
 * The note being written (components/panel/useDraft.ts), through the panel: autosaved under one id
 * 0.7 s after the last keystroke, saved at once when the panel is hidden, closed or switches
 * student, and kept in its fields when a save fails.
 */

/** The autosave's wait after the last keystroke (AUTOSAVE_MS in useDraft.ts). */
const AUTOSAVE_MS = 700;

let fake: FakePanel;
let panel: HTMLElement;

beforeEach(async () => {
  fake = fakePanelApi();
  panel = await openSidePanel(fake.api);
  // From here the autosave's timer runs only when a test lets time pass.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(async () => {
  await cleanup();
  vi.useRealTimers();
});

const noteField = () => getByLabel<HTMLTextAreaElement>(panel, 'Notitie');
/** The status beside "Opslaan": saving, saved (automatically or by the button), or why not. */
const saveStatus = () =>
  queryAllByRole(getByRole(panel, 'button', 'Opslaan').parentElement as Element, 'status')
    .map(textOf)
    .join();
const savedNotes = () => fake.saved.map((s) => ({ who: s.student.id, id: s.note.id, text: s.note.text }));

describe('autosave', () => {
  it('saves 0.7 s after the last keystroke, again under the same id, and "Opslaan" closes that note', async () => {
    await typeInto(noteField(), 'Sanne');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS - 200);
    await typeInto(noteField(), 'Sanne twijfelt nog');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS - 200);
    expect(fake.saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    await vi.waitFor(() => expect(saveStatus()).toMatch(/^Automatisch bewaard om \d{2}:\d{2}$/));
    expect(savedNotes()).toEqual([{ who: '48213', id: 'note-1', text: 'Sanne twijfelt nog' }]);
    // Saving reloads the panel's data; what is being written stays.
    expect(noteField().value).toBe('Sanne twijfelt nog');

    await typeInto(noteField(), 'Sanne twijfelt nog tussen N&G en N&T');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    await vi.waitFor(() => expect(fake.saved).toHaveLength(2));
    await typeInto(noteField(), 'Sanne twijfelt nog tussen N&G en N&T; ze kiest na de open dag.');
    await click(getByRole(panel, 'button', 'Opslaan'));
    await vi.waitFor(() => expect(saveStatus()).toBe('Notitie opgeslagen'));
    expect(savedNotes().map((n) => n.id)).toEqual(['note-1', 'note-1', 'note-1']);
    expect(savedNotes()[2]?.text).toBe('Sanne twijfelt nog tussen N&G en N&T; ze kiest na de open dag.');
    // One note among the earlier ones, not three.
    const earlier = textOf(disclosure(panel, /^Eerdere notities/));
    expect(earlier.match(/Sanne twijfelt nog/g)).toHaveLength(1);

    await typeInto(noteField(), 'Tweede gesprek: de open dag viel tegen.');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    await vi.waitFor(() => expect(fake.saved).toHaveLength(4));
    expect(savedNotes()[3]).toEqual({ who: '48213', id: 'note-2', text: 'Tweede gesprek: de open dag viel tegen.' });
  });

  it('never saves an empty note, nor one of spaces only', async () => {
    await typeInto(noteField(), 'x');
    await typeInto(noteField(), '   ');
    await typeInto(getByLabel(panel, 'Vervolgstap (wie doet wat?)'), ' ');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS * 2);
    expect(fake.saved).toEqual([]);
    expect(saveStatus()).toBe('');
  });

  it('a failed autosave says why and keeps the text; the next save writes the same note', async () => {
    await rerender(panel, h(SidePanel, { api: withFault(fake.api, 'quota') }));
    await typeInto(noteField(), 'Sanne wil de beroepentest overdoen.');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    await vi.waitFor(() =>
      expect(saveStatus()).toBe('Opslaan is niet gelukt: de opslag van je browser is vol. Je tekst staat nog in het veld.'),
    );
    expect(noteField().value).toBe('Sanne wil de beroepentest overdoen.');

    await rerender(panel, h(SidePanel, { api: fake.api }));
    await typeInto(noteField(), 'Sanne wil de beroepentest overdoen, thuis met haar moeder.');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    await vi.waitFor(() => expect(saveStatus()).toMatch(/^Automatisch bewaard om/));
    expect(savedNotes()).toEqual([
      { who: '48213', id: 'note-1', text: 'Sanne wil de beroepentest overdoen, thuis met haar moeder.' },
    ]);
  });
  it('"Nieuwe notitie" after a failed save keeps the text in the field (nothing is lost)', async () => {
    await rerender(panel, h(SidePanel, { api: withFault(fake.api, 'quota') }));
    await typeInto(noteField(), 'Sanne twijfelt tussen zorg en techniek.');
    await click(getByRole(panel, 'button', 'Nieuwe notitie'));
    await vi.waitFor(() => expect(saveStatus()).toMatch(/^Opslaan is niet gelukt/));
    expect(noteField().value).toBe('Sanne twijfelt tussen zorg en techniek.');
    expect(fake.saved).toEqual([]);
  });
});

describe('the draft and the panel around it', () => {
  it('stays in its field when the panel reloads its data or the tab announces the same student again', async () => {
    await typeInto(noteField(), 'Half af: Sanne vertelt over haar bijbaan bij de');
    const loads = fake.loads.length;
    fake.changed();
    fake.showPage(recordPage(SANNE));
    await vi.waitFor(() => expect(fake.loads.length).toBeGreaterThan(loads));
    expect(noteField().value).toBe('Half af: Sanne vertelt over haar bijbaan bij de');
    expect(fake.saved).toEqual([]);
  });

  it('belongs to its student: switching student saves it for the first and starts empty for the next', async () => {
    await typeInto(noteField(), 'Sanne gaat meelopen bij de apotheek.');
    fake.showPage(recordPage(DAAN));
    await vi.waitFor(() => getByRole(panel, 'heading', headingOf(DAAN)));
    expect(noteField().value).toBe('');
    // Saved at the switch, without waiting for the autosave, for Sanne under her name.
    await vi.waitFor(() =>
      expect(savedNotes()).toEqual([{ who: '48213', id: 'note-1', text: 'Sanne gaat meelopen bij de apotheek.' }]),
    );
    expect(fake.saved[0]?.display).toEqual({ name: 'Sanne de Vries', klas: '3H2' });
    await vi.waitFor(() => expect(textOf(panel)).toContain('Daan twijfelt tussen'));
    expect(textOf(panel)).not.toContain('apotheek');

    fake.showPage(recordPage(SANNE));
    await vi.waitFor(() => getByRole(panel, 'heading', headingOf(SANNE)));
    expect(noteField().value).toBe('');
    await vi.waitFor(() =>
      expect(textOf(disclosure(panel, /^Eerdere notities/))).toContain('Sanne gaat meelopen bij de apotheek.'),
    );
    expect(fake.saved).toHaveLength(1);
  });

  it('is saved at once when the panel is hidden or closed', async () => {
    await typeInto(noteField(), 'Sanne wil naar de open dag van Windesheim.');
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() =>
      expect(savedNotes()).toEqual([{ who: '48213', id: 'note-1', text: 'Sanne wil naar de open dag van Windesheim.' }]),
    );

    await typeInto(noteField(), 'Sanne wil naar de open dagen van Windesheim en Saxion.');
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(fake.saved).toHaveLength(2));
    expect(savedNotes()[1]).toEqual({
      who: '48213',
      id: 'note-1',
      text: 'Sanne wil naar de open dagen van Windesheim en Saxion.',
    });
  });

  it('"Nieuwe notitie" saves the note under way and starts an empty one under a new id', async () => {
    await typeInto(noteField(), 'Eerste gesprek van vandaag.');
    await click(getByRole(panel, 'button', 'Nieuwe notitie'));
    await vi.waitFor(() => expect(noteField().value).toBe(''));
    expect(savedNotes()).toEqual([{ who: '48213', id: 'note-1', text: 'Eerste gesprek van vandaag.' }]);
    expect(queryAllByRole(panel, 'checkbox').filter((c) => (c as HTMLInputElement).checked)).toEqual([]);

    await typeInto(noteField(), 'Tweede gesprek: samen met de ouders.');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    await vi.waitFor(() => expect(fake.saved).toHaveLength(2));
    expect(savedNotes()[1]?.id).toBe('note-2');
  });
});
