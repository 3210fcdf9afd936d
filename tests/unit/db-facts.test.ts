import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { panelData } from '../../lib/background/panel';
import { STEPS } from '../../lib/core/domain';
import { studentKey } from '../../lib/core/student';
import { choiceOfStudy, STUDY_CHOICE_IDS, STUDY_CHOICES, studyOfChoice, studyWithFacts } from '../../lib/core/study-choice';
import { type LobDatabase, openDatabase } from '../../lib/db/database';
import { eraseStudent } from '../../lib/db/erase';
import { readFacts, setPlacementFact, setStudyFact } from '../../lib/db/facts';
import { saveNote } from '../../lib/db/queries';
import { applyRetention } from '../../lib/db/retention';
import { exportData, importData, serializeExport } from '../../lib/db/transfer';
import { cardData } from '../../lib/features/student-card/background';
import type { PageSummary } from '../../lib/messages/schema';
import { library } from '../../lib/prompts/library/shipped';
import { shippedAnswerDeps } from '../support/answer-deps';
import { routeProblems } from '../support/route-fit';

/**
 * The facts a mentor sets about a student where the school page does not tell them (the school type
 * and year): kept per student, used by the card, the cue and the panel, and handled like every other
 * row of the teacher's data (erase, retention, export, import newest-wins).
 */
const ref = { host: 'demo.magister.net', id: '51877' };
const display = { name: 'Mohammed El Amrani', klas: 'VG4' };
const NOW = new Date('2026-11-23T10:00:00Z');
let db: LobDatabase;
let seq = 0;

beforeEach(() => {
  db = openDatabase(`db-facts-${++seq}`);
});
afterEach(async () => {
  await db.delete();
});

/** A record page whose class code tells no school type ("VG4": vwo-gymnasium at one school, vmbo-gl at another). */
const page: PageSummary = {
  profileId: 'eigen-demo-magister-net',
  host: ref.host,
  pageType: 'studentRecord',
  student: { id: ref.id, name: display.name, klas: display.klas },
  rowCount: 0,
};

describe('the school types a mentor can choose', () => {
  it('each choice reads back as itself, with or without a year', () => {
    for (const id of STUDY_CHOICE_IDS) {
      expect(choiceOfStudy(studyOfChoice(id)), id).toBe(id);
      expect(choiceOfStudy(studyOfChoice(id, 4)), id).toBe(id);
      expect(studyOfChoice(id, 4).year).toBe(4);
    }
    expect(new Set(STUDY_CHOICE_IDS.map((id) => JSON.stringify(STUDY_CHOICES[id]))).size).toBe(STUDY_CHOICE_IDS.length);
  });

  it('the page wins where it tells the school type; the mentor’s choice fills in where it does not', () => {
    const fromPage = { schoolType: 'havo' as const, year: 4 };
    expect(studyWithFacts(fromPage, studyOfChoice('vmbo-k', 3))).toEqual(fromPage);
    expect(studyWithFacts(undefined, studyOfChoice('vmbo-k', 3))).toEqual({ schoolType: 'vmbo', track: 'k', year: 3 });
    expect(studyWithFacts(undefined, undefined)).toBeUndefined();
  });
});

