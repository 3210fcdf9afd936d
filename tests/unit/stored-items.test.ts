import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { stored } from '../../lib/config/storage-item';
import { loadTeacherPatches, removeTaughtPage, saveTaughtPage } from '../../lib/config/teacher-patches-storage';
import { trusted, trustedArea } from '../../lib/config/trusted-store';
import { STORAGE_KEYS } from '../../lib/core/storage-keys';
import { defineStoredItem, itemIn, type KeyValueArea, memoryArea } from '../../lib/core/stored-items';
import type { HostProfilePatch } from '../../lib/hosts/teach/host-patch';
import { readSources } from '../support/import-graph';
import { checkStorage, DIRECT, STORAGE_EDGE } from '../support/storage-rules';

/**
 * Every item of extension storage has one definition (lib/core/stored-items.ts), and every read and
 * write goes through it: the check over the sources, shown to catch a direct read, and the items'
 * own behaviour (fallback, parse, removal, watching).
 */

const sources = readSources(join(__dirname, '..', '..'));
const withFile = (file: string, source: string) => new Map([...sources, [file, source]]);
const rulesBroken = (file: string, source: string) =>
  checkStorage(withFile(file, source))
    .filter((v) => v.file === file)
    .map((v) => v.rule);

describe('extension storage in the sources', () => {
  it('is touched only by the browser edge, and each key has exactly one definition', () => {
    expect(checkStorage(sources)).toEqual([]);
  });

  it('catches a direct read with a parse at the call site', () => {
    const source = `
      import { browser } from 'wxt/browser';
      import { STORAGE_KEYS } from '../../core/storage-keys';
      export const peek = async () => (await browser.storage.local.get(STORAGE_KEYS.appConfig))[STORAGE_KEYS.appConfig];
    `;
    const rules = rulesBroken('lib/features/grading-cue/peek.ts', source);
    expect(rules).toContain(DIRECT);
    expect(rules).toContain('the key STORAGE_KEYS.appConfig outside its definition: use the item');
    // The edge itself may touch browser.storage (but names no key).
    expect(rulesBroken(STORAGE_EDGE, "import { browser } from 'wxt/browser';\nbrowser.storage.local.get('x');")).toEqual([]);
  });

  it('catches an area taken apart or aliased, a listener reading a key, and wxt’s storage module', () => {
    const source = `
      import { browser } from 'wxt/browser';
      import { storage } from 'wxt/utils/storage';
      const { local } = browser.storage;
      const { storage: all } = browser;
      const session = (browser as { storage: { session: unknown } }).storage.session;
      browser.storage.onChanged.addListener((changes) => changes.contentConfig);
      export { all, local, session, storage };
    `;
    expect(rulesBroken('lib/config/sneaky.ts', source)).toEqual([
      `wxt's storage outside ${STORAGE_EDGE}: define the item with defineStoredItem`,
      DIRECT,
      `browser.storage taken apart outside ${STORAGE_EDGE}`,
      DIRECT,
      DIRECT,
    ]);
  });

  it('catches a key used on an injected area, by its constant or its text', () => {
    const source = `
      import { BLUR_KEY, tabContextKey } from '../core/storage-keys';
      export const peek = (area: { get(k: string): unknown }) => [
        area.get(BLUR_KEY),
        area.get(tabContextKey(1)),
        area.get('userSettings'),
      ];
    `;
    expect(rulesBroken('lib/background/peek.ts', source)).toEqual([
      'the key BLUR_KEY outside its definition: use the item',
      'the key tabContextKey outside its definition: use the item',
      'the text of the key STORAGE_KEYS.userSettings: name it by its constant',
    ]);
  });

  it('catches a second definition of a key, an item with a key of its own, and a key without a definition', () => {
    const second = `
      import { STORAGE_KEYS } from '../core/storage-keys';
      import { defineStoredItem } from '../core/stored-items';
      export const again = defineStoredItem({ area: 'local', key: STORAGE_KEYS.diagnostics, fallback: {}, parse: () => ({}) });
      export const own = defineStoredItem({ area: 'local', key: 'mine', fallback: 0, parse: Number });
    `;
    const rules = checkStorage(withFile('lib/config/again.ts', second)).map((v) => v.rule);
    expect(rules).toContainEqual(
      expect.stringMatching(
        /^the key STORAGE_KEYS\.diagnostics is defined 2 times: lib\/config\/diagnostics-item\.ts:\d+, lib\/config\/again\.ts:4$/,
      ),
    );
    expect(rules).toContain('an item whose key is not one of lib/core/storage-keys.ts');

    const keys = `${sources.get('lib/core/storage-keys.ts')}\nexport const NEW_KEY = 'newKey';\n`;
    expect(checkStorage(withFile('lib/core/storage-keys.ts', keys)).map((v) => v.rule)).toEqual([
      'the key NEW_KEY has no definition',
    ]);
  });
});

