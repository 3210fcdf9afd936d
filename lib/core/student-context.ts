import type { Phase, Route } from './domain';
import type { PlacementFact } from './placement';
import { isExamYear, type Study } from './study';
import { studyWithFacts } from './study-choice';

/**
 * One student context for the card, the cue, the panel and the engine: what the page told about the
 * programme (the study's own fields, lib/core/study.ts), where the student stands in it (phase) and
 * where their diploma leads (route truth).
 */
export interface StudentContext extends Partial<Pick<Study, 'schoolType' | 'year' | 'track' | 'level' | 'path'>> {
  gymnasium?: boolean;
  entree?: boolean;
  phase?: Phase;
  /** The last year of the programme (vo examenjaar, mbo/hbo final year). */
  examYear?: boolean;
  /** Destinations this student's diploma gives (a prompt about another route is never offered). */
  routes?: readonly Route[];
  /** Where the mentor said this student stands in the work placement (lib/db/facts.ts). */
  placement?: PlacementFact;
}

/** Usual length of an mbo programme by niveau (entree 1 year; niveau 4 mostly 3 years). */
const MBO_YEARS: Record<number, number> = { 1: 1, 2: 2, 3: 3, 4: 3 };

/** Where the student stands in the programme, from school type and year. */
export function phaseOf(study: Study | undefined): Phase | undefined {
  const year = study?.year;
  if (!study || year === undefined) return undefined;
  switch (study.schoolType) {
    case 'vmbo':
      return year <= 2 ? 'onderbouw' : year === 3 ? 'voorexamenjaar' : 'examenjaar';
    case 'havo':
      return year <= 3 ? 'onderbouw' : year === 4 ? 'voorexamenjaar' : 'examenjaar';
    case 'vwo':
      return year <= 3 ? 'onderbouw' : year === 4 ? 'bovenbouw' : year === 5 ? 'voorexamenjaar' : 'examenjaar';
    case 'mbo': {
      const last = study.level ? (MBO_YEARS[study.level] ?? 3) : undefined;
      if (last !== undefined && year >= last) return 'laatstejaars';
      return year === 1 ? 'eerstejaars' : 'middenjaar';
    }
    case 'hbo':
      return year === 1 ? 'eerstejaars' : year >= 4 ? 'laatstejaars' : 'middenjaar';
    default:
      return year <= 2 ? 'onderbouw' : year >= 4 ? 'laatstejaars' : 'middenjaar';
  }
}

/**
 * Route truth (lob-content.md §5): vmbo basis/kader → mbo; gemengd/theoretisch → mbo or havo; mbo
 * niveau 1–3 → the next mbo level; niveau 4 → hbo; havo → hbo (also mbo, vwo); vwo → wo or hbo;
 * praktijkonderwijs and vso → work, entree or mbo; isk (nieuwkomers) → vmbo, havo, vwo, mbo or work.
 * Every route is a fine route; none is "upward".
 */
export function routesFor(study: Study | undefined): Route[] {
  switch (study?.schoolType) {
    case 'vmbo':
      return study.track === 'gl' || study.track === 't' ? ['mbo', 'havo', 'werk'] : ['mbo', 'werk'];
    case 'havo':
      return ['hbo', 'mbo', 'vwo', 'werk'];
    case 'vwo':
      return ['wo', 'hbo', 'mbo', 'werk'];
    case 'mbo':
      return study.level === 4 ? ['hbo', 'mbo', 'werk'] : ['mbo', 'werk'];
    case 'hbo':
      return ['wo', 'hbo', 'werk'];
    case 'pro':
    case 'vso':
      return ['mbo', 'werk'];
    case 'isk':
      // From the schakelklas on to vmbo, havo, vwo, the mbo (entree or higher) or work.
      return ['mbo', 'havo', 'vwo', 'werk'];
    default:
      return [];
  }
}

export function studentContext(study: Study | undefined): StudentContext {
  if (!study) return {};
  const phase = phaseOf(study);
  return {
    schoolType: study.schoolType,
    ...(study.year ? { year: study.year } : {}),
    ...(study.track ? { track: study.track } : {}),
    ...(study.gymnasium ? { gymnasium: true } : {}),
    ...(study.level ? { level: study.level } : {}),
    ...(study.entree ? { entree: true } : {}),
    ...(study.path ? { path: study.path } : {}),
    ...(phase ? { phase } : {}),
    examYear: isExamYear(study) || phase === 'examenjaar' || phase === 'laatstejaars',
    routes: routesFor(study),
  };
}

/**
 * The student as the card, the cue and the panel go by: the page's study (else the mentor's), and
 * where the mentor said the student stands in the work placement.
 */
export function studentWithFacts(
  fromPage: Study | undefined,
  facts: { study?: Study; placement?: PlacementFact } | undefined,
): StudentContext {
  const student = studentContext(studyWithFacts(fromPage, facts?.study));
  return facts?.placement ? { ...student, placement: facts.placement } : student;
}
