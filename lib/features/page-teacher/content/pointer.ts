import { frameDocuments, isElement } from '../../../hosts/frames';

/**
 * Pointing at the school page while teaching: hover marks an element, a (trusted) click picks it and
 * never reaches the page (no link followed, no field focused). Only while a step waits for a pick;
 * our own UI (`ours`) is left alone. Keyboard users move the mark with `move`. Same-origin frames of
 * the page are pointed at like the page itself (Magister renders views in iframes).
 */
export interface Pointer {
  /** Start or stop listening for picks (between steps the page works as usual). */
  setActive(active: boolean): void;
  /** The marked element, for the keyboard: next/previous element with text, or the one around it. */
  move(direction: 'next' | 'previous' | 'parent'): Element | undefined;
  marked(): Element | undefined;
  stop(): void;
}

const SWALLOWED = ['pointerdown', 'mousedown', 'mouseup', 'click', 'dblclick', 'auxclick'] as const;

/** Elements a person could mean: with text of their own, or a field. */
function meaningful(el: Element): boolean {
  if (el.matches('input, textarea, select')) return true;
  return Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim().length > 0);
}

/** Shown on the page: has a box, and not pushed out of the page to the left or top (a decoy "off screen"). */
function onPage(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  const view = el.ownerDocument.defaultView;
  const scrollX = view?.scrollX ?? 0;
  const scrollY = view?.scrollY ?? 0;
  return rect.width > 0 && rect.height > 0 && rect.right + scrollX > 0 && rect.bottom + scrollY > 0;
}

export function createPointer(
  doc: Document,
  ours: Element,
  onMark: (el: Element | undefined) => void,
  onPick: (el: Element) => void,
): Pointer {
  let active = false;
  let mark: Element | undefined;
  const setMark = (el: Element | undefined) => {
    mark = el;
    onMark(el);
  };
  const target = (event: Event): Element | undefined => {
    const first = event.composedPath()[0];
    if (!isElement(first) || first === ours || ours.contains(first)) return undefined;
    return first;
  };
  // Only the teacher's own hand: a move or click the page's scripts made (`isTrusted` false) marks
  // and picks nothing, so the page cannot choose what gets picked.
  const onMove = (event: Event) => {
    if (!active || !event.isTrusted) return;
    const el = target(event);
    if (el && el !== mark) setMark(el);
  };
  const swallow = (event: Event) => {
    if (!active) return;
    const el = target(event);
    if (!el) return;
    event.preventDefault();
    event.stopPropagation();
    event.stopImmediatePropagation();
    if (event.type === 'click' && event.isTrusted) onPick(el);
  };
  const attached = new Set<Document>();
  const attach = (d: Document) => {
    if (attached.has(d)) return;
    attached.add(d);
    d.addEventListener('pointermove', onMove, true);
    for (const type of SWALLOWED) d.addEventListener(type, swallow, true);
  };
  const detach = (d: Document) => {
    d.removeEventListener('pointermove', onMove, true);
    for (const type of SWALLOWED) d.removeEventListener(type, swallow, true);
  };
  // A frame that loads (or navigates) has a new document: point at it too.
  const attachFrames = () => {
    for (const frameDoc of frameDocuments(doc)) attach(frameDoc);
  };
  attach(doc);
  attachFrames();
  doc.addEventListener('load', attachFrames, true);

  const candidates = () =>
    [doc, ...frameDocuments(doc)]
      .flatMap((d) => Array.from(d.body?.querySelectorAll('*') ?? []))
      .filter((el) => !ours.contains(el) && el !== ours && meaningful(el) && onPage(el));

  return {
    setActive(on) {
      active = on;
      if (on) attachFrames();
      else setMark(undefined);
    },
    move(direction) {
      if (direction === 'parent') {
        const up = mark?.parentElement;
        if (up && up !== up.ownerDocument.body) setMark(up);
        return mark;
      }
      const list = candidates();
      const at = mark ? list.findIndex((el) => el === mark || el.contains(mark as Element)) : -1;
      const next = direction === 'next' ? list[at + 1] : list[at <= 0 ? list.length - 1 : at - 1];
      if (next) {
        setMark(next);
        next.scrollIntoView({ block: 'nearest' });
      }
      return mark;
    },
    marked: () => mark,
    stop() {
      for (const d of attached) detach(d);
      attached.clear();
      doc.removeEventListener('load', attachFrames, true);
      setMark(undefined);
    },
  };
}
