import ts from 'typescript';
import { parseSource } from './import-graph';

/**
 * Lists that must be derived from the features (lib/features/catalog.ts, the router's table), found
 * where they are typed by hand again: an array or object literal that names two or more of the same
 * kind of thing (switch keys, request types, label keys), or a shortcut's keys written anywhere
 * outside the feature that owns it.
 */
export interface DerivedFacts {
  /** Switch keys, request types, switch label keys: a literal naming two of one kind is a typed list. */
  kinds: Record<string, ReadonlySet<string>>;
  /** Strings that may appear only in the files that own them (e.g. 'Alt+Shift+K'). */
  owned: ReadonlySet<string>;
}

export interface HandTypedList {
  file: string;
  line: number;
  what: string;
}

function namesIn(node: ts.ArrayLiteralExpression | ts.ObjectLiteralExpression): string[] {
  if (ts.isArrayLiteralExpression(node)) return node.elements.filter(ts.isStringLiteralLike).map((e) => e.text);
  return node.properties.flatMap((p) => {
    const name = p.name;
    if (!name) return [];
    if (ts.isIdentifier(name) || ts.isStringLiteralLike(name)) return [name.text];
    return [];
  });
}

export function handTypedLists(files: ReadonlyMap<string, string>, facts: DerivedFacts): HandTypedList[] {
  const found: HandTypedList[] = [];
  for (const [file, source] of files) {
    const sf = parseSource(file, source);
    const at = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    const visit = (node: ts.Node) => {
      if (ts.isArrayLiteralExpression(node) || ts.isObjectLiteralExpression(node)) {
        const names = namesIn(node);
        for (const [kind, set] of Object.entries(facts.kinds)) {
          const hits = new Set(names.filter((n) => set.has(n)));
          if (hits.size >= 2) found.push({ file, line: at(node), what: `${kind}: ${[...hits].join(', ')}` });
        }
      }
      if (ts.isStringLiteralLike(node) && facts.owned.has(node.text)) found.push({ file, line: at(node), what: node.text });
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}
