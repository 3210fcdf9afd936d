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
  /** A cue for every result in a vak the library does not know (any subject), in every year of the group. */
  cueInAnyVak: boolean;
}

/** The grading cue's candidates for this student, subject (none: a vak the library does not know) and result. */
function cues(library: readonly Prompt[], study: Study, trigger: (typeof TRIGGERS)[number], subject?: string): Prompt[] {
  // The cue does not follow the seasons: one date covers it (as in reach.ts).
  return eligiblePrompts(library, cueContext(studentContext(study), 'k', trigger, subject), SCHOOL_YEAR[0] as Date);
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
  const withoutAnyVak = new Set<string>();
  for (const study of POPULATION) {
    const group = groupOf(study);
    const own = groupSubjects.get(group) ?? new Set<string>();
    groupSubjects.set(group, own);
    if (!TRIGGERS.every((trigger) => cues(library, study, trigger).length > 0)) withoutAnyVak.add(group);
    for (const subject of subjects.filter((s) => s.schoolTypes.includes(study.schoolType))) {
      own.add(subject.id);
      for (const trigger of TRIGGERS) {
        if (cues(library, study, trigger, subject.id).some((p) => p.subjects?.includes(subject.id))) continue;
        gaps.push(`${group} ${study.year ?? ''} · ${subject.id} · ${trigger}`);
        gapSubjects.set(group, (gapSubjects.get(group) ?? new Set<string>()).add(subject.id));
      }
    }
  }
  const perGroup = Object.fromEntries(
    [...groupSubjects].map(([group, own]) => [
      group,
      { subjects: own.size, covered: own.size - (gapSubjects.get(group)?.size ?? 0), cueInAnyVak: !withoutAnyVak.has(group) },
    ]),
  );
  return { perGroup, gaps };
}
