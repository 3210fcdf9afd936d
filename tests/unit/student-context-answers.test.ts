import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { panelData } from '../../lib/background/panel';
import { STEPS } from '../../lib/core/domain';
import { parseStudy } from '../../lib/core/study';
import { type LobDatabase, openDatabase } from '../../lib/db/database';
import { cardData } from '../../lib/features/student-card/background';
import type { PageSummary } from '../../lib/messages/schema';
import { library } from '../../lib/prompts/library/shipped';
import { audienceOf, routesOf } from '../../lib/prompts/routes';
import { shippedAnswerDeps } from '../support/answer-deps';
import { CONTEXT_STUDENTS } from '../support/demo';
import { routeProblems } from '../support/route-fit';

/**
 * The five demo students with a study the project's own pages show (4 vmbo-basis, 4 havo, mbo
 * niveau-2 BBL, entree, hbo year 1), on every week of a school year: every question the background
 * answers for the card and for the panel's guide (all questions of each step, as "Andere vraag"
 * cycles through them) fits the student's routes and is a question for the student. The browser
 * test (tests/e2e/student-context.test.ts) reads two of them from the page.
 */
const WEEKS = Array.from({ length: 48 }, (_, week) => new Date(Date.UTC(2026, 7, 24 + 7 * week, 9)));

function pageOf(student: (typeof CONTEXT_STUDENTS)[number]): PageSummary {
  const study = parseStudy(student.study);
  return {
    profileId: 'magister',
    host: 'demo.magister.net',
    pageType: 'studentRecord',
    student: { id: student.id, name: student.name, studyText: student.study, ...(study ? { study } : {}) },
    rowCount: 0,
  };
}

let db: LobDatabase;
beforeAll(() => {
  db = openDatabase('student-context-answers');
});
afterAll(async () => {
  await db.delete();
});

describe('the right question for each demo student, on every week of the year', () => {
  it.each(CONTEXT_STUDENTS)('$name ($study): card and guide fit the routes and speak to the student', async (student) => {
    const ref = { host: 'demo.magister.net', id: student.id };
    const problems = new Set<string>();
    let guideSizes = 0;
    for (const date of WEEKS) {
      const deps = shippedAnswerDeps(db, () => date);
      const card = await cardData(deps, ref, pageOf(student));
      expect(card.prompts.length, date.toISOString()).toBeGreaterThan(0);
      const panel = await panelData(deps, ref, pageOf(student));
      const guide = STEPS.flatMap((step) => panel.guide[step].map((p) => p.text));
      guideSizes += guide.length;
      for (const p of routeProblems([...card.prompts.map((p) => p.text), ...guide], student.study)) problems.add(p);
    }
    expect([...problems]).toEqual([]);
    expect(guideSizes / WEEKS.length).toBeGreaterThan(3);
  });
});

describe('the route check itself', () => {
  it('reports a question about a route the diploma does not give, and one meant for the teacher', () => {
    const hbo = library.find((p) => routesOf(p).includes('hbo') && audienceOf(p) === 'student');
    const forTeacher = library.find((p) => audienceOf(p) === 'teacher');
    expect(hbo && forTeacher).toBeTruthy();
    const problems = routeProblems([hbo?.text.nl ?? '', forTeacher?.text.nl ?? ''], '4 vmbo-basis');
    expect(problems).toEqual([expect.stringContaining('speaks of'), expect.stringContaining('is for the teacher')]);
  });
});
