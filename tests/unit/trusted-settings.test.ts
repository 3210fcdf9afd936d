import { describe, expect, it } from 'vitest';
import { userSettingsItem } from '../../lib/config/config-items';
import { policyCacheItem } from '../../lib/config/policy-cache-item';
import { publishedCopies, storedText } from '../../lib/config/published-copies';
import { moveSettingsToTrusted } from '../../lib/config/settings-migration';
import { teacherPatchesItem } from '../../lib/config/teacher-patches';
import { trusted } from '../../lib/config/trusted-store';
import { ownRetentionRefused } from '../../lib/core/retention';
import { type KeyValueArea, memoryArea } from '../../lib/core/stored-items';
import { retentionMayRun } from '../../lib/db/retention';
import { cueSettingsCopyItem, cueSettingsItem } from '../../lib/features/grading-cue/feature';

/**
 * Settings only from trusted contexts (issue 31): what the background acts on moves once out of
 * storage.local (which every content script of ours can write) into the trusted store; the copies
 * it publishes in storage.local are written again when anyone else changes them; a teacher's own
 * unusable retention period stops retention instead of falling back.
 */

const MOVES = [
  { from: userSettingsItem, to: userSettingsItem },
  { from: teacherPatchesItem, to: teacherPatchesItem },
  { from: policyCacheItem, to: policyCacheItem },
  { from: cueSettingsCopyItem, to: cueSettingsItem },
];

async function valueIn(area: KeyValueArea, key: string): Promise<unknown> {
  return (await area.get(key))[key];
}

const PATCH = { id: 'magister', pages: { studentRecord: { root: 'main' } } };
const CUE = { day: '2026-11-23', quiet: true, snoozed: ['demo.magister.net|4v.sk1'] };

describe('moving the settings out of storage.local', () => {
  it('moves every value once, as stored, and leaves storage.local without them', async () => {
    const local = memoryArea();
    const store = memoryArea();
    await local.set({ userSettings: { retentionDays: 400, quietMode: true }, teacherHostProfiles: [PATCH], other: 1 });
    await local.set({ [cueSettingsCopyItem.key]: CUE });

    expect(await moveSettingsToTrusted({ local, trusted: store }, MOVES)).toEqual([
      'userSettings',
      'teacherHostProfiles',
      cueSettingsCopyItem.key,
    ]);
    expect(await trusted(userSettingsItem, store).get()).toEqual({ retentionDays: 400, quietMode: true });
    expect((await trusted(teacherPatchesItem, store).get()).patches).toEqual([PATCH]);
    expect(await trusted(cueSettingsItem, store).get()).toEqual(CUE);
    expect(await valueIn(local, 'userSettings')).toBeUndefined();
    expect(await valueIn(local, 'teacherHostProfiles')).toBeUndefined();
    expect(await valueIn(local, 'other')).toBe(1);

    // Once: what a content script writes to storage.local later is never taken.
    await local.set({ userSettings: { retentionDays: 30 } });
    expect(await moveSettingsToTrusted({ local, trusted: store }, MOVES)).toEqual([]);
    expect(await trusted(userSettingsItem, store).get()).toEqual({ retentionDays: 400, quietMode: true });
  });

  it('a value the trusted store already has wins (a move broken off after its copy is finished)', async () => {
    const local = memoryArea();
    const store = memoryArea();
    await local.set({ userSettings: { retentionDays: 30 } });
    await store.set({ userSettings: { retentionDays: 400 } });
    await moveSettingsToTrusted({ local, trusted: store }, MOVES);
    expect(await trusted(userSettingsItem, store).get()).toEqual({ retentionDays: 400 });
    expect(await valueIn(local, 'userSettings')).toBeUndefined();
  });

  it('a failed read of storage.local moves nothing and is tried again at the next start', async () => {
    const local = memoryArea();
    await local.set({ userSettings: { retentionDays: 400 } });
    const store = memoryArea();
    const broken: KeyValueArea = { ...local, get: () => Promise.reject(new Error('IO error')) };
    await expect(moveSettingsToTrusted({ local: broken, trusted: store }, MOVES)).rejects.toThrow('IO error');
    expect(await moveSettingsToTrusted({ local, trusted: store }, MOVES)).toEqual(['userSettings']);
    expect(await trusted(userSettingsItem, store).get()).toEqual({ retentionDays: 400 });
  });

  it('on a first start (nothing stored) it only marks the move done', async () => {
    const local = memoryArea();
    const store = memoryArea();
    expect(await moveSettingsToTrusted({ local, trusted: store }, MOVES)).toEqual([]);
    await local.set({ userSettings: { retentionDays: 30 } });
    expect(await moveSettingsToTrusted({ local, trusted: store }, MOVES)).toEqual([]);
    expect(await trusted(userSettingsItem, store).get()).toEqual({});
  });
});

