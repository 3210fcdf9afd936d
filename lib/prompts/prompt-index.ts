import { momentWindows, type SchoolCalendar } from '../core/calendar';
import { dayKey } from '../core/season';
import { codePoints } from './hash';
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
  /** The code points of its id, for the daily rotation hash. */
  idCodes: Uint32Array;
  /** It has a window in the school year (its season, or the school's dates of its moment for this class). */
  timed: boolean;
}

export interface Eligible {
  /** In library order. */
  prompts: readonly Prompt[];
  entries: readonly EligibleEntry[];
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
  idCodes: Uint32Array;
}

/** A map that forgets everything when it grows past `cap` entries. */
function boundedMemo<V>(cap: number) {
  let map = new Map<string, V>();
  return {
    get(key: string, compute: () => V): V {
      let value = map.get(key);
      if (value === undefined) {
        if (map.size >= cap) map = new Map();
        value = compute();
        map.set(key, value);
      }
      return value;
    },
    clear() {
      map = new Map();
    },
  };
}

/** Free text as a key part no other value can pass for: its length, then the text. */
function textKey(text: string | undefined): string {
  return text === undefined ? '-' : `${text.length}:${text}`;
}

/** Everything the hard rules read of a context, as one string (the student's key is not in it). */
function contextKey(c: RuleContext): string {
  return `${c.place}|${c.role}|${wantedAudience(c)}|${c.standalone ? 1 : 0}|${c.step ?? ''}|${c.trigger ?? 'usual'}|${
    c.families?.join(',') ?? '*'
  }|${c.schoolType ?? ''}|${c.year}|${c.examYear ? 1 : 0}|${c.phase ?? ''}|${c.routes?.join(',') ?? ''}|${textKey(
    c.subject || undefined,
  )}|${textKey(c.klas)}`;
}

function buildPromptIndex(library: readonly Prompt[], policy: EnginePolicy): PromptIndex {
  const { calendar } = policy;
  const disabled = new Set(policy.disabledPrompts ?? []);
  const enabled: Candidate[] = library.filter((p) => !disabled.has(p.id)).map((p) => ({ prompt: p, idCodes: codePoints(p.id) }));
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
  const candidates = boundedMemo<Candidate[]>(CANDIDATE_LISTS);
  const candidatesFor = (c: RuleContext) =>
    candidates.get(`${c.place}|${c.role}|${textKey(c.subject || undefined)}`, () =>
      inPlaceRole(c.place, c.role).filter(({ prompt: p }) => !p.subjects || (c.subject && p.subjects.includes(c.subject))),
    );

  const eligibleToday = boundedMemo<Eligible>(CONTEXTS_PER_DAY);
  let today = '';
  const compute = (c: RuleContext, date: Date): Eligible => {
    const entries: EligibleEntry[] = [];
    for (const { prompt, idCodes } of candidatesFor(c)) {
      if (!(fitsStudent(prompt, c) && fitsMoment(prompt, c, date, calendar))) continue;
      const timed = prompt.season !== undefined || Boolean(prompt.moment && momentWindows(calendar, prompt.moment, c.klas));
      entries.push({ prompt, idCodes, timed });
    }
    return { prompts: entries.map((e) => e.prompt), entries };
  };
  return {
    eligible(context, date) {
      const day = dayKey(date);
      if (day !== today) {
        eligibleToday.clear();
        today = day;
      }
      return eligibleToday.get(contextKey(context), () => compute(context, date));
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
