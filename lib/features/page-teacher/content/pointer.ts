/**
 * Pointing at the school page while teaching: hover marks an element, a (trusted) click picks it and
 * never reaches the page (no link followed, no field focused). Only while a step waits for a pick;
 * our own UI (`ours`) is left alone. Keyboard users move the mark with `move`.
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
    if (!(first instanceof Element) || first === ours || ours.contains(first)) return undefined;
    return first;
  };
  // Only the teacher's own hand: a move or click the page's scripts made (`isTrusted` false) marks
  // and picks nothing, so the page cannot choose what gets picked.
  const onMove = (event: PointerEvent) => {
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
  doc.addEventListener('pointermove', onMove, true);
  for (const type of SWALLOWED) doc.addEventListener(type, swallow, true);

  const candidates = () =>
    Array.from(doc.body.querySelectorAll('*')).filter((el) => !ours.contains(el) && el !== ours && meaningful(el));

  return {
    setActive(on) {
      active = on;
      if (!on) setMark(undefined);
    },
    move(direction) {
      if (direction === 'parent') {
        const up = mark?.parentElement;
        if (up && up !== doc.body) setMark(up);
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
      doc.removeEventListener('pointermove', onMove, true);
      for (const type of SWALLOWED) doc.removeEventListener(type, swallow, true);
      setMark(undefined);
    },
  };
}
