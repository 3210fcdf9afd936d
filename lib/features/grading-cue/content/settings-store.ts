import { browser } from 'wxt/browser';
import { dayKey } from '../../../core/season';
import { STORAGE_KEYS } from '../../../core/storage-keys';
import { type CueSettings, settingsForDay } from './settings';

const KEY = STORAGE_KEYS.gradingCueSettings;

/** The stored value, read once and kept current, so showing cues never waits on storage. */
let stored: Promise<unknown> | undefined;

function read(): Promise<unknown> {
  stored ??= browser.storage.local.get(KEY).then(
    (items) => items[KEY],
    () => undefined,
  );
  return stored;
}

/** Starts reading early (at content-script start) and follows changes made in other tabs. */
export function preloadCueSettings(): void {
  void read();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && KEY in changes) stored = Promise.resolve(changes[KEY]?.newValue);
  });
}

/** Snooze and quiet mode live in extension storage (not the page's), and only for today. */
export async function loadCueSettings(): Promise<CueSettings> {
  return settingsForDay(await read(), dayKey(new Date()));
}

export async function saveCueSettings(settings: CueSettings): Promise<void> {
  stored = Promise.resolve(settings);
  await browser.storage.local.set({ [KEY]: settings });
}
