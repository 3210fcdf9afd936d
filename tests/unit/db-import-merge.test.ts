import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isValidHost } from '../../lib/core/student';
import { type LobDatabase, type NoteRecord, openDatabase, SCHEMA_VERSION, type StudentRecord } from '../../lib/db/database';
import { mergeDecision } from '../../lib/db/merge';
import { setAfspraakDone } from '../../lib/db/queries';
import { type ExportFile, importData } from '../../lib/db/transfer';
import { studentRefSchema } from '../../lib/messages/wire';
import { exportFileText } from '../support/export-file';
import { picker, prng } from '../support/prng';

/** Import merges by `updatedAt`, never moves a row to another student, and can say first what it would do. */

const SANNE = 'demo.magister.net|48213';
const ALI = 'demo.magister.net|50001';
const BO = 'demo.magister.net|50002';
const MONDAY = '2026-11-23T10:00:00.000Z';
const TUESDAY = '2026-11-24T10:00:00.000Z';

let db: LobDatabase;
let seq = 0;
beforeEach(() => {
  db = openDatabase(`db-import-merge-${++seq}`);
});
afterEach(async () => {
  await db.delete();
});

function student(key: string, updatedAt = MONDAY): StudentRecord {
  const at = key.indexOf('|');
  return { key, host: key.slice(0, at), sisId: key.slice(at + 1), updatedAt };
}

function note(id: string, studentKey: string, text: string, updatedAt: string): NoteRecord {
  return { id, studentKey, date: MONDAY, competences: [], promptIds: [], text, updatedAt };
}

function backup(over: Partial<ExportFile>): string {
  return exportFileText({ schemaVersion: SCHEMA_VERSION, exportedAt: TUESDAY, ...over });
}

async function seed(notes: NoteRecord[]): Promise<void> {
  await db.students.bulkPut([student(SANNE), student(ALI), student(BO)]);
  await db.notes.bulkPut(notes);
}

describe('import: the newer note wins', () => {
  it('an older backup keeps the newer note on this computer and says it skipped it', async () => {
    await seed([note('n1', SANNE, 'Dinsdag aangevuld', TUESDAY)]);
    const result = await importData(db, backup({ notes: [note('n1', SANNE, 'Maandag', MONDAY)] }));
    expect(result).toMatchObject({ ok: true, summary: { add: 0, update: 0, older: 1, refused: 0 } });
    expect((await db.notes.get('n1'))?.text).toBe('Dinsdag aangevuld');
  });

  it('a newer backup replaces the older note', async () => {
    await seed([note('n1', SANNE, 'Maandag', MONDAY)]);
    const result = await importData(db, backup({ notes: [note('n1', SANNE, 'Dinsdag aangevuld', TUESDAY)] }));
    expect(result).toMatchObject({ ok: true, summary: { update: 1, older: 0 } });
    expect((await db.notes.get('n1'))?.text).toBe('Dinsdag aangevuld');
  });

  it('an older student row does not overwrite the newer name', async () => {
    await db.students.put({ ...student(SANNE, TUESDAY), name: 'Sanne de Vries' });
    await importData(db, backup({ students: [{ ...student(SANNE, MONDAY), name: 'Sanne' }] }));
    expect((await db.students.get(SANNE))?.name).toBe('Sanne de Vries');
  });
});

describe('import: an afspraak opened again stays open', () => {
  it('a backup from when it was done does not mark it done again', async () => {
    await seed([]);
    const made = { id: 'a1', studentKey: SANNE, what: 'Open dag bezoeken', done: false, createdAt: MONDAY };
    await db.afspraken.put(made);
    await setAfspraakDone(db, 'a1', true, new Date(TUESDAY));
    const backup = exportFileText({ afspraken: await db.afspraken.toArray() });
    await setAfspraakDone(db, 'a1', false, new Date('2026-11-25T10:00:00.000Z'));
    const result = await importData(db, backup);
    expect(result).toMatchObject({ ok: true, summary: { older: 1, update: 0 } });
    expect((await db.afspraken.get('a1'))?.done).toBe(false);
  });
});

