import { STORAGE_KEYS } from '../core/storage-keys';
import { defineStoredItem } from '../core/stored-items';
import { type Policy, parsePolicy } from '../policy';

/**
 * The last good managed policy (written by the policy store), so start-up never waits on
 * storage.managed. Read back through the full parse, the guardrails included, because the cache may
 * hold prompts that an older version of the rules let through. Its own module so that only the
 * background, which reads it, loads the guardrails and their learned weights: the side panel and the
 * options page import the published configuration (./config-items.ts) and must not carry them.
 */
export const policyCacheItem = defineStoredItem<Partial<Policy> | undefined>({
  area: 'trusted',
  key: STORAGE_KEYS.policyCache,
  fallback: undefined,
  parse: (raw) => (raw === null ? undefined : parsePolicy(raw).policy),
});
