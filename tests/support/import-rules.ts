import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { bundled, type ImportEdge, importGraph, parseSource } from './import-graph';

/**
 * The boundaries of DESIGN.md, checked over the import graph (import-graph.ts reads every form):
 * - folders: which folder may know which (type-only imports count: a boundary is about knowledge);
 * - file roles: what a bundle may contain, from what its entry reaches (content script, background,
 *   extension pages), so a file anywhere in lib/ that the content script pulls in is content code;
 * - barrels: an index file is the only way into its folder from outside;
 * - auto-imports: a name WXT would have imported silently is never used without an import line.
 */

/**
 * The units of the architecture, most specific first. `feature-info` is what every context may know
 * about the features: each `lib/features/<id>/feature.ts`, their type and their catalog (no DOM, no
 * zod, no browser API); it sits below everything but lib/core and the i18n keys.
 * `feature-background` is what the background answers for a feature (`lib/features/<id>/background.ts`
 * and their registry): background code beside the feature, above lib/background and lib/db.
 * `feature-wire` is a feature's messages (`schemas.ts`: zod, background and pages only; `contract.ts`:
 * their types, for every context), built from `messages-wire` (lib/messages/wire.ts) and composed
 * into one union by lib/messages/schema.ts.
 */
const ZONES = [
  'feature-info',
  'feature-background',
  'feature-wire',
  'messages-wire',
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
type Zone = (typeof ZONES)[number];

/** `from` may not import `to`. */
const FORBIDDEN: readonly { from: Zone; to: readonly Zone[]; why: string }[] = [
  { from: 'lib/core', to: ZONES.filter((z) => z !== 'lib/core'), why: 'the shared core depends on nothing else' },
  {
    from: 'feature-background',
    to: ['lib/features', 'components', 'entrypoints'],
    why: 'what the background answers for a feature knows no in-page or extension-page UI',
  },
  {
    from: 'feature-wire',
    to: ZONES.filter((z) => !['feature-wire', 'messages-wire', 'lib/core'].includes(z)),
    why: 'a feature’s messages are shapes over the core and the shared building blocks',
  },
  {
    from: 'messages-wire',
    to: ZONES.filter((z) => z !== 'messages-wire' && z !== 'lib/core'),
    why: 'the building blocks of every message depend on the core only',
  },
  {
    from: 'feature-info',
    to: ZONES.filter((z) => !['feature-info', 'lib/core', 'lib/i18n'].includes(z)),
    why: 'what every context may know about a feature is pure data over the core and the i18n keys',
  },
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

export type Role = 'content' | 'background' | 'page';

/** Each bundle's entry files, by the role its code plays. Every entrypoint has one (architecture test). */
export const ROLE_ENTRIES: Record<Role, readonly string[]> = {
  // The content script and the page picker injected beside it both run in the school page.
  content: ['entrypoints/content.ts', 'entrypoints/page-teacher.ts'],
  background: ['entrypoints/background/index.ts'],
  page: ['entrypoints/options/main.tsx', 'entrypoints/sidepanel/main.tsx', 'entrypoints/inpage-preview/main.tsx'],
};

/** Globals that exist only with a document: the background's service worker has none. */
const DOM_GLOBALS = new Set([
  'document',
  'window',
  'localStorage',
  'sessionStorage',
  'customElements',
  'MutationObserver',
  'ResizeObserver',
  'IntersectionObserver',
  'requestAnimationFrame',
  'getComputedStyle',
  'HTMLElement',
  'Element',
  'Node',
  'DOMParser',
]);

export interface Violation {
  file: string;
  imports: string;
  rule: string;
}

/** The files every context may know: a feature's `feature.ts`, their type and the catalog. */
const FEATURE_INFO = /^lib\/features\/(catalog\.ts|define-info\.ts|[^/]+\/feature\.ts)$/;

/** What the background answers for the features. */
const FEATURE_BACKGROUND = /^lib\/features\/(background-registry\.ts|[^/]+\/background\.ts)$/;

/** A feature's messages: their zod (`schemas.ts`) and their types (`contract.ts`). */
const FEATURE_WIRE = /^lib\/features\/[^/]+\/(schemas|contract)\.ts$/;

function zoneOf(file: string): Zone | undefined {
  if (FEATURE_INFO.test(file)) return 'feature-info';
  if (FEATURE_WIRE.test(file)) return 'feature-wire';
  if (file === 'lib/messages/wire.ts') return 'messages-wire';
  if (FEATURE_BACKGROUND.test(file)) return 'feature-background';
  return ZONES.find((z) => file === z || file.startsWith(`${z}/`));
}

const isPackage = (edge: ImportEdge, ...names: string[]) => edge.pkg !== undefined && names.includes(edge.pkg);
const isEntry = (file: string) => Object.values(ROLE_ENTRIES).some((entries) => entries.includes(file));
const isZod = (edge: ImportEdge) => isPackage(edge, 'zod') || edge.target === 'lib/core/zod.ts';

const isFeaturePublicFile = (file: string) =>
  /^lib\/features\/[^/]+\/content\/index\.tsx?$/.test(file) || FEATURE_INFO.test(file) || FEATURE_WIRE.test(file);

/** What a file of each role may not import: a reason, or undefined when the edge is fine. */
const ROLE_RULES: Record<Role, (edge: ImportEdge) => string | undefined> = {
  content: (edge) => {
    const to = edge.target ?? '';
    if (zoneOf(to) === 'lib/db' || isPackage(edge, 'dexie'))
      return 'content code never opens the database (the school site’s origin)';
    if (zoneOf(to) === 'lib/background' || zoneOf(to) === 'feature-background') {
      return 'content code asks the background by message, it never imports it';
    }
    if (zoneOf(to) === 'components') return 'content code never carries extension-page UI';
    if (zoneOf(to) === 'entrypoints' && !ROLE_ENTRIES.content.includes(to))
      return 'content code never imports another bundle’s entry';
    if (isZod(edge) && !edge.typeOnly) return 'content code carries no zod (a type-only import of an inferred type is fine)';
    if (to === 'lib/features/catalog.ts' && !edge.typeOnly)
      return 'content code takes its own feature’s facts (feature.ts), not the whole catalog';
    return undefined;
  },
  background: (edge) => {
    const to = edge.target ?? '';
    if (to.endsWith('.tsx') || isPackage(edge, 'preact', '@preact/signals')) return 'the background has no DOM and no UI';
    if (zoneOf(to) === 'components' || zoneOf(to) === 'lib/features')
      return 'the background never imports page or in-page UI code';
    if (zoneOf(to) === 'entrypoints' && !ROLE_ENTRIES.background.includes(to) && !to.startsWith('entrypoints/background/')) {
      return 'the background never imports another bundle’s entry';
    }
    return undefined;
  },
  page: (edge) => {
    const to = edge.target ?? '';
    if (zoneOf(edge.from) !== 'lib/features' && zoneOf(to) === 'lib/features' && !isFeaturePublicFile(to)) {
      return 'an extension page reaches a feature only through its public files (feature.ts, content/index.tsx)';
    }
    if (ROLE_ENTRIES.content.includes(to)) return 'an extension page never imports the content script';
    return undefined;
  },
};

/** Free uses of DOM globals in one source (the background's files must have none). */
function domGlobalsUsed(file: string, source: string): string[] {
  return freeUses(file, source, DOM_GLOBALS, true);
}

function isDeclarationName(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (
    (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    (ts.isQualifiedName(parent) && parent.right === node) ||
    ((ts.isPropertyAssignment(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isMethodSignature(parent) ||
      ts.isGetAccessorDeclaration(parent) ||
      ts.isSetAccessorDeclaration(parent) ||
      ts.isEnumMember(parent) ||
      ts.isJsxAttribute(parent)) &&
      parent.name === node) ||
    ((ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) && parent.propertyName === node)
  );
}

/** Is the node part of a type (an annotation names a DOM type without needing a document)? */
function inType(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n && !ts.isStatement(n); n = n.parent) if (ts.isTypeNode(n)) return true;
  return false;
}

/** Names a file binds itself: imports, variables, parameters, functions, classes, types. */
function boundNames(sourceFile: ts.SourceFile): Set<string> {
  const bound = new Set<string>();
  const visit = (node: ts.Node) => {
    const name = (node as { name?: ts.Node }).name;
    if (
      name &&
      ts.isIdentifier(name) &&
      (ts.isVariableDeclaration(node) ||
        ts.isParameter(node) ||
        ts.isBindingElement(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isFunctionExpression(node) ||
        ts.isClassDeclaration(node) ||
        ts.isClassExpression(node) ||
        ts.isInterfaceDeclaration(node) ||
        ts.isTypeAliasDeclaration(node) ||
        ts.isEnumDeclaration(node) ||
        ts.isTypeParameterDeclaration(node) ||
        ts.isImportSpecifier(node) ||
        ts.isImportClause(node) ||
        ts.isNamespaceImport(node) ||
        ts.isImportEqualsDeclaration(node))
    ) {
      bound.add(name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return bound;
}

/** Uses of `names` that the file does not bind itself (so they could only come from a global). */
function freeUses(file: string, source: string, names: ReadonlySet<string>, valuesOnly = false): string[] {
  const sourceFile = parseSource(file, source);
  const bound = boundNames(sourceFile);
  const used = new Set<string>();
  const visit = (node: ts.Node) => {
    if (
      ts.isIdentifier(node) &&
      names.has(node.text) &&
      !bound.has(node.text) &&
      !isDeclarationName(node) &&
      !(valuesOnly && inType(node))
    ) {
      used.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return [...used].sort();
}

/**
 * The names WXT auto-imports (the `#imports` module it generates: wxt/browser, storage, define…,
 * createShadowRootUi, …, and the project's own scanned exports). With `imports: false` none is a
 * global any more; a use without an import line is either a type error or a silent dependency.
 */
export function autoImportNames(root: string): Set<string> {
  const path = join(root, '.wxt', 'types', 'imports-module.d.ts');
  const names = new Set<string>();
  if (!existsSync(path)) return names;
  for (const clause of readFileSync(path, 'utf8').matchAll(/export\s*\{([^}]*)\}\s*from/g)) {
    for (const name of (clause[1] ?? '').split(',')) {
      const local = name
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.replace(/^type\s+/, '');
      if (local && /^[A-Za-z_$][\w$]*$/.test(local)) names.add(local);
    }
  }
  return names;
}

export interface CheckOptions {
  /** Names that must never be used without an import line (autoImportNames). */
  autoImports?: ReadonlySet<string>;
}

/** Every rule over a set of files (repo-relative path → source). */
export function checkImports(files: ReadonlyMap<string, string>, options: CheckOptions = {}): Violation[] {
  const edges = importGraph(files);
  return [
    ...checkFolders(edges),
    ...checkRoles(files, edges),
    ...checkBarrels(files, edges),
    ...checkAutoImports(files, options.autoImports ?? new Set()),
  ];
}

/** Forbidden imports and cycles between folders. */
function checkFolders(edges: readonly ImportEdge[]): Violation[] {
  const violations: Violation[] = [];
  const graph = new Map<Zone, Map<Zone, string>>();
  for (const edge of edges) {
    const from = zoneOf(edge.from);
    const to = edge.target && zoneOf(edge.target);
    if (!from || !to || to === from) continue;
    const rule = FORBIDDEN.find((r) => r.from === from && r.to.includes(to));
    if (rule) violations.push({ file: edge.from, imports: edge.target ?? edge.spec, rule: `${from} ↛ ${to}: ${rule.why}` });
    if (!graph.has(from)) graph.set(from, new Map());
    graph.get(from)?.set(to, edge.from);
  }
  // Cycles between zones (entrypoints are shells on top and never imported).
  const state = new Map<Zone, 'open' | 'done'>();
  const stack: Zone[] = [];
  const visit = (zone: Zone) => {
    state.set(zone, 'open');
    stack.push(zone);
    for (const [next, file] of graph.get(zone) ?? []) {
      if (state.get(next) === 'open') {
        const cycle = [...stack.slice(stack.indexOf(next)), next].join(' → ');
        violations.push({ file, imports: next, rule: `cycle between folders: ${cycle}` });
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(zone, 'done');
  };
  for (const zone of graph.keys()) if (!state.has(zone)) visit(zone);
  return violations;
}

/** Every file takes the roles of the bundles that contain it; each role's rule holds on all its edges. */
function checkRoles(files: ReadonlyMap<string, string>, edges: readonly ImportEdge[]): Violation[] {
  const violations: Violation[] = [];
  for (const [role, entries] of Object.entries(ROLE_ENTRIES) as [Role, readonly string[]][]) {
    const members = bundled(entries, edges);
    for (const edge of edges) {
      if (!members.has(edge.from)) continue;
      const why = ROLE_RULES[role](edge);
      if (why) violations.push({ file: edge.from, imports: edge.target ?? edge.spec, rule: `${role} code: ${why}` });
    }
    if (role !== 'background') continue;
    for (const file of members) {
      const source = files.get(file);
      for (const name of source === undefined ? [] : domGlobalsUsed(file, source)) {
        violations.push({ file, imports: name, rule: 'background code: the service worker has no DOM' });
      }
    }
  }
  return violations;
}

/** An index file is the only way into its folder from outside it (entries excepted: nothing imports them). */
function checkBarrels(files: ReadonlyMap<string, string>, edges: readonly ImportEdge[]): Violation[] {
  const folders = [...files.keys()]
    .filter((f) => /\/index\.tsx?$/.test(f) && !isEntry(f))
    .map((f) => f.slice(0, f.lastIndexOf('/')));
  const violations: Violation[] = [];
  for (const edge of edges) {
    const to = edge.target;
    if (!to || /\/index\.tsx?$/.test(to) || FEATURE_INFO.test(to) || FEATURE_BACKGROUND.test(to) || FEATURE_WIRE.test(to)) {
      continue;
    }
    // The innermost folder with an index decides (a feature folder inside lib/features).
    const folder = folders.filter((d) => to.startsWith(`${d}/`)).sort((a, b) => b.length - a.length)[0];
    if (folder && !edge.from.startsWith(`${folder}/`)) {
      violations.push({ file: edge.from, imports: to, rule: `barrel: ${folder}/ is entered only through its index` });
    }
  }
  return violations;
}

/** Uses of an auto-importable name with no import line for it. */
function checkAutoImports(files: ReadonlyMap<string, string>, names: ReadonlySet<string>): Violation[] {
  if (names.size === 0) return [];
  return [...files].flatMap(([file, source]) =>
    freeUses(file, source, names).map((name) => ({
      file,
      imports: name,
      rule: `auto-import: "${name}" is used without an import line`,
    })),
  );
}
