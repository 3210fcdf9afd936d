import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withFault } from '../../components/panel/faults';
import { SidePanel } from '../../components/panel/SidePanel';
import {
  cleanup,
  click,
  disclosure,
  getByLabel,
  getByRole,
  queryAllByRole,
  rerender,
  show,
  textOf,
  typeInto,
} from '../support/dom';
import { DAAN, type FakePanel, fakePanelApi, headingOf, openSidePanel, recordPage, SANNE } from '../support/fake-panel-api';

/**
 * One save model for the conversation (components/panel/useDraft.ts), through the panel: what is
 * typed is kept as a draft 0.4 s after the last keystroke and at once when the panel is hidden,
 * closed or switches student; it comes back in the note box; it is not history (no previous step,
 * no earlier note) until "Gesprek afronden" makes it a note in the timeline.
 */

/** The pause after the last keystroke before the draft is kept (KEEP_MS in useDraft.ts). */
const KEEP_MS = 400;

let fake: FakePanel;
let panel: HTMLElement;

beforeEach(async () => {
  fake = fakePanelApi();
  panel = await openSidePanel(fake.api);
  // From here the keep timer runs only when a test lets time pass.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(async () => {
  await cleanup();
  vi.useRealTimers();
});

const noteField = () => getByLabel<HTMLTextAreaElement>(panel, 'Notitie');
const finishButton = () => getByRole(panel, 'button', 'Gesprek afronden');
/** The status beside "Gesprek afronden": being kept, kept as a draft, finished, or why not. */
const saveStatus = () =>
  queryAllByRole(finishButton().parentElement as Element, 'status')
    .map(textOf)
    .join();
const drafts = () => fake.drafts.map((s) => ({ who: s.student.id, text: s.note.text }));
const notes = () => fake.saved.map((s) => ({ who: s.student.id, text: s.note.text }));
const earlierNotes = () => textOf(disclosure(panel, /^Eerdere notities/));

describe('the draft', () => {
  it('is kept 0.4 s after the last keystroke, is not history, and "Gesprek afronden" makes it a note', async () => {
    await typeInto(noteField(), 'Sanne');
    await vi.advanceTimersByTimeAsync(KEEP_MS - 200);
    await typeInto(noteField(), 'Sanne twijfelt nog');
    await vi.advanceTimersByTimeAsync(KEEP_MS - 200);
    expect(fake.drafts).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    await vi.waitFor(() => expect(saveStatus()).toMatch(/^Concept bewaard om \d{2}:\d{2}$/));
    expect(drafts()).toEqual([{ who: '48213', text: 'Sanne twijfelt nog' }]);
    await typeInto(getByLabel(panel, 'Vervolgstap (wie doet wat?)'), 'Sanne mailt de apotheek.');
    await vi.advanceTimersByTimeAsync(KEEP_MS);
    await vi.waitFor(() => expect(fake.drafts).toHaveLength(2));
    // Not history: no note, no previous step, not among the earlier notes.
    expect(fake.saved).toEqual([]);
    expect(textOf(panel)).not.toContain('Vorige vervolgstap: Sanne mailt de apotheek.');
    expect(earlierNotes()).not.toContain('Sanne twijfelt nog');

    await click(finishButton());
    await vi.waitFor(() => expect(saveStatus()).toBe('Gesprek afgerond: de notitie staat in de tijdlijn.'));
    expect(notes()).toEqual([{ who: '48213', text: 'Sanne twijfelt nog' }]);
    expect(noteField().value).toBe('');
    await vi.waitFor(() => expect(earlierNotes()).toContain('Sanne twijfelt nog'));
  });

  it('"Gesprek afronden" with nothing typed makes no note and says why', async () => {
    await typeInto(noteField(), '   ');
    await click(finishButton());
    await vi.waitFor(() => expect(saveStatus()).toBe('Er is nog niets om af te ronden: schrijf eerst iets in de notitie.'));
    expect(fake.saved).toEqual([]);
  });

  it('a failed keep says why and keeps the text; the next keep writes it', async () => {
    await rerender(panel, h(SidePanel, { api: withFault(fake.api, 'quota') }));
    await typeInto(noteField(), 'Sanne wil de beroepentest overdoen.');
    await vi.advanceTimersByTimeAsync(KEEP_MS);
    await vi.waitFor(() =>
      expect(saveStatus()).toBe('Opslaan is niet gelukt: de opslag van je browser is vol. Je tekst staat nog in het veld.'),
    );
    expect(noteField().value).toBe('Sanne wil de beroepentest overdoen.');

    await rerender(panel, h(SidePanel, { api: fake.api }));
    await typeInto(noteField(), 'Sanne wil de beroepentest overdoen, thuis met haar moeder.');
    await vi.advanceTimersByTimeAsync(KEEP_MS);
    await vi.waitFor(() => expect(saveStatus()).toMatch(/^Concept bewaard om/));
    expect(drafts()).toEqual([{ who: '48213', text: 'Sanne wil de beroepentest overdoen, thuis met haar moeder.' }]);
  });

  it('a failed "Gesprek afronden" keeps the text in the field (nothing is lost)', async () => {
    await rerender(panel, h(SidePanel, { api: withFault(fake.api, 'quota') }));
    await typeInto(noteField(), 'Sanne twijfelt tussen zorg en techniek.');
    await click(finishButton());
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

  it('belongs to its student: switching keeps it for the first, starts empty for the next, and it comes back', async () => {
    await typeInto(noteField(), 'Sanne gaat meelopen bij de apotheek.');
    fake.showPage(recordPage(DAAN));
    await vi.waitFor(() => getByRole(panel, 'heading', headingOf(DAAN)));
    // Kept at the switch, without waiting, for Sanne under her name.
    await vi.waitFor(() => expect(drafts()).toEqual([{ who: '48213', text: 'Sanne gaat meelopen bij de apotheek.' }]));
    expect(fake.drafts[0]?.display).toEqual({ name: 'Sanne de Vries', klas: '3H2' });
    await vi.waitFor(() => expect(textOf(panel)).toContain('Daan twijfelt tussen'));
    expect(noteField().value).toBe('');
    expect(textOf(panel)).not.toContain('apotheek');

    fake.showPage(recordPage(SANNE));
    await vi.waitFor(() => getByRole(panel, 'heading', headingOf(SANNE)));
    await vi.waitFor(() => expect(noteField().value).toBe('Sanne gaat meelopen bij de apotheek.'));
    expect(earlierNotes()).not.toContain('apotheek');
    expect(fake.saved).toEqual([]);
  });

  it('is kept at once when the panel is hidden or closed, and is back when the panel opens again', async () => {
    await typeInto(noteField(), 'Sanne wil naar de open dag van Windesheim.');
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(drafts()).toEqual([{ who: '48213', text: 'Sanne wil naar de open dag van Windesheim.' }]));

    await typeInto(noteField(), 'Sanne wil naar de open dagen van Windesheim en Saxion.');
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(fake.drafts).toHaveLength(2));
    await cleanup();
    vi.useRealTimers();
    panel = await show(h(SidePanel, { api: fake.api }));
    await vi.waitFor(() => expect(noteField().value).toBe('Sanne wil naar de open dagen van Windesheim en Saxion.'));
    expect(fake.saved).toEqual([]);
  });
});
