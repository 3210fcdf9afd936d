import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { panelData } from '../../lib/background/panel';
import { type LobDatabase, openDatabase } from '../../lib/db/database';
import { saveDraft } from '../../lib/db/drafts';
import { addAfspraak, listAfspraken, saveNote } from '../../lib/db/queries';
import { isCareEntry } from '../../lib/referrals/care-entry';
import { shippedAnswerDeps } from '../support/answer-deps';

/**
 * Care is never kept (issue #31): a care entry is defined once (`isCareEntry`): an afspraak or
 * referral whose role, "who" or subject names the school's zorg. Such an afspraak is refused and
 * nothing is written; the summary for the logboek holds the afspraken of that conversation only,
 * never an earlier one and never a care entry.
 */

describe('isCareEntry', () => {
  it.each([
    [{ who: 'zorgcoördinator' }],
    [{ who: 'Zorg' }],
    [{ who: 'de intern begeleider' }],
    [{ who: "IB'er" }],
    [{ who: 'vertrouwenspersoon' }],
    [{ who: 'schoolmaatschappelijk werk' }],
    [{ who: 'jeugdarts GGD' }],
    [{ what: 'Gesprek met zorgcoördinator over thuis', who: 'Sanne' }],
    [{ what: 'Leerplichtambtenaar bellen' }],
    [{ role: 'zorgcoordinator' }],
  ])('is a care entry: %o', (entry) => {
    expect(isCareEntry(entry)).toBe(true);
  });

  it.each([
    [{ what: 'Meeloopdag in de zorg regelen', who: 'Sanne' }],
    [{ what: 'Open dag verpleegkunde bezoeken', who: 'mentor' }],
    [{ what: 'Ervoor zorgen dat het cv af is', who: 'Sanne' }],
    [{ what: 'Zorgvuldig de studiekeuzecheck lezen' }],
    [{ role: 'decaan' }],
    [{ who: 'Zorgdrager' }],
  ])('is not a care entry: %o', (entry) => {
    expect(isCareEntry(entry)).toBe(false);
  });

  it("counts a school's own care role", () => {
    expect(isCareEntry({ who: 'Leerlingbegeleider' }, ['leerlingbegeleider'])).toBe(true);
    expect(isCareEntry({ who: 'Leerlingbegeleider' })).toBe(false);
  });
});

const sanne = { host: 'demo.magister.net', id: '48213' };
const display = { name: 'Sanne de Vries', klas: '3H2' };
let db: LobDatabase;
let seq = 0;
let counter = 0;
const newId = () => `id-${String(++counter).padStart(4, '0')}`;

beforeEach(() => {
  db = openDatabase(`care-entry-${++seq}`);
});
afterEach(async () => {
  await db.delete();
});

describe('an afspraak with the zorg', () => {
  it('is refused and nothing is written', async () => {
    await expect(
      addAfspraak(db, sanne, { what: 'Gesprek over thuis', who: 'zorgcoördinator' }, new Date(), newId),
    ).rejects.toMatchObject({ name: 'DataRuleError', rule: 'careNotKept' });
    expect(await listAfspraken(db, sanne)).toEqual([]);
    expect(await db.students.count()).toBe(0);
  });
});

describe('the afspraken of a conversation', () => {
  it('are the ones made since the draft began and after the previous note; the panel summary holds only those, without care', async () => {
    const day = (h: number) => new Date(`2026-11-23T${String(h).padStart(2, '0')}:00:00Z`);
    // An earlier conversation, with its afspraak.
    await addAfspraak(db, sanne, { what: 'Studiekeuzecheck invullen' }, day(8), newId);
    await saveNote(db, { student: sanne, display, text: 'Eerste gesprek.' }, day(8), newId);
    // Today's: a draft begins, an afspraak is made, the conversation is finished.
    await saveDraft(db, sanne, display, { text: 'Tweede', competences: [], promptIds: [] }, day(9));
    await addAfspraak(db, sanne, { what: 'Meeloopdag regelen', who: 'Sanne' }, day(10), newId);
    // A care afspraak from before this rule (an older database): never in a summary.
    await db.afspraken.add({
      id: 'old-care',
      studentKey: 'demo.magister.net|48213',
      what: 'Gesprek met zorgcoördinator over thuis',
      done: false,
      createdAt: day(10).toISOString(),
    });
    const note = await saveNote(db, { student: sanne, display, text: 'Tweede gesprek.' }, day(11), newId);

    const rows = await db.afspraken.toArray();
    const noteOf = (what: string) => rows.find((a) => a.what === what)?.noteId;
    expect(noteOf('Meeloopdag regelen')).toBe(note.id);
    expect(noteOf('Studiekeuzecheck invullen')).not.toBe(note.id);

    const panel = await panelData(
      shippedAnswerDeps(db, () => day(12)),
      sanne,
      null,
    );
    expect(panel.summaryAfspraken.map((a) => a.what)).toEqual(['Meeloopdag regelen']);
    // The open afspraken list still shows every open one (the teacher's own overview).
    expect(panel.afspraken.map((a) => a.what)).toContain('Studiekeuzecheck invullen');
  });
});
