import { type Place, type Route, TRIGGERS, type Trigger } from '../core/domain';
import { studentContext } from '../core/student-context';
import type { Study } from '../core/study';
import type { PublicService, ReferralRole, ReferralRule } from '../referrals/schema';
import { suggestReferrals } from '../referrals/suggest';
import { groupOf, POPULATION, SCHOOL_YEAR } from './reach';

/** Route truth of one role or service over the generated population. */
export interface ReferralReach {
  /** The routes it serves ('alle': every route). */
  routes: readonly Route[] | 'alle';
  /** Groups of students (school type and leerweg/niveau) it is suggested to somewhere in the year. */
  groups: string[];
  /** Groups it is suggested to although their diploma opens none of its routes (must be none). */
  offRoute: string[];
}

/** Where referrals are suggested: the panel (alone, beside a record or a grade grid) and each cue. */
const PLACES: readonly (readonly [readonly Place[], Trigger | undefined])[] = [
  [['sidePanel'], undefined],
  [['sidePanel', 'studentRecord'], undefined],
  [['sidePanel', 'gradeEntry'], undefined],
  ...TRIGGERS.map((trigger) => [['gradeEntry'], trigger] as const),
];

const VOCABULARY = { mentorRole: 'mentor', secondLineRole: 'decaan', careRole: 'zorg' };

/** Which roles and services every student of the population is suggested, at every place and month. Pure. */
export function referralReach(
  roles: readonly ReferralRole[],
  services: readonly PublicService[],
  rules: readonly ReferralRule[],
): Record<string, ReferralReach> {
  const served = new Map<string, readonly Route[] | undefined>([...roles, ...services].map((item) => [item.id, item.routes]));
  const groups = new Map<string, Set<string>>([...served.keys()].map((id) => [id, new Set<string>()]));
  const offRoute = new Map<string, Set<string>>([...served.keys()].map((id) => [id, new Set<string>()]));
  for (const study of POPULATION) {
    const student = studentContext(study);
    const group = groupOf(study as Study);
    for (const date of SCHOOL_YEAR) {
      for (const [places, trigger] of PLACES) {
        const shown = suggestReferrals({
          roles,
          services,
          rules,
          directory: [],
          vocabulary: VOCABULARY,
          places,
          language: 'nl',
          month: date.getMonth() + 1,
          ...(trigger ? { trigger } : {}),
          ...(student.schoolType ? { schoolType: student.schoolType } : {}),
          ...(student.phase ? { phase: student.phase } : {}),
          ...(student.routes ? { routes: student.routes } : {}),
        });
        for (const { role } of shown) {
          groups.get(role)?.add(group);
          const routes = served.get(role);
          if (routes && !routes.some((r) => student.routes?.includes(r))) offRoute.get(role)?.add(group);
        }
      }
    }
  }
  return Object.fromEntries(
    [...served].map(([id, routes]) => [
      id,
      { routes: routes ?? 'alle', groups: [...(groups.get(id) ?? [])], offRoute: [...(offRoute.get(id) ?? [])] },
    ]),
  );
}
