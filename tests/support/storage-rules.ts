import ts from 'typescript';
import { parseSource } from './import-graph';

/**
 * The rules of extension storage (lib/core/stored-items.ts), checked over the product's sources with
 * the TypeScript parser:
 * - only the browser edge touches `browser.storage` (an area's get/set/remove, `onChanged`, an alias
 *   of either, wxt's storage module): every other module reads and writes through an item;
 * - every key of lib/core/storage-keys.ts has exactly one definition (`defineStoredItem({ key })`),
 *   and a key is named nowhere else, neither by its constant nor by its text.
 */

export const STORAGE_EDGE = 'lib/config/storage-item.ts';
/** The rule a direct use of browser.storage (an area, onChanged) breaks. */
export const DIRECT = `browser.storage outside ${STORAGE_EDGE}: read and write through the item's definition`;
const KEYS_FILE = 'lib/core/storage-keys.ts';
const DEFINE = 'defineStoredItem';
const AREAS = new Set(['local', 'session', 'sync', 'managed', 'onChanged']);
const BROWSER_GLOBALS = new Set(['browser', 'chrome']);
const WXT_STORAGE = new Set(['wxt/storage', 'wxt/utils/storage', '@wxt-dev/storage']);

export interface StorageViolation {
  file: string;
  line: number;
  /** The code as written (up to the end of its call chain). */
  code: string;
  rule: string;
}

/** One key of storage-keys.ts: `STORAGE_KEYS.appConfig`, `BLUR_KEY`, or a function giving a family of keys. */
interface StorageKey {
  id: string;
  /** The key's text; for a family, what every key of it starts with. */
  text: string;
  family: boolean;
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

function unwrap(node: ts.Expression): ts.Expression {
  let n = node;
  while (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isNonNullExpression(n) || ts.isSatisfiesExpression(n)) {
    n = n.expression;
  }
  return n;
}

/** The keys storage-keys.ts exports, read from its source. */
function storageKeys(source: string): StorageKey[] {
  const keys: StorageKey[] = [];
  for (const statement of parseSource(KEYS_FILE, source).statements) {
    if (!isExported(statement)) continue;
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const name = declaration.name.getText();
        const value = declaration.initializer && unwrap(declaration.initializer);
        if (value && ts.isStringLiteralLike(value)) keys.push({ id: name, text: value.text, family: false });
        if (value && ts.isObjectLiteralExpression(value)) {
          for (const property of value.properties) {
            if (ts.isPropertyAssignment(property) && ts.isStringLiteralLike(property.initializer)) {
              keys.push({ id: `${name}.${property.name.getText()}`, text: property.initializer.text, family: false });
            }
          }
        }
      }
    }
    if (ts.isFunctionDeclaration(statement) && statement.name) {
      const template = findNode(statement, ts.isTemplateExpression);
      if (template) keys.push({ id: statement.name.text, text: template.head.text, family: true });
    }
  }
  return keys;
}

function findNode<T extends ts.Node>(root: ts.Node, test: (node: ts.Node) => node is T): T | undefined {
  let found: T | undefined;
  const visit = (node: ts.Node) => {
    if (found) return;
    if (test(node)) found = node;
    else ts.forEachChild(node, visit);
  };
  visit(root);
  return found;
}

/** The whole chain a node starts: `browser.storage` → `browser.storage.local.get('x')`. */
function chainOf(node: ts.Node): ts.Node {
  let n = node;
  while (
    (ts.isPropertyAccessExpression(n.parent) || ts.isElementAccessExpression(n.parent) || ts.isCallExpression(n.parent)) &&
    n.parent.expression === n
  ) {
    n = n.parent;
  }
  return n;
}

const propertyName = (node: ts.Node): string | undefined =>
  ts.isPropertyAccessExpression(node)
    ? node.name.text
    : ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)
      ? node.argumentExpression.text
      : undefined;

/** `browser` or `chrome`, also as `globalThis.chrome` or `(globalThis as …).chrome`. */
function isBrowserGlobal(node: ts.Expression): boolean {
  const n = unwrap(node);
  if (ts.isIdentifier(n)) return BROWSER_GLOBALS.has(n.text);
  const name = propertyName(n);
  return name !== undefined && BROWSER_GLOBALS.has(name);
}

/** `storage`, `x.storage` (any object): what an area hangs on. */
function isStorage(node: ts.Expression): boolean {
  const n = unwrap(node);
  return (ts.isIdentifier(n) && n.text === 'storage') || propertyName(n) === 'storage';
}

