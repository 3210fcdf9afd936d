import { inWindows, momentWindows, type SchoolCalendar } from '../core/calendar';
import { dayKey } from '../core/season';
import { competenceBits, contextBonuses } from './choice';
import { type EnginePolicy, fitsMoment, fitsStudent, type RuleContext, wantedAudience } from './rules';
import type { Place, Prompt, Role } from './schema';

/**
 * The library indexed once per (library, disabled prompts, school calendar): prompts grouped by
 * place and role, then by subject, so a context only looks at its candidates; and the eligible
 * prompts of each context remembered for the day, so a class (many students, one context) pays the
 * hard rules once. The library and the policy's lists are read as immutable: a changed list is a new
 * array, and gets a new index.
 */

/** An eligible prompt with what the ranking needs of it that no student changes. */
export interface EligibleEntry {
  prompt: Prompt;
  /** The bonuses of the context and the day (`contextBonuses`). */
  bonuses: number;
  /** Its competences as bits (`competenceBits`). */
  competences: number;
}

export interface Eligible {
  /** In library order. */
  prompts: readonly Prompt[];
  entries: readonly EligibleEntry[];
  /** Prompt id → its places in `entries` (one, unless a library holds an id twice). */
  positions: ReadonlyMap<string, readonly number[]>;
}

export interface PromptIndex {
  eligible(context: RuleContext, date: Date): Eligible;
}

/** Distinct contexts remembered per day; past it the memory starts again (a bound, not a cache policy). */
const CONTEXTS_PER_DAY = 4096;
/** Place × role × subject candidate lists remembered per index. */
const CANDIDATE_LISTS = 1024;

interface Candidate {
  prompt: Prompt;
  competences: number;
}

/**
 * Values remembered under a path of keys (maps within maps: no key string to build per question).
 * Forgets everything when it holds more than `cap` values (a bound, not a cache policy).
 */
class PathMemo<V> {
  private root = new Map<unknown, unknown>();
  private size = 0;

  constructor(private readonly cap: number) {}

  get(path: readonly unknown[], compute: () => V): V {
    let node = this.root;
    const last = path.length - 1;
    for (let i = 0; i < last; i++) {
      let child = node.get(path[i]) as Map<unknown, unknown> | undefined;
      if (!child) {
        child = new Map();
        node.set(path[i], child);
      }
      node = child;
    }
    if (node.has(path[last])) return node.get(path[last]) as V;
    if (this.size >= this.cap) {
      this.clear();
      return this.get(path, compute);
    }
    const value = compute();
    node.set(path[last], value);
    this.size++;
    return value;
  }

  clear(): void {
    this.root = new Map();
    this.size = 0;
  }
}

/**
 * Everything the hard rules (rules.ts) read of a context, as a path of values: two contexts with the
 * same path have the same eligible prompts on a day. The student's key is not in it.
 */
function rulePath(c: RuleContext): unknown[] {
  return [
    c.place,
    c.role,
    wantedAudience(c),
    Boolean(c.standalone),
    c.step,
    c.trigger ?? 'usual',
    c.families?.join(','),
    c.schoolType,
    c.year,
    Boolean(c.examYear),
    c.phase,
    c.routes?.join(',') ?? '',
    c.subject || undefined,
    c.klas,
    c.path,
    c.placement?.phase,
    c.placement?.setOn,
  ];
}

function buildPromptIndex(library: readonly Prompt[], policy: EnginePolicy): PromptIndex {
  const { calendar } = policy;
  const disabled = new Set(policy.disabledPrompts ?? []);
  const enabled: Candidate[] = library
    .filter((p) => !disabled.has(p.id))
    .map((p) => ({ prompt: p, competences: competenceBits(p.competences) }));
  const placeRole = new Map<string, Candidate[]>();
  const inPlaceRole = (place: Place, role: Role): Candidate[] => {
    const key = `${place}|${role}`;
    let list = placeRole.get(key);
    if (!list) {
      list = enabled.filter(({ prompt: p }) => p.places.includes(place) && p.roles.includes(role));
      placeRole.set(key, list);
    }
    return list;
  };
  // A prompt for some subjects is a candidate only where the context names one of them.
  const candidates = new PathMemo<Candidate[]>(CANDIDATE_LISTS);
  const candidatesFor = (c: RuleContext) =>
    candidates.get([c.place, c.role, c.subject || undefined], () =>
      inPlaceRole(c.place, c.role).filter(({ prompt: p }) => !p.subjects || (c.subject && p.subjects.includes(c.subject))),
    );

  const eligibleToday = new PathMemo<Eligible>(CONTEXTS_PER_DAY);
  let today = '';
  const compute = (c: RuleContext, date: Date, day: string): Eligible => {
    const testWeek = inWindows(calendar?.toetsweken, day);
    const entries: EligibleEntry[] = [];
    const positions = new Map<string, number[]>();
    for (const { prompt, competences } of candidatesFor(c)) {
      if (!(fitsStudent(prompt, c) && fitsMoment(prompt, c, date, calendar))) continue;
      // A window in the school year: its season, or the school's dates of its moment for this class.
      const timed = prompt.season !== undefined || Boolean(prompt.moment && momentWindows(calendar, prompt.moment, c.klas));
      positions.set(prompt.id, [...(positions.get(prompt.id) ?? []), entries.length]);
      entries.push({ prompt, bonuses: contextBonuses(prompt, timed, c, testWeek), competences });
    }
    return { prompts: entries.map((e) => e.prompt), entries, positions };
  };
  return {
    eligible(context, date) {
      const day = dayKey(date);
      if (day !== today) {
        eligibleToday.clear();
        today = day;
      }
      return eligibleToday.get(rulePath(context), () => compute(context, date, day));
    },
  };
}

const NO_LIST: readonly string[] = [];
const NO_CALENDAR: SchoolCalendar = {};
const indices = new WeakMap<readonly Prompt[], WeakMap<readonly string[], WeakMap<SchoolCalendar, PromptIndex>>>();

/** The index of this library under this policy's disabled prompts and calendar: built once, then shared. */
export function promptIndex(library: readonly Prompt[], policy: EnginePolicy = {}): PromptIndex {
  const byDisabled = getOrAdd(indices, library, () => new WeakMap());
  const byCalendar = getOrAdd(byDisabled, policy.disabledPrompts ?? NO_LIST, () => new WeakMap());
  return getOrAdd(byCalendar, policy.calendar ?? NO_CALENDAR, () => buildPromptIndex(library, policy));
}

function getOrAdd<K extends object, V>(map: WeakMap<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}