describe('the copies the background publishes', () => {
  const KEYS = ['appConfig', 'contentConfig'];

  it('a change to what the background wrote is its own; any other value or a removal is foreign', () => {
    const copies = publishedCopies(KEYS);
    copies.wrote('appConfig', { settings: { retentionDays: 400, quietMode: false } });
    copies.wrote('contentConfig', { version: 1 });
    // The background's own write comes back (keys in another order, as storage may give them).
    expect(copies.foreign({ appConfig: { newValue: { settings: { quietMode: false, retentionDays: 400 } } } })).toEqual([]);
    expect(copies.foreign({ appConfig: { newValue: { settings: { retentionDays: 30, quietMode: false } } } })).toEqual([
      'appConfig',
    ]);
    expect(copies.foreign({ contentConfig: {} })).toEqual(['contentConfig']);
    // Keys that are no copy are not watched.
    expect(copies.foreign({ diagnostics: { newValue: 1 }, userSettings: { newValue: { retentionDays: 30 } } })).toEqual([]);
  });

  it('a copy not written yet (a worker that just started) takes any change as foreign; a written removal is its own', () => {
    const copies = publishedCopies(['gradingCueSettings', 'appConfig']);
    expect(copies.foreign({ appConfig: { newValue: {} } })).toEqual(['appConfig']);
    copies.wrote('gradingCueSettings', undefined);
    expect(copies.foreign({ gradingCueSettings: {} })).toEqual([]);
    expect(copies.foreign({ gradingCueSettings: { newValue: CUE } })).toEqual(['gradingCueSettings']);
  });

  it('compares values as storage keeps them (JSON): an undefined property is no property', () => {
    expect(storedText({ a: 1, b: undefined })).toBe(storedText({ a: 1 }));
    expect(storedText({ b: [1, { d: 2, c: 3 }], a: 1 })).toBe(storedText({ a: 1, b: [1, { c: 3, d: 2 }] }));
    expect(storedText(undefined)).not.toBe(storedText(null));
  });
});

describe('the teacher’s own retention period', () => {
  const base = { policyRead: true, policyProblems: [], days: 730, now: new Date('2026-11-23T10:00:00Z') };

  it('present but unusable stops retention (said in the diagnostics), never a fallback to two years', () => {
    for (const days of ['3650', 4000, 29, 400.5, null]) {
      expect(ownRetentionRefused({ retentionDays: days }, false)).toBe(true);
      expect(retentionMayRun({ ...base, ownValueInvalid: ownRetentionRefused({ retentionDays: days }, false) })).toEqual({
        ok: false,
        reason: 'ownValueInvalid',
      });
    }
  });

  it('absent, valid, or decided by the school’s policy: retention runs', () => {
    expect(ownRetentionRefused({}, false)).toBe(false);
    expect(ownRetentionRefused(undefined, false)).toBe(false);
    expect(ownRetentionRefused({ retentionDays: 400 }, false)).toBe(false);
    expect(ownRetentionRefused({ retentionDays: 'veel' }, true)).toBe(false);
    expect(retentionMayRun({ ...base, ownValueInvalid: false })).toEqual({ ok: true, days: 730 });
  });
});
