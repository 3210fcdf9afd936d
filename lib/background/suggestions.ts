import { type StudentRef, studentKey } from '../core/student';

/**
 * Presses of our in-page controls that did not count because the teacher may not have seen the
 * control (lib/features/shared/seen.ts: hidden, transformed or covered by the page): nothing was
 * written; the side panel following that tab offers each as a suggestion ("Bevestig: …?"), one per student and moment.
 * Kept in the worker's memory only (a few, for a short while): a restart forgets them, which loses
 * nothing the teacher confirmed.
 */
interface Suggestion {
  id: string;
  tabId: number;
  student: StudentRef;
  momentType: string;
  name?: string;
}

export interface Suggestions {
  add(suggestion: Suggestion): void;
  /** Those for this tab (oldest first). */
  list(tabId: number): Suggestion[];
  /** Removes one and returns it (the teacher answered). */
  take(id: string): Suggestion | undefined;
  /** The tab closed or went to another page. */
  clearTab(tabId: number): void;
}

/** At most this many per tab: the oldest go first. */
const PER_TAB = 10;

export function createSuggestions(): Suggestions {
  let all: Suggestion[] = [];
  const same = (a: Suggestion, b: Suggestion) =>
    a.tabId === b.tabId && studentKey(a.student) === studentKey(b.student) && a.momentType === b.momentType;
  return {
    add(suggestion) {
      all = [...all.filter((s) => !same(s, suggestion)), suggestion];
      const ofTab = all.filter((s) => s.tabId === suggestion.tabId);
      if (ofTab.length > PER_TAB) {
        const drop = new Set(ofTab.slice(0, ofTab.length - PER_TAB));
        all = all.filter((s) => !drop.has(s));
      }
    },
    list: (tabId) => all.filter((s) => s.tabId === tabId),
    take(id) {
      const found = all.find((s) => s.id === id);
      all = all.filter((s) => s.id !== id);
      return found;
    },
    clearTab(tabId) {
      all = all.filter((s) => s.tabId !== tabId);
    },
  };
}
