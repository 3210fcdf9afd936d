import { parsePolicy } from './parse';
import { effectivePolicy } from './resolve';
import type { EffectivePolicy, Language, Policy, PolicyProblem } from './schema';

/**
 * The policy as the extension knows it right now. Start-up never waits on storage.managed: the
 * store answers `current()` synchronously from the last cached policy (or no policy), reads
 * storage.managed in the background, caches what it found and re-reads on every managed change.
 * Browser APIs are injected, so the store is tested with fakes.
 */
type PolicySource = 'none' | 'cache' | 'managed';

export interface PolicyState {
  /** The parsed policy: only what the school set and what was valid. */
  policy: Partial<Policy>;
  /** School-level values with defaults filled in. */
  effective: EffectivePolicy;
  /** What was wrong with the last managed read (empty when read from cache). */
  problems: PolicyProblem[];
  source: PolicySource;
}

export interface PolicyStoreDeps {
  /** `() => browser.storage.managed.get()`; may reject (Firefox without policy: map that to `{}` in the caller). */
  readManaged: () => Promise<unknown>;
  /** Where the last good policy is kept between starts, e.g. a key in storage.local (or session storage). */
  cache: { get(): unknown | Promise<unknown>; set(value: unknown): Promise<void> };
  /** Subscribe to managed changes (`storage.onChanged` with areaName 'managed'); returns an unsubscribe. */
  onManagedChanged: (callback: () => void) => () => void;
  /** Diagnostics: called after every managed read with what was wrong (an empty list clears). */
  report?: (problems: PolicyProblem[]) => void;
  /** UI language for the defaults in `effective`; 'nl' when absent. */
  language?: () => Language;
}

export interface PolicyStore {
  /** Synchronous: the last known policy. */
  current(): PolicyState;
  /** Resolves once the cache was read (or failed). */
  cached: Promise<PolicyState>;
  /** Resolves once storage.managed was read (by the newest read, when a change overtook the first) or failed; never rejects. */
  ready: Promise<PolicyState>;
  /** Called with the new state whenever the policy changes; returns an unsubscribe. */
  subscribe(listener: (state: PolicyState) => void): () => void;
  /** Re-read storage.managed now. */
  refresh(): Promise<PolicyState>;
  /** Stop listening to managed changes and drop listeners. */
  dispose(): void;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

function fingerprint(policy: Partial<Policy>): string {
  try {
    return JSON.stringify(policy);
  } catch {
    return String(Math.random());
  }
}

export function createPolicyStore(deps: PolicyStoreDeps): PolicyStore {
  const language = () => {
    try {
      return deps.language?.() ?? 'nl';
    } catch {
      return 'nl';
    }
  };
  const make = (policy: Partial<Policy>, problems: PolicyProblem[], source: PolicySource): PolicyState => ({
    policy,
    effective: effectivePolicy(policy, language()),
    problems,
    source,
  });

  let state = make({}, [], 'none');
  let print = fingerprint(state.policy);
  const listeners = new Set<(state: PolicyState) => void>();
  /** Bumped by every managed read; a cache answer or an older read arriving later never wins. */
  let generation = 0;
  let managedSeen = false;
  /** Fingerprint of what the cache holds, so an unchanged policy is not written again. */
  let cachePrint: string | undefined;
  let disposed = false;

  const set = (next: PolicyState): void => {
    const nextPrint = fingerprint(next.policy);
    const changed = nextPrint !== print;
    state = next;
    print = nextPrint;
    if (!changed || disposed) return;
    for (const listener of [...listeners]) {
      try {
        listener(state);
      } catch (error) {
        console.error('LOB: policy listener failed', error);
      }
    }
  };

  const report = (problems: PolicyProblem[]): void => {
    try {
      deps.report?.(problems);
    } catch {
      // Diagnostics must never break policy loading.
    }
  };

  const applyCache = (raw: unknown): PolicyState => {
    if (raw === undefined || raw === null) return state;
    const { policy } = parsePolicy(raw);
    cachePrint = fingerprint(policy);
    if (!managedSeen) set(make(policy, [], 'cache'));
    return state;
  };

  let cached: Promise<PolicyState>;
  try {
    const raw = deps.cache.get();
    cached = isPromiseLike(raw) ? Promise.resolve(raw).then(applyCache, () => state) : Promise.resolve(applyCache(raw));
  } catch {
    cached = Promise.resolve(state);
  }

  /** The newest managed read: an older read that a change overtook answers with this one. */
  let newest: Promise<PolicyState> = Promise.resolve(state);
  const refresh = (): Promise<PolicyState> => {
    newest = read(++generation);
    return newest;
  };

  const read = async (mine: number): Promise<PolicyState> => {
    let raw: unknown;
    try {
      raw = await deps.readManaged();
    } catch {
      if (mine !== generation) return newest;
      report([
        { key: '(beleid)', message: 'beheerde instellingen konden niet worden gelezen; laatst bekende beleid blijft gelden' },
      ]);
      return state;
    }
    // A change arrived while this read ran (Chromium fills the managed area at start-up and says so):
    // answer when the newest read is done, so `ready` means the school's policy was read.
    if (disposed) return state;
    if (mine !== generation) return newest;
    const { policy, problems } = parsePolicy(raw);
    managedSeen = true;
    set(make(policy, problems, 'managed'));
    report(problems);
    if (print !== cachePrint) {
      cachePrint = print;
      try {
        await deps.cache.set(policy);
      } catch {
        // A full or unavailable cache only costs the next start-up its head start.
      }
    }
    return state;
  };

  const unsubscribeManaged = (() => {
    try {
      return deps.onManagedChanged(() => {
        if (!disposed) void refresh();
      });
    } catch {
      return () => {};
    }
  })();

  const ready = Promise.all([cached, refresh()]).then(() => state);

  return {
    current: () => state,
    cached,
    ready,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh,
    dispose() {
      disposed = true;
      listeners.clear();
      try {
        unsubscribeManaged();
      } catch {
        // ignore
      }
    },
  };
}
