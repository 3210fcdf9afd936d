import type { CueSettings } from '../feature';

export type { CueSettings } from '../feature';

export function freshSettings(day: string): CueSettings {
  return { day, quiet: false, snoozed: [] };
}

/** Settings as they hold today: yesterday's snooze and quiet mode have expired. */
export function settingsForDay(stored: unknown, day: string): CueSettings {
  const s = stored as Partial<CueSettings> | undefined;
  if (!s || s.day !== day || typeof s.quiet !== 'boolean' || !Array.isArray(s.snoozed)) return freshSettings(day);
  return { day, quiet: s.quiet, snoozed: s.snoozed.filter((x): x is string => typeof x === 'string').slice(0, 500) };
}

export function classKey(host: string, group: string | undefined): string {
  return `${host}|${group ?? ''}`;
}

export function snooze(settings: CueSettings, key: string): CueSettings {
  return settings.snoozed.includes(key) ? settings : { ...settings, snoozed: [...settings.snoozed, key] };
}

export function isSnoozed(settings: CueSettings, key: string): boolean {
  return settings.snoozed.includes(key);
}

/** Undo both switches for this class. */
export function resume(settings: CueSettings, key: string): CueSettings {
  return { ...settings, quiet: false, snoozed: settings.snoozed.filter((k) => k !== key) };
}
