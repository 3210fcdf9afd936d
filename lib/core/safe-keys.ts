/** Keys that must never be copied from untrusted JSON (policy, profile patches, import files). */
const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isUnsafeKey(key: string): boolean {
  return UNSAFE_KEYS.has(key);
}

/** Any unsafe key, and any `\u` escape (which could spell one: "\u005f_proto__"). */
const MAYBE_UNSAFE = /__proto__|constructor|prototype|\\u/;

/**
 * JSON.parse that notes unsafe keys (and drops them). A reviver costs a call per value — seconds on
 * a 50 MB export — so the text is parsed plainly when no unsafe key can be in it. Throws on bad JSON.
 */
export function parseJsonWithoutUnsafeKeys(text: string): { value: unknown; unsafe: boolean } {
  if (!MAYBE_UNSAFE.test(text)) return { value: JSON.parse(text), unsafe: false };
  let unsafe = false;
  const value = JSON.parse(text, (key, v) => {
    if (!isUnsafeKey(key)) return v;
    unsafe = true;
    return undefined;
  });
  return { value, unsafe };
}
