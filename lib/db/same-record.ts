/**
 * Whether two stored records hold the same data, whatever the order of their keys (a record read
 * back from IndexedDB and the same record parsed from an export file). Missing and `undefined` are
 * the same. Only what records contain: plain objects, arrays, strings, numbers, booleans and null.
 */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameRecord(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!sameRecord(left[key], right[key])) return false;
  return true;
}
