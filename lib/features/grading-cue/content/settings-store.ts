import { stored } from '../../../config/storage-item';
import { dayKey } from '../../../core/season';
import type { FeatureServices } from '../../define';
import { cueSettingsCopyItem } from '../feature';
import { type CueSettings, settingsForDay } from './settings';

/**
 * Snooze and quiet mode: read from the copy the background publishes in extension storage (not the
 * page's), as they held on the day they were set; `loadCueSettings` keeps them for that day only.
 * A change goes to the background as a checked message (`cue/settings`): it keeps the settings where
 * no content script can write them and publishes the copy again.
 */
const cueSettings = stored(cueSettingsCopyItem);

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

export async function saveCueSettings(send: FeatureServices['send'], settings: CueSettings): Promise<void> {
  current = Promise.resolve(settings);
  await send({ type: 'cue/settings', settings });
}
