import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import ts from 'typescript';

/**
 * The product's import graph, read with the TypeScript parser so that every import form counts:
 * `import`, `import type`, `export … from`, dynamic `import()`, `import('x').T` in types, `require`,
 * and every path form (relative, `@/`, `~/`, `@@/`, `~~/`). The folder and role rules
 * (import-rules.ts) are checked over it.
 */

type EdgeKind = 'import' | 'export' | 'dynamic' | 'type-query' | 'require';

export interface ImportEdge {
  /** Repo-relative path of the importing file. */
  from: string;
  /** The specifier as written. */
  spec: string;
  kind: EdgeKind;
  /** Only types cross this edge: nothing of the target is bundled. */
  typeOnly: boolean;
  /** Repo-relative path of the imported file (for a path inside the repo). */
  target?: string;
  /** The package name (for a bare specifier: `zod`, `preact/hooks` → `preact`, `@scope/x`). */
  pkg?: string;
}

/** Path aliases of WXT's generated tsconfig: each maps to the repo root. */
const ROOT_ALIASES = ['@', '~', '@@', '~~'];
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

const toPosix = (path: string) => path.split(sep).join('/');

/** The repo-relative path a specifier names, before extensions are tried; undefined for a package. */
function pathOf(spec: string, from: string): string | undefined {
  const bare = spec.split('?')[0] ?? spec;
  if (bare.startsWith('.')) return toPosix(normalize(join(dirname(from), bare)));
  for (const alias of ROOT_ALIASES) {
    if (bare === alias) return '.';
    if (bare.startsWith(`${alias}/`)) return toPosix(normalize(bare.slice(alias.length + 1)));
  }
  return undefined;
}

function packageOf(spec: string): string {
  const parts = spec.split('/');
  return (spec.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/** Resolves a specifier against the known files (extension and index tried as the bundler does). */
function resolveSpecifier(spec: string, from: string, files: ReadonlySet<string>): Pick<ImportEdge, 'target' | 'pkg'> {
  const path = pathOf(spec, from);
  if (path === undefined) return { pkg: packageOf(spec) };
  const found = EXTENSIONS.map((ext) => (path === '.' ? ext.slice(1) : `${path}${ext}`)).find((p) => files.has(p));
  return { target: found ?? path };
}

const stringOf = (node: ts.Node | undefined): string | undefined =>
  node && ts.isStringLiteralLike(node) ? node.text : undefined;

/** Is every name an import or export clause brings in a type? */
function onlyTypes(clause: ts.ImportClause | undefined): boolean {
  if (!clause) return false; // a side-effect import runs the module
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return (
    !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly)
  );
}

function exportsOnlyTypes(node: ts.ExportDeclaration): boolean {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return !!clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
}

export function parseSource(file: string, source: string): ts.SourceFile {
  return ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
}

/** Every import of one source text, in every form. */
export function importsOf(file: string, source: string, files: ReadonlySet<string> = new Set()): ImportEdge[] {
  const edges: ImportEdge[] = [];
  const add = (spec: string | undefined, kind: EdgeKind, typeOnly: boolean) => {
    if (spec !== undefined) edges.push({ from: file, spec, kind, typeOnly, ...resolveSpecifier(spec, file, files) });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) add(stringOf(node.moduleSpecifier), 'import', onlyTypes(node.importClause));
    else if (ts.isExportDeclaration(node)) add(stringOf(node.moduleSpecifier), 'export', exportsOnlyTypes(node));
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(stringOf(node.moduleReference.expression), 'require', node.isTypeOnly);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(stringOf(node.argument.literal), 'type-query', true);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword) add(stringOf(node.arguments[0]), 'dynamic', false);
      else if (ts.isIdentifier(callee) && callee.text === 'require') add(stringOf(node.arguments[0]), 'require', false);
    }
    ts.forEachChild(node, visit);
  };
  visit(parseSource(file, source));
  return edges;
}

/** The product's source files (lib, components, entrypoints), read from disk: repo-relative path → text. */
export function readSources(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx)$/.test(name)) files.set(toPosix(relative(root, path)), readFileSync(path, 'utf8'));
    }
  };
  for (const top of ['lib', 'components', 'entrypoints']) walk(join(root, top));
  return files;
}

/** Every edge of a set of files. */
export function importGraph(files: ReadonlyMap<string, string>): ImportEdge[] {
  const known = new Set(files.keys());
  return [...files].flatMap(([file, source]) => importsOf(file, source, known));
}

/**
 * The files a bundle built from `entries` contains: everything reached over edges that carry values
 * (a type-only import bundles nothing).
 */
export function bundled(entries: readonly string[], edges: readonly ImportEdge[]): Set<string> {
  const out = new Map<string, ImportEdge[]>();
  for (const edge of edges) if (!edge.typeOnly && edge.target) out.set(edge.from, [...(out.get(edge.from) ?? []), edge]);
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const edge of out.get(file) ?? []) if (edge.target) stack.push(edge.target);
  }
  return seen;
}
