import { type CalendarMoment, inWindows, momentWindows, type SchoolCalendar } from './calendar';
import type { Study } from './study';

/**
 * Where a student stands in the work placement (mbo: bpv, stage; bbl: the leerbedrijf), so that a
 * "your placement starts soon" and a "your placement is over" question are never offered as if both
 * were always true. Pure.
 */
export const PLACEMENT_PHASES = ['voor', 'tijdens', 'na'] as const;
export type PlacementPhase = (typeof PLACEMENT_PHASES)[number];

/** What the mentor set for this student (lib/db/facts.ts), with the day it was set. */
export interface PlacementFact {
  phase: PlacementPhase;
  /** `YYYY-MM-DD`. */
  setOn: string;
}

/** A mentor's placement fact holds for this many days; after that the mentor is asked again. */
export const PLACEMENT_FACT_DAYS = 70;

const PHASE_OF: Partial<Record<CalendarMoment, PlacementPhase>> = { bpvVoor: 'voor', bpvTijdens: 'tijdens', bpvNa: 'na' };

/** The placement phase a calendar moment belongs to (undefined: not a placement moment). */
export function placementPhaseOfMoment(moment: CalendarMoment | undefined): PlacementPhase | undefined {
  return moment ? PHASE_OF[moment] : undefined;
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Math.round(Date.parse(`${day}T12:00:00Z`) / DAY_MS);

/** Whether the mentor's fact still holds on `day` (set on or before it, at most PLACEMENT_FACT_DAYS ago). */
function factHolds(fact: PlacementFact | undefined, day: string): fact is PlacementFact {
  if (!fact) return false;
  const age = dayNumber(day) - dayNumber(fact.setOn);
  return age >= 0 && age <= PLACEMENT_FACT_DAYS;
}

/** Days from `day` to the nearest edge of the windows (0 inside one). */
function distance(windows: readonly { from: string; to: string }[], day: string): number {
  const d = dayNumber(day);
  return Math.min(
    ...windows.map((w) => (d < dayNumber(w.from) ? dayNumber(w.from) - d : d > dayNumber(w.to) ? d - dayNumber(w.to) : 0)),
  );
}

/** The phase the school's bpv periods for this class give on `day`: during, else the nearer of just after and just before. */
function phaseFromCalendar(
  calendar: SchoolCalendar | undefined,
  klas: string | undefined,
  day: string,
): PlacementPhase | undefined {
  if (inWindows(momentWindows(calendar, 'bpvTijdens', klas), day)) return 'tijdens';
  const periods = momentWindows(calendar, 'bpvTijdens', klas);
  const after = inWindows(momentWindows(calendar, 'bpvNa', klas), day);
  const before = inWindows(momentWindows(calendar, 'bpvVoor', klas), day);
  if (after && before && periods) {
    // Between two periods: the one that ended is nearer than the one to come, or not.
    const ended = periods.filter((p) => p.to < day);
    const coming = periods.filter((p) => p.from > day);
    return distance(ended, day) <= distance(coming, day) ? 'na' : 'voor';
  }
  return after ? 'na' : before ? 'voor' : undefined;
}

export interface PlacementInput {
  path?: Study['path'];
  calendar?: SchoolCalendar;
  klas?: string;
  /** What the mentor set for this student, if anything. */
  fact?: PlacementFact;
  /** `YYYY-MM-DD`. */
  day: string;
}

/**
 * Where the student stands on `day`: a bbl student works at a leerbedrijf all year ('tijdens'); else
 * what the mentor set for this student (recent), else the school's bpv periods for the class; else
 * unknown, and then only questions that fit every moment are offered.
 */
export function placementPhase(input: PlacementInput): PlacementPhase | undefined {
  if (input.path === 'bbl') return 'tijdens';
  if (factHolds(input.fact, input.day)) return input.fact.phase;
  return phaseFromCalendar(input.calendar, input.klas, input.day);
}

/** What the panel shows of the work placement (absent: no placement to tell, e.g. not mbo, or bbl). */
export interface PlacementView {
  fromCalendar?: PlacementPhase;
  set?: PlacementFact;
}

/**
 * The work placement as the panel shows it, for an mbo student who is not in the bbl: what the
 * school's bpv periods say on `day` and what the mentor set (while it holds). Pure.
 */
export function placementView(
  student: { schoolType?: string; path?: Study['path']; placement?: PlacementFact },
  calendar: SchoolCalendar | undefined,
  klas: string | undefined,
  day: string,
): PlacementView | undefined {
  if (student.schoolType !== 'mbo' || student.path === 'bbl') return undefined;
  const fromCalendar = phaseFromCalendar(calendar, klas, day);
  return {
    ...(fromCalendar ? { fromCalendar } : {}),
    ...(factHolds(student.placement, day) ? { set: student.placement } : {}),
  };
}
