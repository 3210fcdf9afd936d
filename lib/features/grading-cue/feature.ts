import { STORAGE_KEYS } from '../../core/storage-keys';
import { defineStoredItem } from '../../core/stored-items';
import { defineFeatureInfo, shortcutKeys } from '../define-info';

/** Grading cues: a small cue beside each row of a grade-entry grid (vakdocent while grading). */
export const gradingCueInfo = defineFeatureInfo({
  id: 'grading-cue',
  switches: [{ key: 'gradingCues', default: true, label: 'settings.gradingCues' }],
  shortcuts: [
    {
      name: 'cue',
      keys: 'Alt+Shift+K',
      label: 'options.shortcutCue',
      binding: { kind: 'in-page' },
      admin: {
        what: 'het LOB-signaal van de rij waar je een cijfer typt',
        how: 'in de pagina zelf (het moet weten welk cijferveld de focus heeft); vast',
      },
    },
  ],
});

/** The cue's own key, for its in-page code. */
export const CUE_KEYS = shortcutKeys(gradingCueInfo, 'cue');

/** The teacher's calm-down switches for grading cues; both last for the day they were set. */
export interface CueSettings {
  /** Local day "YYYY-MM-DD" the settings belong to; another day starts fresh. */
  day: string;
  quiet: boolean;
  /** Classes (host|group) snoozed for this day. */
  snoozed: string[];
}

/** A stored value as the settings of the day it holds; a damaged value reads as nothing. */
function readCueSettings(raw: unknown): CueSettings | undefined {
  const s = raw as Partial<CueSettings> | null | undefined;
  if (!s || typeof s.day !== 'string' || typeof s.quiet !== 'boolean' || !Array.isArray(s.snoozed)) return undefined;
  return { day: s.day, quiet: s.quiet, snoozed: s.snoozed.filter((x): x is string => typeof x === 'string').slice(0, 500) };
}

/**
 * Snooze and quiet mode as the teacher chose them in the page: kept in the trusted store by the
 * background (on the checked message `cue/settings`), never written by the school page's side.
 */
export const cueSettingsItem = defineStoredItem<CueSettings | undefined, CueSettings>({
  area: 'trusted',
  key: STORAGE_KEYS.gradingCueChoice,
  fallback: undefined,
  parse: readCueSettings,
});

/** The copy the cues read (storage.local), published by the background from `cueSettingsItem`. */
export const cueSettingsCopyItem = defineStoredItem<CueSettings | undefined, CueSettings | undefined>({
  area: 'local',
  key: STORAGE_KEYS.gradingCueSettings,
  fallback: undefined,
  parse: readCueSettings,
});