describe('a school type set by the mentor', () => {
  it('is kept with the student (whose record is made), replaced by a new choice, and removed by none', async () => {
    await setStudyFact(db, ref, display, studyOfChoice('mbo-2', 1), NOW);
    expect((await db.students.get(studentKey(ref)))?.name).toBe(display.name);
    expect((await readFacts(db, ref))?.study).toEqual({ schoolType: 'mbo', level: 2, year: 1 });
    await setStudyFact(db, ref, display, studyOfChoice('havo', 5), NOW);
    expect((await readFacts(db, ref))?.study).toEqual({ schoolType: 'havo', year: 5 });
    await setStudyFact(db, ref, display, null, NOW);
    expect(await readFacts(db, ref)).toBeUndefined();
  });

  it('makes the card and the panel ask questions that fit that route, on every week of a school year', async () => {
    await setStudyFact(db, ref, display, studyOfChoice('mbo-2', 2), NOW);
    const problems = new Set<string>();
    for (let week = 0; week < 40; week++) {
      const date = new Date(Date.UTC(2026, 7, 24 + 7 * week, 9));
      const deps = shippedAnswerDeps(db, () => date);
      const card = await cardData(deps, ref, page);
      const panel = await panelData(deps, ref, page);
      const texts = [...card.prompts.map((p) => p.text), ...STEPS.flatMap((s) => panel.guide[s].map((p) => p.text))];
      for (const p of routeProblems(texts, 'mbo niveau 2')) problems.add(p);
    }
    expect([...problems]).toEqual([]);
    // And they are the route's own: questions only an mbo student gets, which the page alone (no school type) never gives.
    const mboOnly = async () => {
      const ids = new Set<string>();
      for (let week = 0; week < 40; week++) {
        const deps = shippedAnswerDeps(db, () => new Date(Date.UTC(2026, 7, 24 + 7 * week, 9)));
        for (const p of (await cardData(deps, ref, page)).prompts) ids.add(p.id);
      }
      return [...ids].filter((id) => {
        const prompt = library.find((p) => p.id === id);
        return prompt && !prompt.schoolTypes.includes('havo') && prompt.schoolTypes.includes('mbo');
      });
    };
    expect((await mboOnly()).length).toBeGreaterThan(0);
    await setStudyFact(db, ref, display, null, NOW);
    expect(await mboOnly()).toEqual([]);
    await setStudyFact(db, ref, display, studyOfChoice('mbo-2', 2), NOW);
    const panel = await panelData(
      shippedAnswerDeps(db, () => NOW),
      ref,
      page,
    );
    expect(panel.study).toEqual({ fromPage: false, choice: 'mbo-2', year: 2 });
  });

  it('goes with the student when the student is erased, and with retention once older than the period', async () => {
    await setStudyFact(db, ref, display, studyOfChoice('vwo-gym', 4), NOW);
    // A fact set within the period keeps the student (nothing else is stored for them).
    await applyRetention(db, NOW, 365);
    expect(await readFacts(db, ref)).toBeDefined();
    expect(await db.students.get(studentKey(ref))).toBeDefined();
    await applyRetention(db, new Date('2028-01-10T10:00:00Z'), 365);
    expect(await readFacts(db, ref)).toBeUndefined();
    expect(await db.students.get(studentKey(ref))).toBeUndefined();

    await setStudyFact(db, ref, display, studyOfChoice('havo', 4), NOW);
    await saveNote(
      db,
      { student: ref, display, date: NOW.toISOString(), competences: [], promptIds: [], text: 'Gesprek' },
      NOW,
      () => 'n1',
    );
    await eraseStudent(db, ref);
    expect(await readFacts(db, ref)).toBeUndefined();
  });

  it('travels in the export and merges newest-wins on import; an older backup never reverts it', async () => {
    await setStudyFact(db, ref, display, studyOfChoice('vmbo-gl', 4), NOW);
    const file = serializeExport(await exportData(db, { now: NOW }));
    expect(JSON.parse(file).facts).toEqual([
      { studentKey: studentKey(ref), study: { schoolType: 'vmbo', track: 'gl', year: 4 }, updatedAt: NOW.toISOString() },
    ]);
    // Elsewhere: nothing yet, then the file.
    const other = openDatabase(`db-facts-other-${seq}`);
    try {
      expect((await importData(other, file)).ok).toBe(true);
      expect((await readFacts(other, ref))?.study?.track).toBe('gl');
      // Changed later on that computer: the older file does not change it back.
      await setStudyFact(other, ref, display, studyOfChoice('havo', 4), new Date('2026-12-01T10:00:00Z'));
      expect((await importData(other, file)).ok).toBe(true);
      expect((await readFacts(other, ref))?.study?.schoolType).toBe('havo');
    } finally {
      await other.delete();
    }
    // A file of schema 3 (no facts) still imports.
    const old = JSON.parse(file) as Record<string, unknown>;
    delete old.facts;
    old.schemaVersion = 3;
    expect((await importData(db, JSON.stringify(old))).ok).toBe(true);
  });

  it('refuses a fact for a student the file and the database do not know, and writes nothing', async () => {
    const file = {
      ...(await exportData(db, { now: NOW })),
      facts: [{ studentKey: 'demo.magister.net|99999', study: { schoolType: 'havo' }, updatedAt: NOW.toISOString() }],
    };
    const result = await importData(db, JSON.stringify(file));
    expect(result.ok).toBe(false);
    expect(await db.facts.count()).toBe(0);
  });
});

