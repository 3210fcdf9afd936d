/**
 * Every key the extension keeps in `browser.storage` (extension storage, never the school page's)
 * and in the trusted store (the settings database, lib/config/trusted-store.ts), in one place. The
 * database (IndexedDB, lib/db) holds the teacher's notes; these hold configuration and small state.
 * Each key has exactly one definition (`defineStoredItem`, stored-items.ts), next to the parser of
 * its value; nothing else reads or writes it (tests/unit/stored-items.test.ts).
 *
 * storage.local can be written by any content script of ours, so it holds only what the background
 * publishes (and re-publishes when anything else writes it: lib/config/published-copies.ts) and
 * what it only reports; what the background acts on is in the trusted store. Keys marked "trusted"
 * were in storage.local before and are moved once at start-up (lib/config/settings-migration.ts).
 */
export const STORAGE_KEYS = {
  /** storage.local: the merged configuration the background publishes for every page (lib/config). */
  appConfig: 'appConfig',
  /** storage.local: the content script's part of it, ready to use (lib/config/content-config). */
  contentConfig: 'contentConfig',
  /** trusted: the teacher's own settings from the options page. */
  userSettings: 'userSettings',
  /** trusted: the last good managed policy, so start-up never waits on it. */
  policyCache: 'policyCache',
  /** storage.local: redacted diagnostics (host misses, policy problems). */
  diagnostics: 'diagnostics',
  /** storage.local: today's snooze and quiet mode of the grading cues, as the background publishes them. */
  gradingCueSettings: 'gradingCueSettings',
  /** trusted: today's snooze and quiet mode of the grading cues (published as gradingCueSettings). */
  gradingCueChoice: 'gradingCueChoice',
  /**
   * trusted: the teacher's own host-profile patches ("Leer deze pagina herkennen"), a list in
   * the policy `hostProfiles` shape; below the school's policy in precedence (lib/config/teacher-patches).
   */
  teacherHostProfiles: 'teacherHostProfiles',
  /** trusted: the kinds of page the teacher said "Nee" to when recognition by meaning proposed them. */
  meaningDismissed: 'meaningDismissed',
  /** trusted: the keys above were moved out of storage.local (once; lib/config/settings-migration.ts). */
  settingsMoved: 'settingsMoved',
} as const;

/** storage.session: what a tab's content script last recognised (survives a worker restart). */
export function tabContextKey(tabId: number): string {
  return `tab:${tabId}`;
}

/** storage.session: presses of ours that did not count, offered in the side panel (lib/background/suggestions.ts). */
export const SUGGESTIONS_KEY = 'momentSuggestions';

/** storage.session: the privacy blur, on or off for this browser session (lib/background/blur.ts). */
export const BLUR_KEY = 'privacyBlur';
