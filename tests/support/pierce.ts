import type { CDPSession, Page } from 'playwright-core';

/**
 * Looking inside our in-page UI as the browser (not the page) sees it. Our shadow roots are closed:
 * `el.shadowRoot` is null and Playwright locators stop at the host element. The DevTools protocol
 * sees everything: `DOM.getDocument` with `pierce: true` (closed roots and same-origin iframes
 * included) and the accessibility tree (what a screen reader is told). Clicks go through
 * `page.mouse`, i.e. real input events (`isTrusted`), like the teacher's.
 */

/** A node of `DOM.getDocument` (the fields we use). */
interface DomNode {
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  localName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: 'open' | 'closed' | 'user-agent';
  contentDocument?: DomNode;
}

/** One element inside one of our roots. */
export interface UiElement {
  localName: string;
  classes: string[];
  attributes: Record<string, string>;
  /** All text below it (hidden parts included: what a script inside the root could read). */
  text: string;
}

/** One in-page host `<lob-ui>` and what its shadow root holds. */
export interface UiHost {
  feature: string;
  student: string | undefined;
  hidden: boolean;
  mode: string | undefined;
  /** All text and attribute values inside the root (styles excepted). */
  text: string;
  /** Each text node inside the root (styles excepted). */
  texts: string[];
  /** backendNodeIds of every node inside the root. */
  ids: Set<number>;
  /** Elements inside the root that carry a class. */
  find(className: string): UiElement[];
}

/**
 * Polls `check` until it holds (what we look for lives in the browser's DOM, where no event of ours
 * can be awaited); throws with `what` after `timeout`. Plain Node, so scripts (npm start) use it too.
 */
