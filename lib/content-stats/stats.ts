import type { Phase } from '../core/domain';
import { phaseOf } from '../core/student-context';
import type { Study } from '../core/study';
import { knowledgeCards as defaultCards } from '../prompts/library/knowledge';
import { momentTypes as defaultMoments } from '../prompts/library/moments';
import { library as defaultLibrary } from '../prompts/library/shipped';
import { subjects as defaultSubjects } from '../prompts/library/subjects';
import { audienceOf } from '../prompts/routes';
import {
  COMPETENCES,
  FAMILIES,
  type KnowledgeCard,
  type MomentType,
  type Prompt,
  SCHOOL_TYPES,
  type Subject,
} from '../prompts/schema';
import { referralRoles as defaultRoles, publicServices as defaultServices } from '../referrals/defaults';
import type { PublicService, ReferralRole } from '../referrals/schema';
import { type CueCoverage, cueCoverage, groupOf, POPULATION, reach } from './reach';

export interface ContentStats {
  prompts: number;
  perFamily: Record<string, number>;
  perCompetence: Record<string, number>;
  /** Prompts that can show for a student of this school type. */
  perSchoolType: Record<string, number>;
  /** Subject-linked prompts per subject id (every subject listed, 0 included). */
  perSubject: Record<string, number>;
  subjects: number;
  /** Only what can be shown (someone, somewhere in the year): per group of students (school type and leerweg/niveau). */
  showablePerGroup: Record<string, number>;
  /** …per phase of the programme. */
  showablePerPhase: Record<string, number>;
  /** …per audience (the student, the teacher, parents, the praktijkbegeleider). */
  showablePerAudience: Record<string, number>;
  /** The grading cue per school type: subjects taught, those with a question of their own for every result, a cue in any vak. */
  cuePerSchoolType: Record<string, CueCoverage>;
  /** Prompts no student can be shown anywhere (must be none). */
  unreachable: string[];
  knowledgeCards: number;
  momentTypes: number;
  referralRoles: number;
  publicServices: number;
}

export interface ContentInput {
  library: readonly Prompt[];
  subjects: readonly Subject[];
  knowledgeCards: readonly KnowledgeCard[];
  momentTypes: readonly MomentType[];
  referralRoles: readonly ReferralRole[];
  publicServices: readonly PublicService[];
}

const zeros = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<string, number>;

/** Coverage counts of a library (the shipped one by default). Pure. */
export function contentStats(input: Partial<ContentInput> = {}): ContentStats {
  const library = input.library ?? defaultLibrary;
  const subjects = input.subjects ?? defaultSubjects;
  const perFamily = zeros(FAMILIES);
  const perCompetence = zeros(COMPETENCES);
  const perSchoolType = zeros(SCHOOL_TYPES);
  const perSubject = zeros(subjects.map((s) => s.id));
  for (const p of library) {
    perFamily[p.family] = (perFamily[p.family] ?? 0) + 1;
    for (const c of new Set(p.competences)) perCompetence[c] = (perCompetence[c] ?? 0) + 1;
    for (const t of new Set(p.schoolTypes)) perSchoolType[t] = (perSchoolType[t] ?? 0) + 1;
    for (const s of new Set(p.subjects ?? [])) perSubject[s] = (perSubject[s] ?? 0) + 1;
  }
  const shown = reach(library, subjects);
  const showablePerGroup: Record<string, number> = {};
  const showablePerPhase: Record<string, number> = {};
  const showablePerAudience: Record<string, number> = {};
  for (const p of library) {
    const who = shown.get(p.id);
    if (!who) continue;
    const groups = new Set([...who].map((i) => groupOf(POPULATION[i] as Study)));
    const phases = new Set([...who].map((i) => phaseOf(POPULATION[i])).filter((x): x is Phase => x !== undefined));
    for (const g of groups) showablePerGroup[g] = (showablePerGroup[g] ?? 0) + 1;
    for (const ph of phases) showablePerPhase[ph] = (showablePerPhase[ph] ?? 0) + 1;
    const audience = audienceOf(p);
    showablePerAudience[audience] = (showablePerAudience[audience] ?? 0) + 1;
  }
  return {
    prompts: library.length,
    showablePerGroup,
    showablePerPhase,
    showablePerAudience,
    cuePerSchoolType: cueCoverage(library, subjects),
    unreachable: library.filter((p) => !shown.has(p.id)).map((p) => p.id),
    perFamily,
    perCompetence,
    perSchoolType,
    perSubject,
    subjects: subjects.length,
    knowledgeCards: (input.knowledgeCards ?? defaultCards).length,
    momentTypes: (input.momentTypes ?? defaultMoments).length,
    referralRoles: (input.referralRoles ?? defaultRoles).length,
    publicServices: (input.publicServices ?? defaultServices).length,
  };
}