describe('a stored item', () => {
  const counter = defineStoredItem<number, number>({
    area: 'local',
    key: 'counter',
    fallback: 0,
    parse: (raw) => (typeof raw === 'number' ? raw : 0),
    serialize: (n) => (n === 0 ? undefined : n),
  });

  it('reads its fallback when nothing is stored, and its parse of anything else', async () => {
    const area = memoryArea();
    const item = itemIn(area, counter);
    expect(await item.get()).toBe(0);
    await area.set({ counter: 'rommel' });
    expect(await item.get()).toBe(0);
    await item.update((n) => n + 2);
    expect(await item.read()).toBe(2);
    // serialize: zero is no value, the key goes.
    await item.set(0);
    expect(await area.get('counter')).toEqual({});
  });

  it('get falls back when the area cannot be read; read and update reject (never mistaken for "nothing stored")', async () => {
    const broken: KeyValueArea = { get: () => Promise.reject(new Error('gone')), set: async () => {}, remove: async () => {} };
    const item = itemIn(broken, counter);
    expect(await item.get()).toBe(0);
    await expect(item.read()).rejects.toThrow('gone');
    await expect(item.update((n) => n + 1)).rejects.toThrow('gone');
  });

  describe('in browser.storage', () => {
    beforeEach(() => fakeBrowser.reset());

    it('follows writes of its own key in its own area', async () => {
      const item = stored(counter);
      const seen: number[] = [];
      const stop = item.watch((n) => seen.push(n));
      await item.set(3);
      await fakeBrowser.storage.local.set({ other: 1 });
      await fakeBrowser.storage.session.set({ counter: 9 });
      await item.remove();
      stop();
      await item.set(4);
      expect(seen).toEqual([3, 0]);
    });

    it('keeps the teacher’s patches as a list in the trusted store (never storage.local), and no key once the last page is removed', async () => {
      const patch: HostProfilePatch = { id: 'magister', pages: { studentRecord: { root: 'main' } } };
      await saveTaughtPage(patch);
      const key = STORAGE_KEYS.teacherHostProfiles;
      expect((await trustedArea().get(key))[key]).toEqual([patch]);
      expect(await fakeBrowser.storage.local.get(key)).toEqual({});
      expect((await loadTeacherPatches()).patches).toEqual([patch]);
      await removeTaughtPage('magister', 'studentRecord');
      expect(await trustedArea().get(key)).toEqual({});
      expect(await loadTeacherPatches()).toEqual({ patches: [], problems: [] });
    });

    it('an item of the trusted store is never read from browser.storage, nor one of browser.storage from the trusted store', () => {
      const local = defineStoredItem({ area: 'local', key: 'x', fallback: 0, parse: Number });
      const own = defineStoredItem({ area: 'trusted', key: 'y', fallback: 0, parse: Number });
      expect(() => stored(own)).toThrow(/trusted store/);
      expect(() => trusted(local)).toThrow(/not an item of the trusted store/);
    });
  });
});
