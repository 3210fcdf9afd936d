import { findByLabel, textOf } from '../fields';
import { mentionsStudent } from './student-words';

/**
 * "The value next to Stamnummer": the label a picked value stands after, read back the way the
 * field readers read labels (lib/hosts/fields.ts `findByLabel`), so a taught `{ labels: [...] }`
 * finds the same text again on every student's page, whatever the markup around it.
 */

const MAX_LABEL = 60;

/** The text of a leaf (or of a chain of single-child wrappers around one), if short. */
function leafText(el: Element): string | undefined {
  let leaf: Element = el;
  while (leaf.childElementCount === 1 && leaf.firstElementChild) leaf = leaf.firstElementChild;
  if (leaf.childElementCount > 0) return undefined;
  const text = textOf(leaf);
  return text && text.length <= MAX_LABEL ? text : undefined;
}

/** Label texts just before the value: its previous sibling, or that of a single-child wrapper around it. */
function labelCandidates(value: Element, scope: Element): string[] {
  const out: string[] = [];
  let el: Element | null = value;
  for (let depth = 0; el && el !== scope && depth < 3; depth++) {
    const before = el.previousElementSibling;
    const text = before ? leafText(before) : undefined;
    if (text) out.push(text.replace(/\s*[:：]$/, ''));
    const parent: Element | null = el.parentElement;
    if (!parent || parent.childElementCount > 2) break;
    el = parent;
  }
  return out;
}

/**
 * The label that leads to the picked value within `scope`, or undefined. Never a label that is
 * itself one of the `forbidden` values or holds a number (a name or an id shown before a value is not a label).
 */
export function labelBeside(value: Element, scope: Element, forbidden: readonly string[]): string | undefined {
  const text = textOf(value);
  if (!text) return undefined;
  return labelCandidates(value, scope).find(
    (label) =>
      label !== '' &&
      !/\d{3,}/.test(label) &&
      !mentionsStudent(label, [...forbidden, text]) &&
      findByLabel(scope, [label]) === text,
  );
}
