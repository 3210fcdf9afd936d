import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { studentKey } from '../../lib/core/student';
import { type LobDatabase, openDatabase } from '../../lib/db/database';
import { readDraft, saveDraft } from '../../lib/db/drafts';
import { eraseStudent } from '../../lib/db/erase';
import { studentHistory } from '../../lib/db/history';
import { listNotes, saveNote, timeline } from '../../lib/db/queries';
import { applyRetention } from '../../lib/db/retention';
import { exportData, importData, serializeExport } from '../../lib/db/transfer';

/**
 * The conversation being written (lib/db/drafts.ts): kept per student, not history (no note, not in
 * the timeline or the lens) until "Gesprek afronden" saves the note, which removes it; in the
 * teacher's own backup; erased with the student and after the retention period.
 */
const ref = { host: 'demo.magister.net', id: '48213' };
const display = { name: 'Sanne de Vries', klas: '3H2' };
const NOW = new Date('2026-11-23T10:00:00Z');
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const typed = {
  text: 'Sanne twijfelt nog',
  competences: ['motieven' as const],
  promptIds: [],
  nextStep: 'Sanne mailt de apotheek.',
};
let db: LobDatabase;
let seq = 0;
let ids = 0;

beforeEach(() => {
  db = openDatabase(`db-drafts-${++seq}`);
});
afterEach(async () => {
  await db.delete();
});

describe('the draft of a conversation', () => {
  it('is kept per student with when it began, replaced as it is typed, and removed when emptied', async () => {
    await saveDraft(db, ref, display, { ...typed, text: 'Sanne' }, NOW);
    await saveDraft(db, ref, display, typed, later(2));
    expect(await readDraft(db, ref)).toEqual({
      studentKey: studentKey(ref),
      ...typed,
      startedAt: NOW.toISOString(),
      updatedAt: later(2).toISOString(),
    });
    expect((await db.students.get(studentKey(ref)))?.name).toBe(display.name);
    await saveDraft(db, ref, display, { text: ' ', competences: [], promptIds: [] }, later(3));
    expect(await readDraft(db, ref)).toBeUndefined();
  });

  it('is not history: no note, nothing in the timeline or the lens, until the note is saved, which removes it', async () => {
    await saveDraft(db, ref, display, typed, NOW);
    expect(await listNotes(db, ref)).toEqual([]);
    expect(await timeline(db, ref)).toEqual([]);
    expect(await studentHistory(db, ref, [])).toEqual([]);
    await saveNote(db, { student: ref, display, ...typed }, later(5), () => `n${++ids}`);
    expect(await readDraft(db, ref)).toBeUndefined();
    expect((await listNotes(db, ref)).map((n) => n.text)).toEqual(['Sanne twijfelt nog']);
  });

  it('is in the teacher’s own backup (newest wins on import), and goes with the student and with retention', async () => {
    await saveDraft(db, ref, display, typed, NOW);
    const file = serializeExport(await exportData(db, { now: NOW }));
    expect(JSON.parse(file).drafts).toEqual([
      expect.objectContaining({ studentKey: studentKey(ref), text: 'Sanne twijfelt nog' }),
    ]);
    const other = openDatabase(`db-drafts-other-${seq}`);
    try {
      expect((await importData(other, file)).ok).toBe(true);
      expect((await readDraft(other, ref))?.nextStep).toBe('Sanne mailt de apotheek.');
      await saveDraft(other, ref, display, { ...typed, text: 'Verder getypt op de andere computer' }, later(60));
      expect((await importData(other, file)).ok).toBe(true);
      expect((await readDraft(other, ref))?.text).toBe('Verder getypt op de andere computer');
    } finally {
      await other.delete();
    }
    // Kept within the retention period (and it keeps the student); gone after it.
    await applyRetention(db, later(60), 365);
    expect(await readDraft(db, ref)).toBeDefined();
    await applyRetention(db, new Date('2028-01-10T10:00:00Z'), 365);
    expect(await readDraft(db, ref)).toBeUndefined();
    await saveDraft(db, ref, display, typed, NOW);
    await eraseStudent(db, ref);
    expect(await readDraft(db, ref)).toBeUndefined();
  });
});
