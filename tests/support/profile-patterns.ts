/** A regular expression in a profile, and the flags it runs with (a field's `pattern` runs with `u`). */
export interface ProfilePattern {
  source: string;
  flags: '' | 'u';
}

/** Every pattern in profiles (or a patch): routes, cell ids and field patterns, wherever they sit. */
export function profilePatterns(value: unknown): ProfilePattern[] {
  if (Array.isArray(value)) return value.flatMap(profilePatterns);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]): ProfilePattern[] => {
    if (typeof v !== 'string') return profilePatterns(v);
    if (key === 'route' || key === 'cellId') return [{ source: v, flags: '' }];
    return key === 'pattern' ? [{ source: v, flags: 'u' }] : [];
  });
}
