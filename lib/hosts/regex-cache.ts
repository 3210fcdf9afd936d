const cache = new Map<string, RegExp | null>();

/**
 * A regular expression from a profile, compiled once; a bad pattern gives null (it then matches
 * nothing). Profiles are validated (lib/hosts/safe-pattern.ts) before they get here; callers also cap
 * the input at PATTERN_INPUT_MAX.
 */
export function cachedRegExp(source: string, flags = ''): RegExp | null {
  const key = `${flags}/${source}`;
  let re = cache.get(key);
  if (re === undefined) {
    try {
      re = new RegExp(source, flags);
    } catch {
      re = null;
    }
    if (cache.size > 500) cache.clear();
    cache.set(key, re);
  }
  return re;
}
