/**
 * Finding a view root fast. Host profiles name roots as `base:has(A):has(B)` ("the results view that
 * has a lesgroep header and a names list"). Chromium answers such a `:has()` by walking the
 * candidate's whole subtree — about half a millisecond per condition on a 1000-row grid, on every
 * scan. Here each condition is one `querySelector(':scope A')` on the few candidates, which stops at
 * the first match: the same answer for descendant (`A B`) and child (`> A`) conditions. Any other
 * selector (a list, nested parentheses, a sibling condition) goes to `querySelector` as written.
 */

interface Split {
  base: string;
  conditions: string[];
}

/**
 * `base` followed directly (no space: `a :has(b)` means any element under `a`) by one or more
 * `:has(…)` without parentheses or commas inside.
 */
const HAS_CHAIN = /^([^,()]*[^,()\s>+~])((?::has\([^(),]+\))+)$/;

const splits = new Map<string, Split | null>();

function split(selector: string): Split | null {
  let known = splits.get(selector);
  if (known === undefined) {
    const match = HAS_CHAIN.exec(selector.trim());
    const args = match?.[2]?.match(/:has\(([^()]+)\)/g)?.map((has) => has.slice(5, -1).trim()) ?? [];
    known =
      match?.[1] && args.length > 0 && args.every((arg) => arg !== '' && !/^[+~]/.test(arg))
        ? { base: match[1], conditions: args.map((arg) => `:scope ${arg}`) }
        : null;
    splits.set(selector, known);
  }
  return known;
}

/** The first element in document order that matches `selector` (as `querySelector`); throws on a bad selector. */
export function selectRoot(doc: Document, selector: string): Element | null {
  const parts = split(selector);
  if (!parts) return doc.querySelector(selector);
  for (const candidate of doc.querySelectorAll(parts.base)) {
    if (parts.conditions.every((condition) => candidate.querySelector(condition) !== null)) return candidate;
  }
  return null;
}
