import { textOf } from '../fields';
import { isSafePattern } from '../safe-pattern';
import type { PageProfile } from '../schema';
import { composedContains, composedParent } from './composed';
import { synthesizeSelector } from './element-selector';

/** What teaching a page gives, and the steps every kind of page shares (lib/hosts/teach/teach-*.ts). */

export interface TaughtPage {
  /** Undefined when the page cannot be recognised from these picks (root or route missing). */
  page?: PageProfile;
  /** Fields that were picked but for which no robust way to read them was found ('root', 'route', 'name', …). */
  missing: string[];
}

/** The address a page was taught on: `location.pathname + location.hash`. */
export interface TeachAddress {
  pathAndHash: string;
  /** The student id as it appears in the address, when the person said so ("take it from the address"). */
  studentId?: string;
}

/** The smallest element that holds all of `elements` (through shadow roots: a web component's host holds what it renders). */
export function commonAncestor(elements: readonly Element[]): Element | undefined {
  const [first, ...rest] = elements;
  let candidate: Element | null = first ?? null;
  while (candidate && !rest.every((el) => candidate && composedContains(candidate, el))) candidate = composedParent(candidate);
  return candidate ?? undefined;
}

/** The texts of the picked elements (kept out of every selector). */
export function texts(elements: readonly (Element | undefined)[]): string[] {
  return elements.flatMap((el) => {
    const text = el ? textOf(el) : undefined;
    return text ? [text] : [];
  });
}

/** A document-wide selector for `root` that names it (no positions), walking up when it has none. */
export function rootSelectorFor(
  from: Element,
  doc: Document,
  forbidden: readonly string[],
): { root: Element; selector: string } | undefined {
  const top = doc.documentElement;
  for (let el: Element | null = from; el && el !== top && el !== doc.body; el = el.parentElement) {
    const selector = synthesizeSelector(el, top, forbidden);
    if (selector !== undefined && !selector.includes(':nth-of-type')) return { root: el, selector };
  }
  return undefined;
}

/** The page profile if the schema accepts it. */
/**
 * A light check that runs in the school page (no schema library there): a safe route and a root.
 * The background validates the whole patch with the profile schema before it is kept.
 */
export function withChecks(page: PageProfile, missing: string[]): TaughtPage {
  return isSafePattern(page.route) && page.root.length > 0 ? { page, missing } : { missing: [...missing, 'profile'] };
}

/** Teaching runs inside the school's page: a failure is reported as `missing: ['error']`, never thrown. */
export function safely(teach: () => TaughtPage): TaughtPage {
  try {
    return teach();
  } catch {
    return { missing: ['error'] };
  }
}