/** The direct uses of browser.storage in one file (none are allowed outside the edge). */
function directAccess(file: string, sourceFile: ts.SourceFile): StorageViolation[] {
  const found = new Map<number, StorageViolation>();
  const report = (node: ts.Node, rule: string) => {
    const chain = chainOf(node);
    const start = chain.getStart(sourceFile);
    if (found.has(start)) return;
    const line = sourceFile.getLineAndCharacterOfPosition(start).line + 1;
    found.set(start, { file, line, code: chain.getText(sourceFile).replace(/\s+/g, ' ').slice(0, 120), rule });
  };
  const visit = (node: ts.Node) => {
    const name = propertyName(node);
    if ((ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) && name !== undefined) {
      if ((name === 'storage' && isBrowserGlobal(node.expression)) || (AREAS.has(name) && isStorage(node.expression))) {
        report(node, DIRECT);
      }
    }
    // const { storage } = browser;  const { local } = storage;  (`= browser.storage` is reported above)
    if (ts.isVariableDeclaration(node) && ts.isObjectBindingPattern(node.name) && node.initializer) {
      const names = node.name.elements.map((e) => (e.propertyName ?? e.name).getText(sourceFile));
      const from = unwrap(node.initializer);
      if (
        (isBrowserGlobal(from) && names.includes('storage')) ||
        (ts.isIdentifier(from) && from.text === 'storage' && names.some((n) => AREAS.has(n)))
      ) {
        report(node, `browser.storage taken apart outside ${STORAGE_EDGE}`);
      }
    }
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && WXT_STORAGE.has(node.moduleSpecifier.text)) {
      report(node, `wxt's storage outside ${STORAGE_EDGE}: define the item with ${DEFINE}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return [...found.values()];
}

/** The `defineStoredItem({ … })` call whose `key` a node is part of, if any. */
function definitionOf(node: ts.Node): ts.CallExpression | undefined {
  for (let n: ts.Node = node; n.parent; n = n.parent) {
    const parent = n.parent;
    if (ts.isPropertyAssignment(parent)) {
      const call = parent.parent.parent;
      const isKey = parent.initializer === n && parent.name.getText() === 'key';
      return isKey && ts.isCallExpression(call) && call.expression.getText() === DEFINE && call.arguments[0] === parent.parent
        ? call
        : undefined;
    }
  }
  return undefined;
}

/** Local names the file gives to what it imports from storage-keys.ts (`STORAGE_KEYS`, `BLUR_KEY`, …). */
function importedKeyNames(sourceFile: ts.SourceFile): { names: Map<string, string>; namespace?: ts.Node } {
  const names = new Map<string, string>();
  let namespace: ts.Node | undefined;
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!/(^|\/)storage-keys(\.ts)?$/.test(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) namespace = statement;
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) names.set(element.name.text, (element.propertyName ?? element.name).text);
    }
  }
  return { names, ...(namespace ? { namespace } : {}) };
}

/** A key named by its constant, inside a definition or not. */
interface KeyUse {
  id: string;
  node: ts.Node;
  definition?: ts.CallExpression;
}

/**
 * The keys a file names: by constant (`uses`), by constant but not one at a time (`loose`: a
 * namespace import, `const { appConfig } = STORAGE_KEYS`), or by their text (`texts`).
 */
function keyUses(
  sourceFile: ts.SourceFile,
  keys: readonly StorageKey[],
): { uses: KeyUse[]; loose: ts.Node[]; texts: { id: string; node: ts.Node }[] } {
  const { names, namespace } = importedKeyNames(sourceFile);
  const uses: KeyUse[] = [];
  const loose: ts.Node[] = namespace ? [namespace] : [];
  const texts: { id: string; node: ts.Node }[] = [];
  const use = (id: string, node: ts.Node) => {
    const definition = definitionOf(node);
    uses.push({ id, node, ...(definition ? { definition } : {}) });
  };
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && names.has(node.text) && !ts.isImportSpecifier(node.parent)) {
      const imported = names.get(node.text) ?? node.text;
      const member =
        ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node ? node.parent.name.text : undefined;
      const id = keys.some((k) => k.id === imported) ? imported : member && `${imported}.${member}`;
      if (id && keys.some((k) => k.id === id)) use(id, member && id !== imported ? node.parent : node);
      else loose.push(node.parent);
    }
    if (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node)) {
      const text = ts.isTemplateExpression(node) ? node.head.text : node.text;
      const key = keys.find((k) => (k.family ? text.startsWith(k.text) && k.text !== '' : text === k.text));
      if (key && !ts.isImportDeclaration(node.parent)) texts.push({ id: key.id, node });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { uses, loose, texts };
}

function at(file: string, sourceFile: ts.SourceFile, node: ts.Node, rule: string): StorageViolation {
  const start = node.getStart(sourceFile);
  const line = sourceFile.getLineAndCharacterOfPosition(start).line + 1;
  return { file, line, code: node.getText(sourceFile).replace(/\s+/g, ' ').slice(0, 120), rule };
}

/** Every rule over a set of files (repo-relative path → source); storage-keys.ts must be among them. */
export function checkStorage(files: ReadonlyMap<string, string>): StorageViolation[] {
  const keys = storageKeys(files.get(KEYS_FILE) ?? '');
  const violations: StorageViolation[] = [];
  const definitions = new Map<string, string[]>(keys.map((k) => [k.id, []]));
  for (const [file, source] of files) {
    if (file === KEYS_FILE) continue;
    const sourceFile = parseSource(file, source);
    if (file !== STORAGE_EDGE) violations.push(...directAccess(file, sourceFile));
    const { uses, loose, texts } = keyUses(sourceFile, keys);
    for (const node of loose)
      violations.push(at(file, sourceFile, node, `storage keys are named one at a time, only in ${DEFINE}`));
    for (const { id, node } of texts)
      violations.push(at(file, sourceFile, node, `the text of the key ${id}: name it by its constant`));
    for (const { id, node, definition } of uses) {
      if (definition)
        definitions.get(id)?.push(`${file}:${sourceFile.getLineAndCharacterOfPosition(definition.getStart()).line + 1}`);
      else violations.push(at(file, sourceFile, node, `the key ${id} outside its definition: use the item`));
    }
    const visit = (node: ts.Node) => {
      if (
        ts.isCallExpression(node) &&
        node.expression.getText(sourceFile) === DEFINE &&
        !uses.some((u) => u.definition === node)
      ) {
        violations.push(at(file, sourceFile, node, `an item whose key is not one of ${KEYS_FILE}`));
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  for (const [id, where] of definitions) {
    if (where.length !== 1) {
      violations.push({
        file: KEYS_FILE,
        line: 0,
        code: id,
        rule:
          where.length === 0
            ? `the key ${id} has no definition`
            : `the key ${id} is defined ${where.length} times: ${where.join(', ')}`,
      });
    }
  }
  return violations.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
