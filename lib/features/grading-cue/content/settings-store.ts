import { stored } from '../../../config/storage-item';
import { dayKey } from '../../../core/season';
import { STORAGE_KEYS } from '../../../core/storage-keys';
import { defineStoredItem } from '../../../core/stored-items';
import { type CueSettings, settingsForDay } from './settings';

/**
 * Snooze and quiet mode in extension storage (not the page's), read as they held on the day they
 * were set (a damaged value reads as nothing); `loadCueSettings` keeps them for that day only.
 */
const cueSettingsItem = defineStoredItem<CueSettings | undefined>({
  area: 'local',
  key: STORAGE_KEYS.gradingCueSettings,
  fallback: undefined,
  parse: (raw) => {
    const day = (raw as Partial<CueSettings> | null)?.day;
    return typeof day === 'string' ? settingsForDay(raw, day) : undefined;
  },
});
const cueSettings = stored(cueSettingsItem);

/** The stored value, read once and kept current, so showing cues never waits on storage. */
let current: Promise<CueSettings | undefined> | undefined;

function read(): Promise<CueSettings | undefined> {
  current ??= cueSettings.get();
  return current;
}

/** Starts reading early (at content-script start) and follows changes made in other tabs. */
export function preloadCueSettings(): void {
  void read();
  cueSettings.watch((settings) => {
    current = Promise.resolve(settings);
  });
}

/** Snooze and quiet mode last only for today. */
export async function loadCueSettings(): Promise<CueSettings> {
  return settingsForDay(await read(), dayKey(new Date()));
}

export async function saveCueSettings(settings: CueSettings): Promise<void> {
  current = Promise.resolve(settings);
  await cueSettings.set(settings);
}
