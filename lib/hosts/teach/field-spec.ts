import { readField, textOf } from '../fields';
import type { FieldSpec } from '../schema';
import { composedContains, shadowHostsBetween } from './composed';
import { synthesizeSelector } from './element-selector';
import { labelBeside } from './label-beside';
import { piercingSelector } from './shadow-path';

/**
 * A FieldSpec for a value a person picked on a page: the label beside it when there is one
 * (`{ labels: ['Leerlingnummer'] }`), else a selector for the element. Checked by reading it back
 * with the field readers: undefined when the spec would not find the picked text again.
 */
export function synthesizeField(picked: Element, scope: Element, forbidden: readonly string[]): FieldSpec | undefined {
  const text = textOf(picked);
  if (!text || !composedContains(scope, picked)) return undefined;
  const avoid = [...forbidden, text];
  if (shadowHostsBetween(picked, scope).length > 0) {
    // Inside a web component's open shadow root: a selector that steps in with ` >>> `.
    const pierced = piercingSelector(picked, scope, avoid, (host) => synthesizeSelector(host, scope, avoid));
    return pierced !== undefined && readField(scope, { selector: pierced }) === text ? { selector: pierced } : undefined;
  }
  const label = labelBeside(picked, scope, avoid);
  if (label !== undefined) return { labels: [label] };
  const selector = synthesizeSelector(picked, scope, avoid);
  if (selector === undefined) return undefined;
  const spec: FieldSpec = { selector };
  return readField(scope, spec) === text ? spec : undefined;
}
