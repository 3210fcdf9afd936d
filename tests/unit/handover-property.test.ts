import { afterAll, describe, expect, it } from 'vitest';
import { COMPETENCES } from '../../lib/core/domain';
import { studentKey } from '../../lib/core/student';
import type { AfspraakRecord, NoteRecord } from '../../lib/db/database';
import { openDatabase } from '../../lib/db/database';
import { saveDraft } from '../../lib/db/drafts';
import { buildHandover } from '../../lib/db/handover/build';
import { handoverCandidates } from '../../lib/db/handover/candidates';
import { setStudentHandoverConsent } from '../../lib/db/handover/student';
import { DEFAULT_CARE_ROLES } from '../../lib/referrals/care';
import { isCareEntry } from '../../lib/referrals/care-entry';
import { picker, prng } from '../support/prng';

/**
 * Over many generated classes (students with and without consent, notes whose own text is marked,
 * drafts, open and done afspraken, care entries written the ways mentors write them): no handover
 * file ever holds a student without consent, a care entry, a note's own text or a draft.
 */
const CASES = 40;
const rnd = prng(33);
const pick = picker(rnd);
const names = ['Sanne', 'Daan', 'Noor', 'Mohammed', 'Fatima', 'Lucas', 'Emma', 'Yusuf', 'Julia', 'Sem'];
/** The school's own name for its care team (a directory entry with `care: true`). */
const SCHOOL_CARE = [...DEFAULT_CARE_ROLES, 'Ondersteuningsteam'];
const careWords = [
  'Aanmelden bij het ondersteuningsteam',
  'Gesprek met de zorgcoördinator',
  'Aanmelden bij het zorgteam',
  'Doorverwijzen naar schoolmaatschappelijk werk',
  'Afspraak bij de jeugdarts',
  'Langs bij de vertrouwenspersoon',
  'leerplicht inschakelen',
];
const sound = [
  'Open dag Windesheim bezoeken',
  'Meeloopdag in de zorg plannen',
  'Profielkeuze met ouders bespreken',
  'Stagebedrijf bellen',
  'Filmpje over de opleiding kijken',
];
const careWho = ['zorgcoördinator', 'IB-er', 'de zorg', 'SMW', 'vertrouwenspersoon'];
const dbs: ReturnType<typeof openDatabase>[] = [];
afterAll(async () => {
  for (const db of dbs) await db.delete();
});

const at = (day: number) => new Date(Date.UTC(2026, 0, 1 + day, 9)).toISOString();

describe('handover files over generated data', () => {
  it(`hold no student without consent (or who withdrew it), no care entry (the school's own care team included), no note text and no draft (${CASES} classes)`, async () => {
    let students = 0;
    let handed = 0;
    /** Open care afspraken of students who agreed: each one the file had to leave out. */
    let caring = 0;
    for (let c = 0; c < CASES; c++) {
      const db = openDatabase(`handover-property-${c}`);
      dbs.push(db);
      const agreed = new Set<string>();
      const secrets: string[] = [];
      const count = 2 + Math.floor(rnd() * 8);
      for (let s = 0; s < count; s++) {
        const ref = { host: pick(['a.magister.net', 'b.somtoday.nl']), id: `${c}-${s}` };
        const key = studentKey(ref);
        const notes: NoteRecord[] = [];
        const afspraken: AfspraakRecord[] = [];
        for (let i = 0; i < Math.floor(rnd() * 4); i++) {
          const text = `NOTITIE-${c}-${s}-${i}`;
          secrets.push(text);
          const care = rnd() < 0.25;
          notes.push({
            id: `n-${c}-${s}-${i}`,
            studentKey: key,
            date: at(i * 7),
            competences: COMPETENCES.filter(() => rnd() < 0.3),
            promptIds: ['vraag-1'],
            text,
            ...(rnd() < 0.7
              ? { studentWords: care ? `Ik wil een ${pick(careWords).toLowerCase()}.` : 'Ik vind techniek leuk.' }
              : {}),
            ...(rnd() < 0.7 ? { nextStep: care && rnd() < 0.5 ? pick(careWords) : pick(sound) } : {}),
            updatedAt: at(i * 7),
          });
        }
        for (let i = 0; i < Math.floor(rnd() * 4); i++) {
          const careWhat = rnd() < 0.2;
          const careBy = !careWhat && rnd() < 0.2;
          afspraken.push({
            id: `a-${c}-${s}-${i}`,
            studentKey: key,
            what: careWhat ? pick(careWords) : pick(sound),
            ...(careBy ? { who: pick(careWho) } : rnd() < 0.5 ? { who: pick(names) } : {}),
            done: rnd() < 0.3,
            createdAt: at(i * 5),
          });
        }
        await db.students.put({ key, host: ref.host, sisId: ref.id, name: pick(names), updatedAt: at(0) });
        await db.notes.bulkPut(notes);
        await db.afspraken.bulkPut(afspraken);
        if (rnd() < 0.5) {
          const draft = `CONCEPT-${c}-${s}`;
          secrets.push(draft);
          await saveDraft(db, ref, {}, { text: draft, studentWords: draft, competences: [], promptIds: [] }, new Date(at(40)));
        }
        if (rnd() < 0.6) {
          await setStudentHandoverConsent(db, ref, {}, true, new Date(at(30)));
          agreed.add(key);
          // Some students change their mind: withdrawn, they are in no file.
          if (rnd() < 0.25) {
            await setStudentHandoverConsent(db, ref, {}, false, new Date(at(35)));
            agreed.delete(key);
          }
        }
        if (agreed.has(key)) caring += afspraken.filter((a) => !a.done && isCareEntry(a, SCHOOL_CARE)).length;
      }
      const candidates = await handoverCandidates(db);
      const file = buildHandover(candidates, SCHOOL_CARE, new Date(at(50)));
      const text = JSON.stringify(file);
      for (const secret of secrets) expect(text, secret).not.toContain(secret);
      expect(text).not.toMatch(/ondersteuningsteam/i);
      for (const s of file.students) {
        expect(agreed.has(`${s.host}|${s.sisId}`)).toBe(true);
        for (const e of s.entries) {
          if (e.kind === 'afspraak') expect(isCareEntry(e, SCHOOL_CARE), e.what).toBe(false);
          else {
            expect(isCareEntry({ what: e.studentWords }, SCHOOL_CARE), e.studentWords).toBe(false);
            expect(isCareEntry({ what: e.nextStep }, SCHOOL_CARE), e.nextStep).toBe(false);
          }
        }
      }
      students += file.students.length;
      handed += file.students.reduce((sum, s) => sum + s.entries.length, 0);
    }
    // The generator makes files with content: the property is not true by emptiness.
    expect(students).toBeGreaterThan(CASES);
    expect(handed).toBeGreaterThan(CASES * 2);
    expect(caring).toBeGreaterThan(5);
  }, 60_000);
});
