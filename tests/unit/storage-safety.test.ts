import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_BYTES } from '../../lib/core/domain';
import { importSizeLevel, megabytes } from '../../lib/core/import-size';
import { requestPersistentStorage } from '../../lib/ui/persistent-storage';

/** The browser is asked to keep the data; exports warn near the size the import reads. */

describe('persistent storage', () => {
  const storage = (persisted: boolean, grant: boolean | Error) => {
    const calls: string[] = [];
    return {
      calls,
      api: {
        persisted: async () => {
          calls.push('persisted');
          return persisted;
        },
        persist: async () => {
          calls.push('persist');
          if (grant instanceof Error) throw grant;
          return grant;
        },
      },
    };
  };

  it('asks once when the storage is not yet persistent, and reports the answer', async () => {
    const granted = storage(false, true);
    expect(await requestPersistentStorage(granted.api)).toBe(true);
    expect(granted.calls).toEqual(['persisted', 'persist']);
    expect(await requestPersistentStorage(storage(false, false).api)).toBe(false);
  });

  it('does not ask again when the storage is already persistent', async () => {
    const kept = storage(true, false);
    expect(await requestPersistentStorage(kept.api)).toBe(true);
    expect(kept.calls).toEqual(['persisted']);
  });

  it('a browser without the API, or one that throws, gives "unknown" and never an error', async () => {
    expect(await requestPersistentStorage(undefined)).toBeUndefined();
    expect(await requestPersistentStorage(storage(false, new Error('SecurityError')).api)).toBeUndefined();
  });
});

describe('export size near the import limit', () => {
  it('is fine well under 50 MB, near from 80 %, over above the limit', () => {
    expect(megabytes(IMPORT_MAX_BYTES)).toBe('50');
    expect(importSizeLevel(10 * 1024 * 1024)).toBe('ok');
    expect(importSizeLevel(0.8 * IMPORT_MAX_BYTES)).toBe('near');
    expect(importSizeLevel(IMPORT_MAX_BYTES)).toBe('near');
    expect(importSizeLevel(IMPORT_MAX_BYTES + 1)).toBe('over');
    expect(megabytes(47.34 * 1024 * 1024)).toBe('47,3');
  });
});
