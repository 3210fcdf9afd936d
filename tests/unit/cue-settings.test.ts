import { describe, expect, it } from 'vitest';
import {
  classKey,
  freshSettings,
  isSnoozed,
  resume,
  settingsForDay,
  snooze,
} from '../../lib/features/grading-cue/content/settings';

describe('snooze and quiet mode for grading cues', () => {
  const today = '2026-11-23';
  const key = classKey('demo.magister.net', '4v.sk1');

  it('last for the day they were set', () => {
    const set = { ...snooze(freshSettings(today), key), quiet: true };
    expect(isSnoozed(settingsForDay(set, today), key)).toBe(true);
    expect(settingsForDay(set, today).quiet).toBe(true);
    const tomorrow = settingsForDay(set, '2026-11-24');
    expect(isSnoozed(tomorrow, key)).toBe(false);
    expect(tomorrow.quiet).toBe(false);
  });

  it('snooze one class only, and "Weer tonen" undoes both', () => {
    const set = snooze(freshSettings(today), key);
    expect(isSnoozed(set, classKey('demo.magister.net', 'groot'))).toBe(false);
    const back = resume({ ...set, quiet: true }, key);
    expect(isSnoozed(back, key)).toBe(false);
    expect(back.quiet).toBe(false);
  });

  it('treats damaged stored settings as a fresh day', () => {
    expect(settingsForDay('rommel', today)).toEqual(freshSettings(today));
    expect(settingsForDay({ day: today, quiet: 'ja', snoozed: [] }, today)).toEqual(freshSettings(today));
  });
});