describe('where the student stands in the work placement, set by the mentor', () => {
  const mboPage: PageSummary = {
    ...page,
    student: { id: ref.id, name: display.name, klas: 'VK2B', study: { schoolType: 'mbo', level: 3, year: 2 } },
  };
  const bpvIds = async (date: Date) => {
    const deps = shippedAnswerDeps(db, () => date);
    const panel = await panelData(deps, ref, mboPage);
    return STEPS.flatMap((s) => panel.guide[s].map((p) => p.id)).filter((id) => /^bpv-(voor|tijdens|na)-/.test(id));
  };

  it('is kept beside the school type, cleared on its own, and shown in the panel while it holds', async () => {
    await setStudyFact(db, ref, display, studyOfChoice('mbo-3', 2), NOW);
    await setPlacementFact(db, ref, display, 'voor', NOW);
    expect(await readFacts(db, ref)).toMatchObject({ study: { level: 3 }, placement: { phase: 'voor', setOn: '2026-11-23' } });
    const panel = await panelData(
      shippedAnswerDeps(db, () => NOW),
      ref,
      mboPage,
    );
    expect(panel.placement).toEqual({ set: { phase: 'voor', setOn: '2026-11-23' } });
    // Ten weeks later it no longer holds: the panel asks again.
    const later = await panelData(
      shippedAnswerDeps(db, () => new Date('2027-02-10T10:00:00Z')),
      ref,
      mboPage,
    );
    expect(later.placement).toEqual({});
    await setPlacementFact(db, ref, display, null, NOW);
    expect((await readFacts(db, ref))?.placement).toBeUndefined();
    expect((await readFacts(db, ref))?.study).toBeDefined();
  });

  it('brings before-questions and then after-questions into the guide, never both, and none while unknown', async () => {
    expect(await bpvIds(NOW)).toEqual([]);
    await setPlacementFact(db, ref, display, 'voor', NOW);
    const before = await bpvIds(NOW);
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((id) => id.startsWith('bpv-voor-'))).toBe(true);
    await setPlacementFact(db, ref, display, 'na', NOW);
    const after = await bpvIds(NOW);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((id) => id.startsWith('bpv-na-'))).toBe(true);
  });

  it('is not asked for a bbl student (a werkplek all year) nor outside the mbo', async () => {
    const bbl: PageSummary = {
      ...mboPage,
      student: { ...mboPage.student, id: ref.id, study: { schoolType: 'mbo', level: 3, year: 2, path: 'bbl' } },
    };
    const deps = shippedAnswerDeps(db, () => NOW);
    expect((await panelData(deps, ref, bbl)).placement).toBeUndefined();
    const havo: PageSummary = { ...mboPage, student: { ...mboPage.student, id: ref.id, study: { schoolType: 'havo', year: 4 } } };
    expect((await panelData(deps, ref, havo)).placement).toBeUndefined();
  });

  it('travels in the export and back', async () => {
    await setPlacementFact(db, ref, display, 'tijdens', NOW);
    const file = serializeExport(await exportData(db, { now: NOW }));
    const other = openDatabase(`db-facts-placement-${seq}`);
    try {
      expect((await importData(other, file)).ok).toBe(true);
      expect((await readFacts(other, ref))?.placement).toEqual({ phase: 'tijdens', setOn: '2026-11-23' });
    } finally {
      await other.delete();
    }
  });
});
