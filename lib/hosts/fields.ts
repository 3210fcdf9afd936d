import type { Field, FieldSpec } from './schema';

/** Lower case, trimmed, single spaces, no trailing colon: "Stamnummer:" ≡ "stamnummer". */
export function normalizeLabel(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\s*:$/, '').toLowerCase();
}

export function cleanText(text: string | null | undefined): string | undefined {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value ? value : undefined;
}

/** `scope` itself when it matches, else its first matching descendant; a bad selector finds nothing. */
export function selectIn(scope: Element, selector: string): Element | null {
  try {
    return scope.matches(selector) ? scope : scope.querySelector(selector);
  } catch {
    return null;
  }
}

export function selectAll(scope: ParentNode, selector: string): Element[] {
  try {
    return Array.from(scope.querySelectorAll(selector));
  } catch {
    return [];
  }
}

const LABEL_CANDIDATES = 'dt, th, label, .label, [class*="label"], span, div, td, strong, b';

/** Finds a value by its label: the element after the label, or the rest of "Label: value". */
export function findByLabel(scope: Element, labels: readonly string[]): string | undefined {
  const wanted = labels.map(normalizeLabel);
  for (const el of selectAll(scope, LABEL_CANDIDATES)) {
    if (el.childElementCount > 0) continue;
    const own = el.textContent ?? '';
    const label = normalizeLabel(own);
    if (wanted.includes(label)) {
      const value = cleanText(el.nextElementSibling?.textContent);
      if (value) return value;
      continue;
    }
    const colon = own.indexOf(':');
    if (colon > 0 && wanted.includes(normalizeLabel(own.slice(0, colon)))) {
      const value = cleanText(own.slice(colon + 1));
      if (value) return value;
    }
  }
  return undefined;
}

function readSpec(scope: Element, spec: FieldSpec): string | undefined {
  if (spec.selector !== undefined || spec.attribute !== undefined) {
    const el = spec.selector === undefined ? scope : selectIn(scope, spec.selector);
    const value = spec.attribute === undefined ? cleanText(el?.textContent) : cleanText(el?.getAttribute(spec.attribute));
    if (value) return value;
  }
  return spec.labels ? findByLabel(scope, spec.labels) : undefined;
}

/** Reads a field; alternatives are tried in order; never throws. */
export function readField(scope: Element, field: Field | undefined): string | undefined {
  if (!field) return undefined;
  const specs = Array.isArray(field) ? field : [field];
  for (const spec of specs) {
    const value = readSpec(scope, spec);
    if (value) return value;
  }
  return undefined;
}