async function until(check: () => Promise<boolean>, what: string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`niet gevonden binnen ${timeout} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function session(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

function attributesOf(node: DomNode): Record<string, string> {
  const out: Record<string, string> = {};
  const a = node.attributes ?? [];
  for (let i = 0; i + 1 < a.length; i += 2) out[a[i] as string] = a[i + 1] as string;
  return out;
}

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const root of node.shadowRoots ?? []) yield* walk(root);
  if (node.contentDocument) yield* walk(node.contentDocument);
  for (const child of node.children ?? []) yield* walk(child);
}

/** Text nodes and attribute values below a node (no `<style>`). */
function contentOf(node: DomNode, withAttributes: boolean): string {
  const out: string[] = [];
  const visit = (n: DomNode) => {
    if (n.nodeType === 3) out.push(n.nodeValue);
    if (n.localName === 'style') return;
    if (withAttributes && n.nodeType === 1) out.push(...Object.values(attributesOf(n)));
    for (const root of n.shadowRoots ?? []) visit(root);
    for (const child of n.children ?? []) visit(child);
  };
  visit(node);
  return out.join(withAttributes ? '\n' : '');
}

function isStyleText(text: DomNode, nodes: DomNode[]): boolean {
  return nodes.some((n) => n.localName === 'style' && n.children?.includes(text));
}

/** The whole document as the browser sees it, closed shadow roots and iframes included. */
async function piercedDocument(page: Page): Promise<DomNode> {
  const cdp = await session(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  return root;
}

/** Every `<lob-ui>` host on the page (and in its same-origin frames), optionally of one feature. */
export async function uiHosts(page: Page, feature?: string): Promise<UiHost[]> {
  const hosts: UiHost[] = [];
  for (const node of walk(await piercedDocument(page))) {
    if (node.localName !== 'lob-ui') continue;
    const attrs = attributesOf(node);
    if (attrs['data-lob-ui'] === undefined || (feature && attrs['data-lob-ui'] !== feature)) continue;
    const root = node.shadowRoots?.[0];
    const inside = root ? [...walk(root)] : [];
    hosts.push({
      feature: attrs['data-lob-ui'],
      student: attrs['data-lob-student'],
      hidden: 'hidden' in attrs,
      mode: root?.shadowRootType,
      text: root ? contentOf(root, true) : '',
      texts: inside.filter((n) => n.nodeType === 3 && !isStyleText(n, inside)).map((n) => n.nodeValue),
      ids: new Set(inside.map((n) => n.backendNodeId)),
      find: (className) =>
        inside
          .filter((n) => n.nodeType === 1 && (attributesOf(n).class ?? '').split(/\s+/).includes(className))
          .map((n) => ({
            localName: n.localName,
            classes: (attributesOf(n).class ?? '').split(/\s+/),
            attributes: attributesOf(n),
            text: contentOf(n, false),
          })),
    });
  }
  return hosts;
}

/** The visible text of one feature's elements of a class (e.g. the card's `.card`), polled until present. */
export async function waitForUiElement(
  page: Page,
  feature: string,
  className: string,
  text?: string | RegExp,
): Promise<UiElement> {
  const matches = (e: UiElement) => text === undefined || (typeof text === 'string' ? e.text.includes(text) : text.test(e.text));
  const found = async () => (await uiHosts(page, feature)).flatMap((h) => h.find(className)).find(matches);
  await until(async () => Boolean(await found()), `${feature} .${className}`);
  return (await found()) as UiElement;
}

/** One node of the accessibility tree (the fields we use). */
interface AxNode {
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  value?: { value?: unknown };
  description?: { value?: unknown };
  backendDOMNodeId?: number;
}

/** All text and attribute values of the whole document as the browser holds it (closed roots, frames). */
export async function documentText(page: Page): Promise<string> {
  return contentOf(await piercedDocument(page), true);
}

/**
 * What a screen reader can be told, per node: name, value (e.g. a text field's content) and
 * description, of every node that is not ignored.
 */
export async function accessibleStrings(page: Page): Promise<{ backendNodeId?: number; text: string }[]> {
  const cdp = await session(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  return nodes
    .filter((n) => !n.ignored)
    .map((n) => ({
      ...(n.backendDOMNodeId ? { backendNodeId: n.backendDOMNodeId } : {}),
      text: [n.name?.value, n.value?.value, n.description?.value].filter((v) => v !== undefined && v !== '').join('\n'),
    }));
}

/** Role and accessible name of everything a screen reader is told about, closed shadow roots included. */
async function accessibleNames(page: Page): Promise<{ role: string; name: string; backendNodeId?: number }[]> {
  const cdp = await session(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  return nodes
    .filter((n) => !n.ignored)
    .map((n) => ({
      role: n.role?.value ?? '',
      name: n.name?.value ?? '',
      ...(n.backendDOMNodeId ? { backendNodeId: n.backendDOMNodeId } : {}),
    }));
}

export interface UiControlQuery {
  role: string;
  name: string | RegExp;
  /** Only inside hosts of this feature… */
  feature?: string;
  /** …for this student. */
  student?: string;
  /** Which match (document order of the accessibility tree), 0 by default. */
  nth?: number;
}

async function findControl(page: Page, query: UiControlQuery): Promise<number | undefined> {
  const hosts = (await uiHosts(page, query.feature)).filter((h) => query.student === undefined || h.student === query.student);
  // No host of ours yet: the accessibility tree (the costly part of a poll) is not read.
  if (hosts.length === 0) return undefined;
  const ours = (id: number) => hosts.some((h) => h.ids.has(id));
  const nameMatches = (name: string) => (typeof query.name === 'string' ? name === query.name : query.name.test(name));
  const matches = (await accessibleNames(page)).filter(
    (n) => n.role === query.role && nameMatches(n.name) && n.backendNodeId !== undefined && ours(n.backendNodeId),
  );
  return matches[query.nth ?? 0]?.backendNodeId;
}

/** Waits until one of our controls (by role and accessible name) is shown; returns its node id. */
export async function waitForUiControl(page: Page, query: UiControlQuery): Promise<number> {
  await until(async () => (await findControl(page, query)) !== undefined, `${query.role} "${String(query.name)}"`);
  return (await findControl(page, query)) as number;
}

/**
 * Whether a control of ours may act on a press now: a control that writes (`data-lob-guard`, see
 * lib/features/shared/seen-dom.ts) acts only once it has been seen long enough (`data-lob-armed`).
 */
async function armed(page: Page, backendNodeId: number): Promise<boolean> {
  const cdp = await session(page);
  const { node } = (await cdp.send('DOM.describeNode', { backendNodeId })) as { node: DomNode };
  const attributes = attributesOf(node);
  return !('data-lob-guard' in attributes) || 'data-lob-armed' in attributes;
}

/**
 * Waits until one of our controls is shown, in view, and (a control that writes) seen long enough
 * that a press counts; returns the centre of its box, where the teacher would click.
 */
export async function controlCentre(page: Page, query: UiControlQuery): Promise<{ x: number; y: number }> {
  const backendNodeId = await waitForUiControl(page, query);
  const cdp = await session(page);
  await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId });
  await until(() => armed(page, backendNodeId), `${query.role} "${String(query.name)}" lang genoeg zichtbaar`);
  return centreOf(page, backendNodeId, query);
}

/** The centre of a control's box as it is drawn now (after any transform). */
export async function centreOf(page: Page, backendNodeId: number, query: UiControlQuery): Promise<{ x: number; y: number }> {
  const cdp = await session(page);
  const { quads } = (await cdp.send('DOM.getContentQuads', { backendNodeId })) as { quads: number[][] };
  const quad = quads[0];
  if (!quad) throw new Error(`${query.role} "${String(query.name)}" is not rendered`);
  const xs = [quad[0], quad[2], quad[4], quad[6]] as number[];
  const ys = [quad[1], quad[3], quad[5], quad[7]] as number[];
  return { x: xs.reduce((a, b) => a + b, 0) / 4, y: ys.reduce((a, b) => a + b, 0) / 4 };
}

/** Clicks one of our controls as the teacher would: scrolled into view, seen, a real mouse click at its centre. */
export async function clickUiControl(page: Page, query: UiControlQuery): Promise<void> {
  const { x, y } = await controlCentre(page, query);
  await page.mouse.click(x, y);
}

/** Gives one of our controls the keyboard focus, as Tab would (the page cannot reach it: a closed root). */
export async function focusUiControl(page: Page, query: UiControlQuery): Promise<void> {
  const backendNodeId = await waitForUiControl(page, query);
  const cdp = await session(page);
  await cdp.send('DOM.focus', { backendNodeId });
}
