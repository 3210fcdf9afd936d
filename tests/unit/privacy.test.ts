import { describe, expect, it } from 'vitest';
import { createBlurState } from '../../lib/background/blur';
import { memoryArea } from '../../lib/core/stored-items';
import { blurAnnouncement, createPrivacy } from '../../lib/features/shared/privacy';

describe('privacy blur', () => {
  it('in the page: tells each feature once per change, until its signal aborts', () => {
    const privacy = createPrivacy();
    const seen: boolean[] = [];
    const feature = new AbortController();
    privacy.subscribe((on) => seen.push(on), feature.signal);
    privacy.subscribe(() => {
      throw new Error('one broken feature');
    }, feature.signal);
    privacy.set(true);
    privacy.set(true);
    expect(privacy.blurred()).toBe(true);
    feature.abort();
    privacy.set(false);
    expect(seen).toEqual([true]);
  });

  it('in the page: only the background announcement shape counts', () => {
    expect(blurAnnouncement({ type: 'blur/state', on: true })).toBe(true);
    expect(blurAnnouncement({ type: 'blur/state', on: false })).toBe(false);
    expect(blurAnnouncement({ type: 'blur/state', on: 'yes' })).toBeUndefined();
    expect(blurAnnouncement({ type: 'data/changed' })).toBeUndefined();
    expect(blurAnnouncement(null)).toBeUndefined();
  });

  it('in the background: kept in the session area, so a restarted worker or reopened panel finds it', async () => {
    const area = memoryArea();
    const told: boolean[] = [];
    expect(await createBlurState(area, (on) => told.push(on)).toggle()).toBe(true);
    const afterRestart = createBlurState(area, (on) => told.push(on));
    expect(await afterRestart.get()).toBe(true);
    expect(await afterRestart.toggle()).toBe(false);
    expect(told).toEqual([true, false]);
  });

  it('in the background: an unreadable area counts as off, and a failed write is not announced', async () => {
    const told: boolean[] = [];
    const broken = {
      get: async () => Promise.reject(new Error('gone')),
      set: async () => Promise.reject(new Error('full')),
      remove: async () => undefined,
    };
    const blur = createBlurState(broken, (on) => told.push(on));
    expect(await blur.get()).toBe(false);
    await expect(blur.toggle()).rejects.toThrow('full');
    expect(told).toEqual([]);
    // The queue goes on after a failure.
    expect(await blur.get()).toBe(false);
  });
});
