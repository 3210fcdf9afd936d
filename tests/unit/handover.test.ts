import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDataApi } from '../../entrypoints/options/data-api';
import { panelData } from '../../lib/background/panel';
import { studentKey } from '../../lib/core/student';
import { type LobDatabase, openDatabase } from '../../lib/db/database';
import { eraseStudent } from '../../lib/db/erase';
import { readFacts } from '../../lib/db/facts';
import { handoverCandidates } from '../../lib/db/handover/candidates';
import { removeHanded, setStudentHandoverConsent } from '../../lib/db/handover/student';
import { linkStudents, saveNote } from '../../lib/db/queries';
import { applyRetention } from '../../lib/db/retention';
import { exportData } from '../../lib/db/transfer';
import { effectivePolicy, parsePolicy } from '../../lib/policy';
import { DEFAULT_CARE_ROLES } from '../../lib/referrals/care';
import { shippedAnswerDeps } from '../support/answer-deps';

/**
 * The handover to the next mentor (#33) through the options page's data API over two databases: the
 * previous mentor's and the next one's. Only students who agreed go; their words, next steps, open
 * afspraken and competences, never the note text, a care entry or a draft; they arrive apart from the
 * new mentor's own notes, with their original dates.
 */
const HOST = 'demo.magister.net';
const OTHER_HOST = 'nieuw.somtoday.nl';
const PASS = 'een lange zin als wachtwoord';
/** After the summer holiday: nine weeks after the file was made. */
const SEPT = new Date('2026-08-24T09:00:00Z');
const JUNE = new Date('2026-06-20T09:00:00Z');
/** Ten days later: a backup of June is still valid. */
const JULY = new Date('2026-06-30T09:00:00Z');
let seq = 0;
let previous: LobDatabase;
let next: LobDatabase;
let ids = 0;
const newId = () => `id-${++ids}`;

const sanne = { host: HOST, id: '1001' };
const daan = { host: HOST, id: '1002' };
const noor = { host: HOST, id: '1003' };

beforeEach(async () => {
  previous = openDatabase(`handover-prev-${++seq}`);
  next = openDatabase(`handover-next-${seq}`);
  for (const [ref, name] of [
    [sanne, 'Sanne Jansen'],
    [daan, 'Daan de Vries'],
    [noor, 'Noor Bakker'],
  ] as const) {
    await saveNote(
      previous,
      {
        student: ref,
        display: { name, klas: 'H4A' },
        text: `Eigen notitie over ${name}: twijfelt thuis veel.`,
        date: '2026-03-10T10:00:00.000Z',
        studentWords: 'Ik wil iets met mensen doen.',
        nextStep: 'Meeloopdag pabo plannen',
        competences: ['motieven', 'werkexploratie'],
        afspraken: [{ what: 'Open dag Windesheim bezoeken', due: '2026-10-01' }],
      },
      JUNE,
      newId,
    );
    // Care, as an older version or a hand-made import may have stored it: it must stay out of every file.
    await previous.afspraken.bulkPut([
      {
        id: newId(),
        studentKey: studentKey(ref),
        what: 'Gesprek met de zorgcoördinator',
        done: false,
        createdAt: JUNE.toISOString(),
      },
      {
        id: newId(),
        studentKey: studentKey(ref),
        what: 'Langs bij het ondersteuningsteam',
        done: false,
        createdAt: JUNE.toISOString(),
      },
    ]);
  }
  await setStudentHandoverConsent(previous, sanne, {}, true, JUNE);
  await setStudentHandoverConsent(previous, daan, {}, true, JUNE);
});
afterEach(async () => {
  await previous.delete();
  await next.delete();
});

/** The school calls its care team "ondersteuningsteam" (a directory entry with `care: true`). */
const SCHOOL_CARE = [...DEFAULT_CARE_ROLES, 'Ondersteuningsteam'];
const apiOf = (db: LobDatabase, now: Date, handover = { enabled: true, maxValidDays: 90, minPassphrase: 12 }) =>
  createDataApi(db, { now: () => now, careRoles: () => SCHOOL_CARE, handover: () => handover });

async function handOver(keys: string[]) {
  const file = await apiOf(previous, JUNE).exportHandover(keys, PASS);
  const opened = await apiOf(next, SEPT).openHandover(file.text, PASS);
  if (!opened.ok) throw new Error(opened.problem);
  return { file, opened: opened.value };
}

