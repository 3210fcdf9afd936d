import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';

/**
 * Finding things the way a user (or a screen reader) does: by role and accessible name, by label, by
 * visible text. A small subset of the ARIA rules, enough for our own pages and in-page UI; `scope`
 * may be a document, an element or a (closed) shadow root.
 */
type Scope = Document | Element | ShadowRoot;

const IMPLICIT_ROLES: [selector: string, role: string][] = [
  ['button, input[type="button"], input[type="submit"]', 'button'],
  ['h1, h2, h3, h4, h5, h6', 'heading'],
  ['textarea, input:not([type]), input[type="text"], input[type="date"]', 'textbox'],
  ['input[type="search"]', 'searchbox'],
  ['input[type="checkbox"]', 'checkbox'],
  ['input[type="file"]', 'file'],
  ['select', 'combobox'],
  ['section', 'region'],
  ['fieldset, details', 'group'],
  ['ul, ol', 'list'],
  ['li', 'listitem'],
  ['progress', 'progressbar'],
  ['a[href]', 'link'],
];

/** Text as it reads: whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function roleOf(el: Element): string | undefined {
  const explicit = el.getAttribute('role');
  if (explicit) return explicit;
  return IMPLICIT_ROLES.find(([selector]) => el.matches(selector))?.[1];
}

/** The element with this id in the same tree (a shadow root has its own ids). */
function byId(el: Element, id: string): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return root.querySelector(`#${CSS.escape(id)}`);
}

function accessibleName(el: Element): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    return labelledBy
      .split(/\s+/)
      .map((id) => textOf(byId(el, id)))
      .join(' ');
  }
  const label = el.getAttribute('aria-label');
  if (label) return label.trim();
  if (el.matches('input, textarea, select')) {
    const forId = el.id ? (el.getRootNode() as Document | ShadowRoot).querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    return textOf(forId ?? el.closest('label'));
  }
  if (el.matches('fieldset')) return textOf([...el.children].find((child) => child.matches('legend')));
  if (el.matches('section, details, ul, ol')) return '';
  return textOf(el);
}

/** Hidden from everyone: `hidden`, `aria-hidden`, or inside a closed <details> (its summary aside). */
function isHidden(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"]')) return true;
  const details = el.parentElement?.closest('details');
  if (!details || details.open) return false;
  const summary = el.closest('summary');
  return !(summary && summary.parentElement === details);
}

function matchesName(actual: string, expected: string | RegExp | undefined): boolean {
  if (expected === undefined) return true;
  return typeof expected === 'string' ? actual === expected : expected.test(actual);
}

export function queryAllByRole<E extends Element = HTMLElement>(scope: Scope, role: string, name?: string | RegExp): E[] {
  return [...scope.querySelectorAll('*')].filter(
    (el): el is E => roleOf(el) === role && !isHidden(el) && matchesName(accessibleName(el), name),
  );
}

/** The one element with this role (and name); throws, listing what there is, when there is none or more. */
export function getByRole<E extends Element = HTMLElement>(scope: Scope, role: string, name?: string | RegExp): E {
  const found = queryAllByRole<E>(scope, role, name);
  if (found.length === 1) return found[0] as E;
  const seen = queryAllByRole(scope, role).map((el) => JSON.stringify(accessibleName(el)));
  throw new Error(`${found.length} × role "${role}" named ${String(name)}; there are: ${seen.join(', ') || 'none'}`);
}

/** The form field whose label reads `label`. */
export function getByLabel<E extends HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement = HTMLInputElement>(
  scope: Scope,
  label: string | RegExp,
): E {
  const fields = [...scope.querySelectorAll<E>('input, textarea, select')].filter(
    (el) => !isHidden(el) && matchesName(accessibleName(el), label),
  );
  if (fields.length !== 1) throw new Error(`${fields.length} fields labelled ${String(label)}`);
  return fields[0] as E;
}

/** A user action, with Preact's renders and effects done before it returns. */
export async function user(action: () => void): Promise<void> {
  await act(action);
}

/** Types `value` into a field as the browser reports it: the value changes, then `input` fires. */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  return user(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Chooses an option of a <select> as the browser reports it: the value changes, then `change` fires. */
export function choose(field: HTMLSelectElement, value: string): Promise<void> {
  return user(() => {
    field.value = value;
    field.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function click(el: Element): Promise<void> {
  return user(() => (el as HTMLElement).click());
}

/** A <details> by its summary's text (a disclosure has no name of its own). */
export function disclosure(scope: Scope, summary: string | RegExp): HTMLDetailsElement {
  const found = [...scope.querySelectorAll('details')].filter((d) => matchesName(textOf(d.querySelector('summary')), summary));
  if (found.length !== 1) throw new Error(`${found.length} disclosures "${String(summary)}"`);
  return found[0] as HTMLDetailsElement;
}

/** Opens a disclosure, as a click on its summary does. */
export function expand(scope: Scope, summary: string | RegExp): Promise<void> {
  const details = disclosure(scope, summary);
  return user(() => {
    details.open = true;
  });
}

/**
 * A click as the browser makes it for a real user (`isTrusted`): our in-page controls ignore any
 * other (lib/features/shared/trusted.ts), and happy-dom has no trusted events of its own.
 */
export function trustedClick(el: Element): Promise<void> {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  return user(() => {
    el.dispatchEvent(event);
  });
}

/**
 * jsdom has no layout, so no hit-testing: makes `elementsFromPoint` (document and shadow roots)
 * answer as if `el` were the topmost element wherever the pointer is, as on an honest page with the
 * control in view (lib/features/shared/seen-dom.ts). Undone by the returned function.
 */
export function pointAt(el: Element): () => void {
  const root = el.getRootNode();
  const host = root instanceof ShadowRoot ? root.host : el;
  const stubs: [Document | ShadowRoot, Element][] = [[el.ownerDocument, host]];
  if (root instanceof ShadowRoot) stubs.push([root, el]);
  for (const [scope, top] of stubs) Object.defineProperty(scope, 'elementsFromPoint', { configurable: true, value: () => [top] });
  return () => {
    for (const [scope] of stubs) delete (scope as { elementsFromPoint?: unknown }).elementsFromPoint;
  };
}

const mounted = new Set<HTMLElement>();

/** Renders `vnode` into a fresh container in the page; `cleanup()` (after each test) removes it. */
export async function show(vnode: ComponentChild): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.add(container);
  await act(() => render(vnode, container));
  return container;
}

/** Draws another tree into a container from `show`, as a parent re-rendering with new props would. */
export function rerender(container: HTMLElement, vnode: ComponentChild): Promise<void> {
  return act(() => render(vnode, container));
}

export async function cleanup(): Promise<void> {
  for (const container of mounted) {
    await act(() => render(null, container));
    container.remove();
  }
  mounted.clear();
}