describe('import: a note never moves to another student', () => {
  it('a note whose id is stored under another student is refused, even when it is newer', async () => {
    await seed([note('n1', SANNE, 'Over Sanne', MONDAY)]);
    const result = await importData(db, backup({ notes: [note('n1', ALI, 'Over Ali', TUESDAY)] }));
    expect(result).toMatchObject({ ok: true, summary: { refused: 1, update: 0 } });
    expect(await db.notes.get('n1')).toEqual(note('n1', SANNE, 'Over Sanne', MONDAY));
  });

  it('a pairing of ids is not moved to another student either', async () => {
    await seed([]);
    await db.aliases.put({ key: BO, studentKey: SANNE, createdAt: MONDAY });
    const result = await importData(db, backup({ aliases: [{ key: BO, studentKey: ALI, createdAt: TUESDAY }] }));
    expect(result).toMatchObject({ ok: true, summary: { refused: 1 } });
    expect((await db.aliases.get(BO))?.studentKey).toBe(SANNE);
  });
});

describe('import: first the summary, then the writing', () => {
  it('a dry run counts new, updated, older and refused rows and writes nothing', async () => {
    await seed([
      note('n-old', SANNE, 'Nieuwer hier', TUESDAY),
      note('n-upd', SANNE, 'Ouder hier', MONDAY),
      note('n-other', ALI, 'Van Ali', MONDAY),
      note('n-same', BO, 'Gelijk', MONDAY),
    ]);
    const before = await db.notes.toArray();
    const text = backup({
      notes: [
        note('n-new', SANNE, 'Nieuw', MONDAY),
        note('n-old', SANNE, 'Ouder in backup', MONDAY),
        note('n-upd', SANNE, 'Nieuwer in backup', TUESDAY),
        note('n-other', SANNE, 'Verplaatst?', TUESDAY),
        note('n-same', BO, 'Gelijk', MONDAY),
      ],
    });
    const dry = await importData(db, text, { dryRun: true, onProgress: () => expect.unreachable() });
    expect(dry).toMatchObject({ ok: true, dryRun: true, summary: { add: 1, update: 1, older: 1, refused: 1, same: 1 } });
    expect(await db.notes.toArray()).toEqual(before);

    const real = await importData(db, text);
    expect(real).toMatchObject({ ok: true, dryRun: false });
    expect(real.ok && dry.ok && real.summary).toEqual(dry.ok && dry.summary);
    expect((await db.notes.get('n-new'))?.text).toBe('Nieuw');
    expect((await db.notes.get('n-upd'))?.text).toBe('Nieuwer in backup');
    expect((await db.notes.get('n-old'))?.text).toBe('Nieuwer hier');
    expect((await db.notes.get('n-other'))?.studentKey).toBe(ALI);
  });
});

describe('import: refused files', () => {
  it("a referral with one of the school's own care roles is refused, not only the default ones", async () => {
    await seed([]);
    const file = backup({ referrals: [{ id: 'r1', studentKey: SANNE, role: 'vertrouwenspersoon', date: MONDAY }] });
    expect((await importData(db, file)).ok).toBe(true);
    await db.referrals.clear();
    const result = await importData(db, file, { careRoles: ['zorg', 'Vertrouwenspersoon'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'careReferral' } });
    expect(await db.referrals.count()).toBe(0);
  });

  it('a host with "|" is refused, so two students can never share one key', async () => {
    // "a.nl|7" + "|" + "1" and "a.nl" + "|" + "7|1" would both be "a.nl|7|1".
    const forged = { key: 'a.nl|7|1', host: 'a.nl|7', sisId: '1', updatedAt: MONDAY };
    const result = await importData(db, backup({ students: [forged] }));
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalidData', table: 'students', row: 1, field: 'host', reason: 'invalidHost' },
    });
    expect(await db.students.count()).toBe(0);
  });

  it('host names: what a URL gives is valid, anything with a separator, space or port is not', () => {
    for (const ok of ['demo.magister.net', 'docent.somtoday.nl', 'localhost', '127.0.0.1', '[::1]', 'sis_test.school.local']) {
      expect(isValidHost(ok), ok).toBe(true);
    }
    for (const bad of ['a|b', 'a b', 'a.nl:8080', 'a.nl/x', '', '-a.nl', 'a..nl', `${'a'.repeat(64)}.nl`]) {
      expect(isValidHost(bad), bad).toBe(false);
    }
    expect(studentRefSchema.safeParse({ host: 'a.nl|7', id: '1' }).success).toBe(false);
    expect(studentRefSchema.safeParse({ host: 'a.nl', id: '7|1' }).success).toBe(true);
  });
});

