import { inWindows, momentWindows, type SchoolCalendar } from '../core/calendar';
import type { Campaign } from '../core/campaigns';
import { type Audience, MAIN_SCHOOL_TYPES } from '../core/domain';
import { type PlacementInput, placementPhase, placementPhaseOfMoment } from '../core/placement';
import { dayKey, inSeason } from '../core/season';
import type { StudentContext } from '../core/student-context';
import { audienceOf, routesOf, speaksOfStage, TEACHER_FACING } from './routes';
import type { Family, Place, Prompt, Role, Step, Trigger } from './schema';

/**
 * The hard rules of the engine: which prompts fit this student and this moment. Never relaxed; the
 * index (prompt-index.ts) only decides which prompts to ask them about, and remembers the answers.
 */

/** What the page and the moment tell the engine. Every field but place and role is optional. */
export interface EngineContext extends StudentContext {
  place: Place;
  role: Role;
  /** Stable key of the student, used for rotation only. */
  studentKey: string;
  /** Whom the questions are for (default: the student; teacher-facing families: the teacher). */
  audience?: Audience;
  /** The prompt is shown on its own (card, cue, first step): no follow-up questions. */
  standalone?: boolean;
  /** The student's class (for the school's BPV periods per class). */
  klas?: string;
  subject?: string;
  trigger?: Trigger;
  step?: Step;
  families?: readonly Family[];
}

/** A context as the hard rules read it: everything but the student's key. */
export type RuleContext = Omit<EngineContext, 'studentKey'>;

export interface EnginePolicy {
  disabledPrompts?: readonly string[];
  /** The school's calendar: its dates replace the national windows of the moments it gives. */
  calendar?: SchoolCalendar;
  campaigns?: readonly Campaign[];
  /** Days in which a prompt used with this student is not offered again (default 42). */
  historyWindowDays?: number;
}

export function fitsStudent(p: Prompt, c: RuleContext): boolean {
  // Unknown school type: only prompts meant for every (main) school type.
  if (c.schoolType ? !p.schoolTypes.includes(c.schoolType) : !MAIN_SCHOOL_TYPES.every((t) => p.schoolTypes.includes(t))) {
    return false;
  }
  if (p.years && (c.year === undefined || !p.years.includes(c.year))) return false;
  if (p.examYearOnly && !c.examYear) return false;
  if (p.phases && (!c.phase || !p.phases.includes(c.phase))) return false;
  // Route truth: every route the prompt speaks of is one this student's diploma gives.
  const routes = routesOf(p);
  if (routes.length > 0) {
    const open = new Set<string>([...(c.routes ?? []), ...(c.schoolType ? [c.schoolType] : [])]);
    if (routes.some((r) => !open.has(r))) return false;
  }
  // A bbl student works at a leerbedrijf: never "stage"; a prompt for one learning path only where the page tells it.
  if (c.path === 'bbl' && speaksOfStage(p)) return false;
  if (p.paths && (!c.path || !p.paths.includes(c.path))) return false;
  return true;
}

/** Whom the context asks questions for: given, or the teacher when only teacher-facing families are asked for. */
export function wantedAudience(c: RuleContext): Audience {
  if (c.audience) return c.audience;
  return c.families?.length && c.families.every((f) => TEACHER_FACING.includes(f)) ? 'teacher' : 'student';
}

/** What of the context tells where the student stands in the placement. */
function pick(c: RuleContext): Omit<PlacementInput, 'calendar' | 'day'> {
  return {
    ...(c.path ? { path: c.path } : {}),
    ...(c.klas ? { klas: c.klas } : {}),
    ...(c.placement ? { fact: c.placement } : {}),
  };
}

/** In its window: the school's dates for its moment where the school gave them, else its national season. */
function inTime(p: Prompt, c: RuleContext, date: Date, calendar: SchoolCalendar | undefined): boolean {
  // Before, during or after the placement: only when it is known where this student stands (never both).
  const placement = placementPhaseOfMoment(p.moment);
  if (placement) return placementPhase({ calendar, day: dayKey(date), ...pick(c) }) === placement;
  const windows = p.moment ? momentWindows(calendar, p.moment, c.klas) : undefined;
  return windows ? inWindows(windows, dayKey(date)) : inSeason(p.season, date);
}

export function fitsMoment(p: Prompt, c: RuleContext, date: Date, calendar?: SchoolCalendar): boolean {
  if (!p.places.includes(c.place) || !p.roles.includes(c.role)) return false;
  if (!inTime(p, c, date, calendar)) return false;
  if (p.subjects && (!c.subject || !p.subjects.includes(c.subject))) return false;
  if (p.triggers && !p.triggers.includes(c.trigger ?? 'usual')) return false;
  if (c.step && p.steps && !p.steps.includes(c.step)) return false;
  if (c.step && !p.steps && p.family === 'gesprek') return false;
  if (c.families && !c.families.includes(p.family)) return false;
  if (audienceOf(p) !== wantedAudience(c)) return false;
  if (c.standalone && p.followUp) return false;
  return true;
}
