import { TRIGGERS } from '../core/domain';
import { studentContext } from '../core/student-context';
import type { Study } from '../core/study';
import { cueContext } from '../prompts/contexts';
import { eligiblePrompts } from '../prompts/engine';
import type { Prompt, Subject } from '../prompts/schema';
import { groupOf, POPULATION, SCHOOL_YEAR } from './reach';

/** Per group of students: of the subjects its school type has, how many get a cue of their own for every result. */
export interface CueCoverage {
  subjects: number;
  /** Subjects with a subject-specific cue for every kind of result, in every year of the group. */
  covered: number;
}

/** Whether a grading cue for this student, subject and result can be a prompt of that very subject. */
function hasOwnCue(library: readonly Prompt[], study: Study, subject: string, trigger: (typeof TRIGGERS)[number]): boolean {
  const context = cueContext(studentContext(study), 'k', trigger, subject);
  // The cue does not follow the seasons: one date covers it (as in reach.ts).
  return eligiblePrompts(library, context, SCHOOL_YEAR[0] as Date).some((p) => p.subjects?.includes(subject));
}

/**
 * Coverage of the grading cue per school type × subject × result: the cue gaps ("havo 2 · wiskunde ·
 * belowUsual": no question of the subject itself) and, per group, how many of its subjects have none. Pure.
 */
export function cueCoverage(
  library: readonly Prompt[],
  subjects: readonly Subject[],
): { perGroup: Record<string, CueCoverage>; gaps: string[] } {
  const gaps: string[] = [];
  const gapSubjects = new Map<string, Set<string>>();
  const groupSubjects = new Map<string, Set<string>>();
  for (const study of POPULATION) {
    const group = groupOf(study);
    const own = groupSubjects.get(group) ?? new Set<string>();
    groupSubjects.set(group, own);
    for (const subject of subjects.filter((s) => s.schoolTypes.includes(study.schoolType))) {
      own.add(subject.id);
      for (const trigger of TRIGGERS) {
        if (hasOwnCue(library, study, subject.id, trigger)) continue;
        gaps.push(`${group} ${study.year ?? ''} · ${subject.id} · ${trigger}`);
        gapSubjects.set(group, (gapSubjects.get(group) ?? new Set<string>()).add(subject.id));
      }
    }
  }
  const perGroup = Object.fromEntries(
    [...groupSubjects].map(([group, own]) => [
      group,
      { subjects: own.size, covered: own.size - (gapSubjects.get(group)?.size ?? 0) },
    ]),
  );
  return { perGroup, gaps };
}
