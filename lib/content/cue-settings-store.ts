import { browser } from 'wxt/browser';
import { type CueSettings, settingsForDay } from '../features/grading/settings';
import { dayKey } from '../prompts/season';

const KEY = 'gradingCueSettings';

/** Snooze and quiet mode live in extension storage (not the page's), and only for today. */
export async function loadCueSettings(): Promise<CueSettings> {
  const today = dayKey(new Date());
  try {
    const stored = await browser.storage.local.get(KEY);
    return settingsForDay(stored[KEY], today);
  } catch {
    return settingsForDay(undefined, today);
  }
}

export async function saveCueSettings(settings: CueSettings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settings });
}