describe('handover to the next mentor', () => {
  it('a student without consent is not in the file, and the file holds no note text', async () => {
    const { file, opened } = await handOver([sanne, daan, noor].map(studentKey));
    expect(file.counts.students).toBe(2);
    expect(opened.students.map((s) => s.name)).toEqual(['Sanne Jansen', 'Daan de Vries']);
    expect(JSON.stringify(opened.file)).not.toContain('Eigen notitie');
    expect(opened.students[0]?.entries.map((e) => e.kind)).toEqual(['note', 'afspraak']);
    expect(JSON.stringify(opened.file)).not.toMatch(/zorgco|ondersteuningsteam/i);
  });

  it('a withdrawn consent stays withdrawn when an older backup is restored', async () => {
    const backup = await apiOf(previous, JUNE).exportBackup(PASS);
    await setStudentHandoverConsent(previous, sanne, {}, false, JULY);
    const opened = await apiOf(previous, JULY).openBackup(backup.text, PASS);
    if (!opened.ok) throw new Error(opened.problem);
    expect(await apiOf(previous, JULY).importText(opened.value)).toMatchObject({ ok: true });
    expect((await readFacts(previous, sanne))?.handoverConsent).toBeUndefined();
    const file = await apiOf(previous, JULY).exportHandover([studentKey(sanne), studentKey(daan)], PASS);
    expect(file.counts.students).toBe(1);
  });

  it('switched off by the school, or with a passphrase shorter than it asks, nothing is made, opened or kept', async () => {
    const file = await apiOf(previous, JUNE).exportHandover([studentKey(sanne)], PASS);
    const off = { enabled: false, maxValidDays: 90, minPassphrase: 12 };
    await expect(apiOf(previous, JUNE, off).exportHandover([studentKey(sanne)], PASS)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(apiOf(previous, JUNE, off).setHandoverConsent(studentKey(noor), true)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(apiOf(next, SEPT, off).openHandover(file.text, PASS)).rejects.toMatchObject({ code: 'forbidden' });
    const strict = { enabled: true, maxValidDays: 90, minPassphrase: 40 };
    await expect(apiOf(previous, JUNE, strict).exportHandover([studentKey(sanne)], PASS)).rejects.toMatchObject({
      code: 'invalid',
    });
    // The receiving school allows 30 days: a file of nine weeks ago is expired there.
    const short = { enabled: true, maxValidDays: 30, minPassphrase: 12 };
    expect(await apiOf(next, SEPT, short).openHandover(file.text, PASS)).toEqual({ ok: false, problem: 'expired' });
    expect((await readFacts(previous, noor))?.handoverConsent).toBeUndefined();
    expect(await next.handed.count()).toBe(0);
  }, 30_000);

  it('arrives apart from the new mentor’s notes, with its original dates, on the same host', async () => {
    await saveNote(next, { student: sanne, display: { name: 'Sanne Jansen' }, text: 'Kennismaking' }, SEPT, newId);
    const { opened } = await handOver([studentKey(sanne)]);
    expect(opened.students[0]?.sameHost).toBe(true);
    const result = await apiOf(next, SEPT).receiveHandover(opened.file, new Map([[0, studentKey(sanne)]]));
    expect(result).toEqual({ students: 1, added: 2, already: 0, skipped: 0 });
    expect(await next.notes.count()).toBe(1);
    const data = await panelData(
      shippedAnswerDeps(next, () => SEPT),
      sanne,
      null,
    );
    expect(data.handover.fromPrevious.map((e) => [e.kind, e.date])).toEqual([
      ['afspraak', JUNE.toISOString()],
      ['note', '2026-03-10T10:00:00.000Z'],
    ]);
    expect(data.handover.fromPrevious[1]).toMatchObject({
      studentWords: 'Ik wil iets met mensen doen.',
      handedOn: JUNE.toISOString(),
    });
    expect(data.timelineTotal).toBe(1);
    // Reading the same file again writes nothing new.
    expect(await apiOf(next, SEPT).receiveHandover(opened.file, new Map([[0, studentKey(sanne)]]))).toMatchObject({
      added: 0,
      already: 2,
    });
  });

  it('on another host the mentor chooses the student once; the entries are re-keyed, with no pairing', async () => {
    const there = { host: OTHER_HOST, id: 'a7f3' };
    await saveNote(next, { student: there, display: { name: 'S. Jansen' }, text: 'Eerste gesprek' }, SEPT, newId);
    const { opened } = await handOver([studentKey(sanne), studentKey(daan)]);
    expect(opened.students.map((s) => s.sameHost)).toEqual([false, false]);
    expect(opened.targets.map((s) => s.key)).toEqual([studentKey(there)]);
    const result = await apiOf(next, SEPT).receiveHandover(opened.file, new Map([[0, studentKey(there)]]));
    expect(result).toMatchObject({ students: 1, skipped: 1 });
    expect(await next.handed.where('studentKey').equals(studentKey(there)).count()).toBe(2);
    expect(await next.handed.count()).toBe(2);
    expect(await next.aliases.count()).toBe(0);
    expect(await next.students.get(studentKey(daan))).toBeUndefined();
  });

  it('a wrong passphrase, a backup given as a handover and an expired file each say why, and nothing is written', async () => {
    const file = await apiOf(previous, JUNE).exportHandover([studentKey(sanne)], PASS);
    const receiver = apiOf(next, SEPT);
    expect(await receiver.openHandover(file.text, 'niet het goede wachtwoord')).toEqual({
      ok: false,
      problem: 'wrongPassphrase',
    });
    const backup = await apiOf(previous, JUNE).exportBackup(PASS);
    expect(await receiver.handoverPreview(backup.text)).toEqual({ ok: false, problem: 'wrongKind' });
    expect(await apiOf(next, new Date('2026-12-01T00:00:00Z')).openHandover(file.text, PASS)).toEqual({
      ok: false,
      problem: 'expired',
    });
    const cut = file.text.slice(0, file.text.length - 40);
    expect(await receiver.openHandover(cut, PASS)).toEqual({ ok: false, problem: 'truncated' });
    expect(await next.handed.count()).toBe(0);
    expect(await next.students.count()).toBe(0);
  }, 30_000);

  it('received entries follow the receiving school’s retention from their own dates, and go when the student is erased', async () => {
    const { opened } = await handOver([studentKey(sanne)]);
    await apiOf(next, SEPT).receiveHandover(opened.file, new Map([[0, studentKey(sanne)]]));
    await applyRetention(next, new Date('2026-11-01T00:00:00Z'), 200);
    expect((await next.handed.toArray()).map((h) => h.kind)).toEqual(['afspraak']);
    await eraseStudent(next, sanne);
    expect(await next.handed.count()).toBe(0);
  });

  it('a wrong choice is undone: what came from the previous mentor goes, the own notes stay', async () => {
    await saveNote(next, { student: daan, display: { name: 'Daan de Vries' }, text: 'Eigen gesprek' }, SEPT, newId);
    const { opened } = await handOver([studentKey(sanne)]);
    await apiOf(next, SEPT).receiveHandover(opened.file, new Map([[0, studentKey(daan)]]));
    expect(await next.handed.count()).toBe(2);
    expect(await removeHanded(next, daan)).toBe(2);
    expect(await next.notes.count()).toBe(1);
    await apiOf(next, SEPT).receiveHandover(opened.file, new Map([[0, studentKey(sanne)]]));
    expect(await next.handed.where('studentKey').equals(studentKey(sanne)).count()).toBe(2);
  });

  it('a backup carries the received entries and the consent', async () => {
    const { opened } = await handOver([studentKey(sanne)]);
    await apiOf(next, SEPT).receiveHandover(opened.file, new Map([[0, studentKey(sanne)]]));
    await setStudentHandoverConsent(next, sanne, {}, true, SEPT);
    const file = await exportData(next, { now: SEPT });
    expect(file.handed).toHaveLength(2);
    expect(file.facts?.[0]?.handoverConsent).toBe('2026-08-24');
  });

  it('withdrawing consent clears it under every paired id', async () => {
    const paired = { host: HOST, id: 'uuid-1001' };
    await setStudentHandoverConsent(previous, paired, {}, true, JUNE);
    expect(await linkStudents(previous, sanne, paired, JUNE)).toMatchObject({ ok: true });
    await setStudentHandoverConsent(previous, paired, {}, false, SEPT);
    expect((await readFacts(previous, sanne))?.handoverConsent).toBeUndefined();
    expect((await readFacts(previous, paired))?.handoverConsent).toBeUndefined();
    const sanneNow = (await handoverCandidates(previous)).find((c) => c.student.key === studentKey(sanne));
    expect(sanneNow?.consentOn).toBeUndefined();
  });

  it('the school sets how long a file is valid and can switch handover off', () => {
    expect(effectivePolicy(parsePolicy({}).policy).handover).toEqual({ enabled: true, maxValidDays: 90, minPassphrase: 12 });
    const set = parsePolicy({ handover: { enabled: false, maxValidDays: 7, minPassphrase: 20 } });
    expect(effectivePolicy(set.policy).handover).toEqual({ enabled: false, maxValidDays: 7, minPassphrase: 20 });
    for (const bad of [{ maxValidDays: 400 }, { minPassphrase: 6 }, { enabled: 'nee' }, { other: 1 }]) {
      const parsed = parsePolicy({ handover: bad });
      expect(
        parsed.problems.some((p) => p.key.startsWith('handover')),
        JSON.stringify(bad),
      ).toBe(true);
      expect(effectivePolicy(parsed.policy).handover.enabled).toBe(true);
    }
  });
});
