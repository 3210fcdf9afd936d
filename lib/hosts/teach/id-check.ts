/**
 * Ids that are ids: what a taught profile reads as a student's id must look like one on every row
 * of the page, or the notes of one student end up under a key shared with others ("6,8" for every
 * student with that average) or under a key that holds a name. Pure; the preview
 * (lib/hosts/teach/preview.ts) runs it on what the candidate profile reads.
 */

/** A student id as the school apps show it: three or more digits (stamnummer, leerlingnummer) or a uuid. */
export const STUDENT_ID = /^(?:\d{3,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** A Dutch grade or average as a cell shows it: "6", "6,8", "10", "7.25". */
const GRADE = /^(?:10|[1-9])(?:[.,]\d{1,2})?$/;

/**
 * Why what was read is not an id:
 * - `grade`: it reads as a grade or an average;
 * - `notAnId`: not three or more digits nor a uuid (a name, a class, a row's whole text);
 * - `gradeCell`: it comes from the cell the profile reads a grade or average from, or the grade input;
 * - `notDistinct`: two rows on the page give the same id.
 */
export type IdProblem = 'grade' | 'notAnId' | 'gradeCell' | 'notDistinct';

/** The problem with one id value, or undefined when it is an id. */
export function idValueProblem(value: string): IdProblem | undefined {
  const trimmed = value.trim();
  if (GRADE.test(trimmed)) return 'grade';
  return STUDENT_ID.test(trimmed) ? undefined : 'notAnId';
}

/** The first problem with the ids of a page's rows (every row's id valid, and no two the same). */
export function rowIdsProblem(ids: readonly string[]): IdProblem | undefined {
  const seen = new Set<string>();
  for (const id of ids) {
    const problem = idValueProblem(id);
    if (problem) return problem;
    if (seen.has(id)) return 'notDistinct';
    seen.add(id);
  }
  return undefined;
}

/** Is the id element the grade input or the grade/average cell (or inside or around one)? */
export function isGradeCell(
  idElement: Element | null | undefined,
  gradeElements: readonly (Element | null | undefined)[],
): boolean {
  if (!idElement) return false;
  return gradeElements.some((el) => el != null && (el === idElement || el.contains(idElement) || idElement.contains(el)));
}
