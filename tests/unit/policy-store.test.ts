import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PolicyProblem } from '../../lib/policy/schema';
import { createPolicyStore, type PolicyState } from '../../lib/policy/store';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** An in-memory managed area with change events, a cache and a diagnostics sink. */
function fakes(initialManaged: unknown, cached?: unknown) {
  let managed = initialManaged;
  const callbacks = new Set<() => void>();
  const cache = { value: cached, writes: 0 };
  const reports: PolicyProblem[][] = [];
  return {
    deps: {
      readManaged: vi.fn(async () => managed),
      cache: {
        get: () => cache.value,
        set: async (v: unknown) => {
          cache.value = v;
          cache.writes++;
        },
      },
      onManagedChanged: (cb: () => void) => {
        callbacks.add(cb);
        return () => callbacks.delete(cb);
      },
      report: (p: PolicyProblem[]) => reports.push(p),
    },
    change(next: unknown) {
      managed = next;
      for (const cb of callbacks) cb();
    },
    cache,
    reports,
    listenerCount: () => callbacks.size,
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('createPolicyStore', () => {
  it('answers synchronously from the cache before storage.managed has answered', async () => {
    const managed = deferred<unknown>();
    const f = fakes(undefined, { schoolName: 'Uit de cache', vocabulary: { process: 'SLB' } });
    const store = createPolicyStore({ ...f.deps, readManaged: () => managed.promise });
    const first = store.current();
    expect(first.source).toBe('cache');
    expect(first.policy.schoolName).toBe('Uit de cache');
    expect(first.effective.vocabulary.process).toBe('SLB');
    expect(first.effective.vocabulary.mentorRole).toBe('mentor');

    managed.resolve({ schoolName: 'Uit het beleid' });
    const ready = await store.ready;
    expect(ready.source).toBe('managed');
    expect(store.current().policy).toEqual({ schoolName: 'Uit het beleid' });
    expect(f.cache.value).toEqual({ schoolName: 'Uit het beleid' });
  });

  it('starts with no policy (defaults) when there is no cache, then applies the managed policy', async () => {
    const f = fakes({ retentionDays: 365 });
    const store = createPolicyStore(f.deps);
    expect(store.current().source).toBe('none');
    expect(store.current().effective.vocabulary.process).toBe('LOB');
    await store.ready;
    expect(store.current().policy.retentionDays).toBe(365);
  });

  it('handles an async cache without waiting for it, and a slow cache never overrides managed', async () => {
    const cache = deferred<unknown>();
    const f = fakes({ schoolName: 'Beleid' });
    const store = createPolicyStore({ ...f.deps, cache: { get: () => cache.promise, set: f.deps.cache.set } });
    expect(store.current().source).toBe('none');
    await flush();
    expect(store.current().policy.schoolName).toBe('Beleid');
    cache.resolve({ schoolName: 'Oud' });
    await store.cached;
    expect(store.current().policy.schoolName).toBe('Beleid');
  });

  it('notifies subscribers with the new resolved policy after a managed change (live update)', async () => {
    const f = fakes({ vocabulary: { process: 'LOB' } });
    const store = createPolicyStore(f.deps);
    await store.ready;
    const seen: PolicyState[] = [];
    store.subscribe((s) => seen.push(s));

    f.change({ vocabulary: { process: 'SLB', mentorRole: 'coach' }, features: { gradingCues: false } });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]?.effective.vocabulary).toMatchObject({ process: 'SLB', mentorRole: 'coach', secondLineRole: 'decaan' });
    expect(seen[0]?.policy.features).toEqual({ gradingCues: false });
    expect(store.current()).toBe(seen[0]);
    await flush();
    expect(f.cache.value).toEqual({ vocabulary: { process: 'SLB', mentorRole: 'coach' }, features: { gradingCues: false } });

    // Removing the policy is a change too: back to defaults.
    f.change({});
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]?.effective.vocabulary.process).toBe('LOB');
  });

  it('does not notify when a change event brings the same policy', async () => {
    const f = fakes({ schoolName: 'Lindecollege' });
    const store = createPolicyStore(f.deps);
    await store.ready;
    const listener = vi.fn();
    store.subscribe(listener);
    f.change({ schoolName: 'Lindecollege' });
    await flush();
    expect(f.deps.readManaged).toHaveBeenCalledTimes(2);
    expect(listener).not.toHaveBeenCalled();
    expect(f.cache.writes).toBe(1);
  });

  it('reports problems of every managed read and keeps the valid parts', async () => {
    const f = fakes({ schoolName: 'Lindecollege', retentionDays: 5 });
    const store = createPolicyStore(f.deps);
    await store.ready;
    expect(store.current().policy).toEqual({ schoolName: 'Lindecollege' });
    expect(store.current().problems.map((p) => p.key)).toEqual(['retentionDays']);
    expect(f.reports).toEqual([[{ key: 'retentionDays', message: expect.any(String) }]]);
    f.change({ schoolName: 'Lindecollege', retentionDays: 60 });
    await vi.waitFor(() => expect(f.reports).toHaveLength(2));
    expect(f.reports[1]).toEqual([]);
  });

  it('a later change wins over an earlier, slower read', async () => {
    const reads = [deferred<unknown>(), deferred<unknown>(), deferred<unknown>()];
    let i = 0;
    const f = fakes(undefined);
    const store = createPolicyStore({
      ...f.deps,
      readManaged: () => (reads[i++] as ReturnType<typeof deferred<unknown>>).promise,
    });
    f.change(undefined); // read 2
    f.change(undefined); // read 3
    reads[2]?.resolve({ schoolName: 'Nieuwste' });
    await flush();
    reads[0]?.resolve({ schoolName: 'Oudste' });
    reads[1]?.resolve({ schoolName: 'Middelste' });
    await store.ready;
    await flush();
    expect(store.current().policy.schoolName).toBe('Nieuwste');
  });

  it('is ready only when the newest read is done: a change during the first read (Chromium at start-up) is waited for', async () => {
    const reads = [deferred<unknown>(), deferred<unknown>()];
    let i = 0;
    const f = fakes(undefined);
    const store = createPolicyStore({
      ...f.deps,
      readManaged: () => (reads[i++] as ReturnType<typeof deferred<unknown>>).promise,
    });
    f.change(undefined); // read 2 overtakes read 1
    reads[0]?.resolve({});
    let ready: PolicyState | undefined;
    void store.ready.then((state) => {
      ready = state;
    });
    await flush();
    expect(ready).toBeUndefined();
    reads[1]?.resolve({ retentionDays: 4000 });
    await store.ready;
    expect(store.current().source).toBe('managed');
    expect(store.current().problems.map((p) => p.key)).toEqual(['retentionDays']);
  });

  it('survives a failing managed read, a failing cache and a throwing listener', async () => {
    const f = fakes(undefined, { schoolName: 'Cache' });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const store = createPolicyStore({
      ...f.deps,
      readManaged: () => Promise.reject(new Error('Managed storage manifest not found')),
      cache: { get: () => f.cache.value, set: () => Promise.reject(new Error('quota')) },
    });
    const state = await store.ready;
    expect(state.source).toBe('cache');
    expect(state.policy.schoolName).toBe('Cache');
    expect(f.reports[0]?.[0]?.key).toBe('(beleid)');

    const store2 = createPolicyStore({
      ...f.deps,
      cache: { get: () => undefined, set: () => Promise.reject(new Error('quota')) },
    });
    const good = vi.fn();
    store2.subscribe(() => {
      throw new Error('listener bug');
    });
    store2.subscribe(good);
    await store2.ready;
    f.change({ schoolName: 'Nieuw' });
    await vi.waitFor(() => expect(good).toHaveBeenCalledTimes(1));
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });

  it('unsubscribe and dispose stop notifications and managed listening', async () => {
    const f = fakes({});
    const store = createPolicyStore(f.deps);
    await store.ready;
    const listener = vi.fn();
    const off = store.subscribe(listener);
    off();
    f.change({ schoolName: 'A' });
    await flush();
    expect(listener).not.toHaveBeenCalled();
    expect(f.listenerCount()).toBe(1);
    store.dispose();
    expect(f.listenerCount()).toBe(0);
  });

  it('works over browser.storage (fakeBrowser): managed area, local cache, onChanged', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ policyCache: { schoolName: 'Gisteren' } });
    await fakeBrowser.storage.managed.set({ schoolName: 'Vandaag', extraHosts: ['school.somtoday.nl'] });
    const store = createPolicyStore({
      readManaged: () => fakeBrowser.storage.managed.get(),
      cache: {
        get: async () => (await fakeBrowser.storage.local.get('policyCache')).policyCache,
        set: (value) => fakeBrowser.storage.local.set({ policyCache: value }),
      },
      onManagedChanged: (cb) => {
        const listener = (_changes: unknown, area: string) => {
          if (area === 'managed') cb();
        };
        fakeBrowser.storage.onChanged.addListener(listener);
        return () => fakeBrowser.storage.onChanged.removeListener(listener);
      },
    });
    await store.ready;
    expect(store.current().policy).toEqual({ schoolName: 'Vandaag', extraHosts: ['school.somtoday.nl'] });
    expect((await fakeBrowser.storage.local.get('policyCache')).policyCache).toEqual(store.current().policy);

    const next = new Promise<PolicyState>((resolve) => store.subscribe(resolve));
    await fakeBrowser.storage.managed.set({ schoolName: 'Morgen' });
    expect((await next).policy.schoolName).toBe('Morgen');
    store.dispose();
  });
});
