import { readField, textOf } from '../fields';
import type { FieldSpec } from '../schema';
import { synthesizeSelector } from './element-selector';
import { labelBeside } from './label-beside';

/**
 * A FieldSpec for a value a person picked on a page: the label beside it when there is one
 * (`{ labels: ['Leerlingnummer'] }`), else a selector for the element. Checked by reading it back
 * with the field readers: undefined when the spec would not find the picked text again.
 */
export function synthesizeField(picked: Element, scope: Element, forbidden: readonly string[]): FieldSpec | undefined {
  const text = textOf(picked);
  if (!text || !scope.contains(picked)) return undefined;
  const avoid = [...forbidden, text];
  const label = labelBeside(picked, scope, avoid);
  if (label !== undefined) return { labels: [label] };
  const selector = synthesizeSelector(picked, scope, avoid);
  if (selector === undefined) return undefined;
  const spec: FieldSpec = { selector };
  return readField(scope, spec) === text ? spec : undefined;
}
