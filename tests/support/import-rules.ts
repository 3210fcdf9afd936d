import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';

/**
 * The folder boundaries of DESIGN.md, checked over the import graph (static imports, re-exports and
 * dynamic imports; type-only imports count too: a boundary is about knowledge, not bytes).
 */

/** The folders that are units of the architecture, most specific first. */
export const ZONES = [
  'lib/core',
  'lib/hosts',
  'lib/features',
  'lib/ui',
  'lib/prompts',
  'lib/referrals',
  'lib/db',
  'lib/policy',
  'lib/messages',
  'lib/config',
  'lib/i18n',
  'lib/background',
  'lib/content-stats',
  'components',
  'entrypoints',
] as const;
export type Zone = (typeof ZONES)[number];

/** `from` may not import `to`. */
export const FORBIDDEN: readonly { from: Zone; to: readonly Zone[]; why: string }[] = [
  { from: 'lib/core', to: ZONES.filter((z) => z !== 'lib/core'), why: 'the shared core depends on nothing else' },
  {
    from: 'components',
    to: ['lib/db', 'lib/hosts', 'lib/background', 'lib/features', 'entrypoints'],
    why: 'extension-page UI asks the background; it knows no database, no host pages and no in-page UI',
  },
  {
    from: 'lib/features',
    to: ['lib/db', 'lib/background', 'components', 'entrypoints'],
    why: 'in-page UI runs in the school page: no database, no extension-page UI',
  },
  {
    from: 'lib/prompts',
    to: ['lib/hosts', 'lib/db', 'lib/background', 'lib/features', 'components', 'lib/policy', 'lib/config'],
    why: 'the prompt library and engine are pure data and functions',
  },
  {
    from: 'lib/hosts',
    to: ['lib/db', 'lib/background', 'lib/features', 'components', 'lib/prompts', 'lib/config', 'lib/policy'],
    why: 'host detection is pure: page in, context out',
  },
  {
    from: 'lib/db',
    to: ['lib/hosts', 'lib/features', 'lib/background', 'components', 'lib/config', 'lib/messages', 'lib/i18n'],
    why: 'the database returns records and error codes, never words or page knowledge',
  },
  {
    from: 'lib/ui',
    to: ['lib/db', 'lib/hosts', 'lib/background', 'lib/features', 'components'],
    why: 'shared presentational pieces',
  },
  {
    from: 'lib/messages',
    to: ['lib/db', 'lib/hosts', 'lib/features', 'lib/background', 'components'],
    why: 'message shapes only',
  },
];

export function zoneOf(file: string): Zone | undefined {
  const path = file.split(sep).join('/');
  return ZONES.find((z) => path === z || path.startsWith(`${z}/`));
}

const SPECIFIERS = [
  /\bimport\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bexport\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /^\s*import\s*['"]([^'"]+)['"]/gm,
];

/** Relative import specifiers of one source text. */
export function importsOf(source: string): string[] {
  const out = new Set<string>();
  for (const re of SPECIFIERS) for (const m of source.matchAll(re)) if (m[1]?.startsWith('.')) out.add(m[1]);
  return [...out];
}

export interface Violation {
  file: string;
  imports: string;
  rule: string;
}

/** Checks a set of files (repo-relative path → source): forbidden imports and cycles between zones. */
export function checkImports(files: ReadonlyMap<string, string>): Violation[] {
  const violations: Violation[] = [];
  const edges = new Map<Zone, Map<Zone, string>>();
  for (const [file, source] of files) {
    const from = zoneOf(file);
    if (!from) continue;
    for (const spec of importsOf(source)) {
      const target = normalize(join(dirname(file), spec))
        .split(sep)
        .join('/');
      const to = zoneOf(target);
      if (!to || to === from) continue;
      const rule = FORBIDDEN.find((r) => r.from === from && r.to.includes(to));
      if (rule) violations.push({ file, imports: target, rule: `${from} ↛ ${to}: ${rule.why}` });
      if (!edges.has(from)) edges.set(from, new Map());
      edges.get(from)?.set(to, file);
    }
  }
  // Cycles between zones (entrypoints are shells on top and never imported).
  const state = new Map<Zone, 'open' | 'done'>();
  const stack: Zone[] = [];
  const visit = (zone: Zone) => {
    state.set(zone, 'open');
    stack.push(zone);
    for (const [next, file] of edges.get(zone) ?? []) {
      if (state.get(next) === 'open') {
        const cycle = [...stack.slice(stack.indexOf(next)), next].join(' → ');
        violations.push({ file, imports: next, rule: `cycle between folders: ${cycle}` });
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(zone, 'done');
  };
  for (const zone of edges.keys()) if (!state.has(zone)) visit(zone);
  return violations;
}

/** The product's source files (lib, components, entrypoints), read from disk. */
export function readSources(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx)$/.test(name)) files.set(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8'));
    }
  };
  for (const top of ['lib', 'components', 'entrypoints']) walk(join(root, top));
  return files;
}