describe('import merge, property: for random local and backup notes', () => {
  const keys = [SANNE, ALI, BO];
  const times = ['2026-01-01T00:00:00.000Z', '2026-03-01T12:00:00.000Z', '2026-03-01T13:00:00+01:00', TUESDAY];

  it('the result always keeps the newer updatedAt and never changes a stored studentKey', async () => {
    const seen = { add: 0, same: 0, update: 0, older: 0, refused: 0 };
    for (const run of [1, 2, 3, 4, 5]) {
      const next = prng(run);
      const pick = picker(next);
      const local: NoteRecord[] = [];
      const incoming: NoteRecord[] = [];
      for (let i = 0; i < 200; i++) {
        const shape = next();
        const mine = note(`n${i}`, pick(keys), `lokaal ${i}`, pick(times));
        const theirs = note(`n${i}`, next() < 0.7 ? mine.studentKey : pick(keys), `backup ${i}`, pick(times));
        if (shape < 0.8) local.push(mine);
        if (shape > 0.1) incoming.push(next() < 0.1 ? { ...mine } : theirs);
      }
      await db.delete();
      db = openDatabase(`db-import-merge-${++seq}`);
      await seed(local);
      const result = await importData(db, backup({ notes: incoming }));
      expect(result.ok).toBe(true);
      if (result.ok) for (const [k, n] of Object.entries(result.summary)) seen[k as keyof typeof seen] += n;

      const stored = new Map((await db.notes.toArray()).map((n) => [n.id, n]));
      const before = new Map(local.map((n) => [n.id, n]));
      for (const row of incoming) {
        const was = before.get(row.id);
        const now = stored.get(row.id);
        if (!was) {
          expect(now).toEqual(row);
          continue;
        }
        expect(now?.studentKey, `run ${run}, ${row.id}`).toBe(was.studentKey);
        const newer = Date.parse(row.updatedAt) > Date.parse(was.updatedAt);
        const expected = newer && row.studentKey === was.studentKey ? row : was;
        expect(now, `run ${run}, ${row.id}`).toEqual(expected);
        expect(Date.parse(now?.updatedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(was.updatedAt));
      }
      // Notes not in the backup are untouched.
      for (const n of local) if (!incoming.some((r) => r.id === n.id)) expect(stored.get(n.id)).toEqual(n);
    }
    // The random cases reach every rule.
    for (const count of Object.values(seen)) expect(count).toBeGreaterThan(0);
  });

  it('mergeDecision agrees: a row is written only when new, or newer for the same student', () => {
    const next = prng(42);
    const pick = picker(next);
    for (let i = 0; i < 500; i++) {
      const a = note('n', pick(keys), pick(['x', 'y']), pick(times));
      const b = note('n', pick(keys), pick(['x', 'y']), pick(times));
      const decision = mergeDecision('notes', a, b);
      const writes = decision === 'add' || decision === 'update';
      expect(writes).toBe(a.studentKey === b.studentKey && Date.parse(b.updatedAt) > Date.parse(a.updatedAt));
      if (decision === 'refused') expect(a.studentKey).not.toBe(b.studentKey);
    }
  });
});
