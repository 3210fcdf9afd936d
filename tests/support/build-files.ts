import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/**
 * The files an entry of a build loads, the entry included: scripts and styles named in HTML, static
 * imports in JS, recursively (for the bundle-size bench and the build tests).
 */
export function filesLoadedBy(build: string, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry) || !existsSync(join(build, entry))) return seen;
  seen.add(entry);
  const text = readFileSync(join(build, entry), 'utf8');
  const refs = entry.endsWith('.html')
    ? [...text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1] as string)
    : [...text.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map((m) => m[1] as string);
  for (const ref of refs) {
    const path = ref.startsWith('/') ? ref.slice(1) : normalize(join(dirname(entry), ref));
    filesLoadedBy(build, path, seen);
  }
  return seen;
}
