import { SUGGESTIONS_KEY } from '../core/storage-keys';
import { defineStoredItem, isRecord, itemIn, type KeyValueArea } from '../core/stored-items';
import { type StudentRef, studentKey } from '../core/student';

/**
 * Presses of our in-page controls that did not count because the teacher may not have seen the
 * control (lib/features/shared/seen.ts: hidden, transformed or covered by the page): nothing was
 * written; the side panel following that tab offers each as a suggestion ("Bevestig: …?"), one per student and moment.
 * Kept in storage.session, so a stopped and restarted worker still offers them; closing the browser
 * forgets them, which loses nothing the teacher confirmed.
 */
interface Suggestion {
  id: string;
  tabId: number;
  student: StudentRef;
  momentType: string;
  name?: string;
}

export interface Suggestions {
  add(suggestion: Suggestion): Promise<void>;
  /** Those for this tab (oldest first). */
  list(tabId: number): Promise<Suggestion[]>;
  /** Removes one and returns it (the teacher answered). */
  take(id: string): Promise<Suggestion | undefined>;
  /** The tab closed or went to another page. */
  clearTab(tabId: number): Promise<void>;
}

/** At most this many per tab: the oldest go first. */
const PER_TAB = 10;

const isSuggestion = (raw: unknown): raw is Suggestion =>
  isRecord(raw) &&
  typeof raw.id === 'string' &&
  typeof raw.tabId === 'number' &&
  typeof raw.momentType === 'string' &&
  isRecord(raw.student) &&
  typeof raw.student.host === 'string' &&
  typeof raw.student.id === 'string';

/** All open suggestions, in the session area (a worker restart keeps them; closing the browser does not). */
const suggestionsItem = defineStoredItem<Suggestion[]>({
  area: 'session',
  key: SUGGESTIONS_KEY,
  fallback: [],
  parse: (raw) => (Array.isArray(raw) ? raw.filter(isSuggestion) : []),
  serialize: (list) => (list.length > 0 ? list : undefined),
});

/** Suggestions in memory, mirrored to a key-value area (storage.session in the extension) for worker restarts. */
export function createSuggestions(area: KeyValueArea): Suggestions {
  const kept = itemIn(area, suggestionsItem);
  let memory: Suggestion[] | undefined;
  const load = async () => {
    memory ??= await kept.read();
    return memory;
  };
  const save = async (next: Suggestion[]) => {
    memory = next;
    await kept.set(next);
  };
  const same = (a: Suggestion, b: Suggestion) =>
    a.tabId === b.tabId && studentKey(a.student) === studentKey(b.student) && a.momentType === b.momentType;
  return {
    async add(suggestion) {
      let all = [...(await load()).filter((s) => !same(s, suggestion)), suggestion];
      const ofTab = all.filter((s) => s.tabId === suggestion.tabId);
      if (ofTab.length > PER_TAB) {
        const drop = new Set(ofTab.slice(0, ofTab.length - PER_TAB));
        all = all.filter((s) => !drop.has(s));
      }
      await save(all);
    },
    list: async (tabId) => (await load()).filter((s) => s.tabId === tabId),
    async take(id) {
      const all = await load();
      const found = all.find((s) => s.id === id);
      if (found) await save(all.filter((s) => s.id !== id));
      return found;
    },
    async clearTab(tabId) {
      const all = await load();
      if (all.some((s) => s.tabId === tabId)) await save(all.filter((s) => s.tabId !== tabId));
    },
  };
}
