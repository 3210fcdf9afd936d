import { ourElements } from '../../shared/mount';
import { createNearRows } from './near-rows';

/**
 * Where the grading cues live: one layer of our own at the end of the page's <body>, so the host's
 * grid gets no added node at all and typing in it never lays out anything of ours. The layer draws a
 * cue only for rows within {@link NEAR_PX} of the viewport, beside each row's anchor (the grade input,
 * or the name in a grid built by column), and follows scrolling and resizing one frame at a time,
 * measuring only the rows around those that were near (lib/features/grading-cue/near-rows.ts).
 * Rows further away have no cue (and no node). Nothing here runs per keystroke: a grade field that
 * scrolls its own text while the teacher types is not a scroll of the rows.
 */

/** A cue exists for every row whose anchor is at most this far outside the viewport. */
const NEAR_PX = 400;

export interface Anchored {
  /** Beside this element; a row without one (no input, no name) gets no cue. */
  anchor: Element | undefined;
}

/** The anchor's box on screen; undefined when it has none (hidden, or gone from the page). */
function boxOf(row: Anchored): DOMRect | undefined {
  const rect = row.anchor?.isConnected ? row.anchor.getBoundingClientRect() : undefined;
  return !rect || (rect.width === 0 && rect.height === 0) ? undefined : rect;
}

/** The nearest ancestor that scrolls its content (Docent's grid), or undefined when the page itself scrolls. */
function scrollerOf(element: Element): Element | undefined {
  const view = element.ownerDocument.defaultView;
  for (let el = element.parentElement; el && el !== element.ownerDocument.body; el = el.parentElement) {
    const style = view?.getComputedStyle(el);
    if (style && /(auto|scroll|hidden)/.test(`${style.overflowY} ${style.overflowX}`)) return el;
  }
  return undefined;
}

/**
 * The stacking level of what the cues annotate: the highest z-index among the anchor's positioned
 * ancestors (a sticky names list, say). At that level, later in the page, the cues are painted over
 * their rows, and the host's own menus and dialogs (higher still) stay over the cues.
 */
function stackLevelOf(element: Element): string {
  const view = element.ownerDocument.defaultView;
  let level = 0;
  for (let el = element.parentElement; el; el = el.parentElement) {
    const style = view?.getComputedStyle(el);
    if (!style || style.position === 'static') continue;
    const z = Number.parseInt(style.zIndex, 10);
    if (Number.isFinite(z) && z > level) level = z;
  }
  return level > 0 ? String(level) : 'auto';
}

/**
 * `create` makes the cue host of a row that came near (into `parent`), `remove` takes it away; the
 * layer sets the host's left/top. `root` is the grid's view: a change of its size redraws.
 */
export function createCueLayer<T extends Anchored>(options: {
  doc: Document;
  root: Element;
  signal: AbortSignal;
  create(row: T, parent: Element): HTMLElement | undefined;
  remove(row: T, host: HTMLElement): void;
}): { place(rows: readonly T[]): void } {
  const { doc, signal } = options;
  const layer = doc.createElement('lob-ui');
  layer.dataset.lobUi = 'grading-layer';
  Object.assign(layer.style, { position: 'absolute', left: '0', top: '0', width: '0', height: '0', display: 'block' });
  const clip = doc.createElement('lob-ui');
  clip.dataset.lobUi = 'grading-clip';
  Object.assign(clip.style, { position: 'absolute', display: 'block', pointerEvents: 'none' });
  layer.append(clip);
  ourElements.add(layer);
  ourElements.add(clip);
  let attached = false;
  const hosts = new Map<T, HTMLElement>();
  let rows: readonly T[] = [];
  let scroller: Element | undefined;
  let scrollerOfAnchor: Element | undefined;
  let frame = 0;
  const nearRows = createNearRows<T>(NEAR_PX);

  const draw = () => {
    frame = 0;
    if (signal.aborted) return;
    if (!attached) {
      (doc.body ?? doc.documentElement).append(layer);
      attached = true;
    }
    const view = doc.defaultView;
    const height = view?.innerHeight ?? 0;
    const first = rows.find((r) => r.anchor)?.anchor;
    if (first !== scrollerOfAnchor) {
      scrollerOfAnchor = first;
      scroller = first ? scrollerOf(first) : undefined;
      layer.style.zIndex = first ? stackLevelOf(first) : 'auto';
    }
    const origin = layer.getBoundingClientRect();
    // Inside a scrolling grid, cues are clipped to its visible box (as the rows are).
    const box = scroller?.isConnected ? scroller.getBoundingClientRect() : undefined;
    const clipLeft = box ? box.left - origin.left : 0;
    const clipTop = box ? box.top - origin.top : 0;
    Object.assign(clip.style, {
      left: `${clipLeft}px`,
      top: `${clipTop}px`,
      width: box ? `${scroller?.clientWidth ?? box.width}px` : '0',
      height: box ? `${scroller?.clientHeight ?? box.height}px` : '0',
      overflow: box ? 'hidden' : 'visible',
    });
    // Read every position first, then write: creating a host between two reads would force the
    // browser to lay the page out again for each row.
    const near = nearRows.find(rows, boxOf, height);
    for (const [row, rect] of near) {
      let host = hosts.get(row);
      if (!host) {
        host = options.create(row, clip);
        if (!host) continue;
        host.style.pointerEvents = 'auto';
        hosts.set(row, host);
      }
      host.style.left = `${rect.right - origin.left - clipLeft}px`;
      host.style.top = `${rect.top + rect.height / 2 - origin.top - clipTop}px`;
    }
    for (const [row, host] of hosts) {
      if (near.has(row)) continue;
      hosts.delete(row);
      options.remove(row, host);
    }
  };

  const later = () => {
    if (!frame && !signal.aborted) frame = requestAnimationFrame(draw);
  };
  /**
   * Per scrolled element: whether it holds rows (the page or the grid's own scroller) or not (a menu,
   * or a grade field scrolling its own text as the teacher types, even when it is the anchor). Only
   * the first moves a cue; asked once per element and set of rows.
   */
  let holdsRows = new WeakMap<EventTarget, boolean>();
  const onScroll = (e: Event) => {
    const target = e.target;
    if (target instanceof Element && target !== doc.documentElement && target !== doc.body) {
      let holds = holdsRows.get(target);
      if (holds === undefined) {
        holds = rows.some((row) => row.anchor !== undefined && row.anchor !== target && target.contains(row.anchor));
        holdsRows.set(target, holds);
      }
      if (!holds) return;
    }
    later();
  };
  doc.addEventListener('scroll', onScroll, { capture: true, passive: true, signal });
  doc.defaultView?.addEventListener('resize', later, { passive: true, signal });
  const resized = new ResizeObserver(later);
  resized.observe(options.root);
  signal.addEventListener(
    'abort',
    () => {
      if (frame) cancelAnimationFrame(frame);
      resized.disconnect();
      layer.remove();
    },
    { once: true },
  );

  return {
    /**
     * New rows are drawn at once (their cues appear in the frame that shows them); the same rows
     * again (a changed text or grade) are redrawn with the next frame, so a burst of DOM changes
     * costs one layout read, not one per change.
     */
    place(next) {
      const known = new Set(rows);
      rows = next;
      if (!next.every((row) => known.has(row))) {
        holdsRows = new WeakMap();
        nearRows.reset();
        if (frame) cancelAnimationFrame(frame);
        draw();
      } else {
        later();
      }
    },
  };
}
