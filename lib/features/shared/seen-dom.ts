import { ourElements } from './mount';
import { pressCounts, type SeenFacts, type StyleFacts, visibleNow } from './seen';

/**
 * The edge of the clickjacking rule (./seen.ts): measures in the page whether one of our writing
 * controls is really seen, keeps since when it has been, and lets a click act only when it was.
 *
 * A control opts in with the attribute `data-lob-guard`; {@link watchSeen} on its container measures
 * every such control about ten times a second (its style path and the topmost element at its centre)
 * and keeps since when it has been visible without a break (marked `data-lob-armed`, so the control
 * can look ready); {@link onlySeen} wraps its click handler.
 */

const GUARD = 'data-lob-guard';
const ARMED = 'data-lob-armed';
const POLL_MS = 100;

interface Watched {
  since: number | undefined;
  /** Chromium's IntersectionObserver v2 verdict (trackVisibility), when there is one. */
  browserSaysVisible: boolean | undefined;
  /** The verdict taken at the last pointer-down on the control. */
  pressed: boolean | undefined;
}

const watched = new WeakMap<Element, Watched>();

function styleOf(element: Element): StyleFacts {
  const s = getComputedStyle(element);
  // `?? ''`: a property the engine does not know (jsdom) is no style at all.
  const read = (name: string) => s.getPropertyValue(name) ?? '';
  return {
    opacity: read('opacity'),
    visibility: read('visibility'),
    filter: read('filter'),
    transform: read('transform'),
    clipPath: read('clip-path'),
    clip: read('clip'),
    mask: read('mask-image'),
    mixBlendMode: read('mix-blend-mode'),
  };
}

/** The element's parent, across a shadow root to its host, and out of a same-origin frame to its element. */
function parentAcross(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  if (root instanceof ShadowRoot) return root.host;
  try {
    return element.ownerDocument.defaultView?.frameElement ?? null;
  } catch {
    return null; // a cross-origin parent: only the browser's own signal (Chromium) speaks for it
  }
}

function stylePath(control: Element): StyleFacts[] {
  const path: StyleFacts[] = [];
  for (let el: Element | null = control; el; el = parentAcross(el)) path.push(styleOf(el));
  return path;
}

function hostOf(control: Element): { root: ShadowRoot; host: Element } | undefined {
  const root = control.getRootNode();
  return root instanceof ShadowRoot ? { root, host: root.host } : undefined;
}

/** Is the topmost element at the point, as the browser hit-tests it, our control or inside it? */
function topmostIsOurs(control: Element, x: number, y: number): boolean {
  const own = hostOf(control);
  // No hit-testing (not a browser with layout): nothing can be called seen.
  const doc = control.ownerDocument;
  if (!own || typeof own.root.elementsFromPoint !== 'function' || typeof doc.elementsFromPoint !== 'function') return false;
  const [pageTop] = doc.elementsFromPoint(x, y);
  const [inside] = own.root.elementsFromPoint(x, y);
  return pageTop === own.host && inside !== undefined && control.contains(inside);
}

/**
 * A page element that paints over the point but lets the pointer through (`pointer-events: none`):
 * `elementsFromPoint` skips it, so the topmost test above cannot see it. The browser tells no paint
 * order for such an element, so any visible one whose box holds the point and that is not our host
 * or one of its ancestors (nor another element of ours: ./mount.ts `ourElements`, e.g. the cues'
 * pass-through layer) counts as covering, whether it is above or below us. That errs towards
 * refusing: a refused press only becomes a suggestion the teacher confirms in the side panel, while
 * an accepted forged one writes a record. An honest school page has no reason to lay a pass-through
 * element over our popover or card. (Elements inside the page's own shadow roots are looked at too.)
 */
function passThroughOver(control: Element, x: number, y: number): boolean {
  const own = hostOf(control);
  if (!own) return true;
  const doc = control.ownerDocument;
  const skip = new Set<Element>();
  for (let el: Element | null = own.host; el; el = el.parentElement) skip.add(el);
  const roots: (Document | ShadowRoot)[] = [doc];
  for (let i = 0; i < roots.length; i++) {
    const elements = (roots[i] as Document | ShadowRoot).querySelectorAll('*');
    for (const el of elements) {
      if (el.shadowRoot) roots.push(el.shadowRoot);
      if (skip.has(el) || ourElements.has(el)) continue;
      const r = el.getBoundingClientRect();
      if (x < r.left || x > r.right || y < r.top || y > r.bottom || r.width === 0 || r.height === 0) continue;
      const s = getComputedStyle(el);
      if (s.pointerEvents !== 'none') continue;
      const shown =
        typeof el.checkVisibility === 'function'
          ? el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
          : s.visibility !== 'hidden' && Number(s.opacity) > 0;
      if (shown) return true;
    }
  }
  return false;
}

function centre(control: Element): { x: number; y: number } {
  const r = control.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

function measure(control: Element, x: number, y: number, full: boolean): SeenFacts {
  return {
    path: stylePath(control),
    topmostIsOurs: topmostIsOurs(control, x, y),
    passThroughOver: full ? passThroughOver(control, x, y) : false,
    browserSaysVisible: watched.get(control)?.browserSaysVisible,
  };
}

/** The full verdict for a press at this point now (pointer-down, or the centre for a key). */
function verdict(control: Element, x: number, y: number): boolean {
  return pressCounts(measure(control, x, y, true), watched.get(control)?.since, performance.now());
}

/** IntersectionObserver v2 (Chromium): the browser's own "is it visible and unoccluded" as an extra signal. */
function visibilityObserver(): IntersectionObserver | undefined {
  if (typeof IntersectionObserver === 'undefined' || !('isVisible' in IntersectionObserverEntry.prototype)) return undefined;
  const options = { threshold: [1], trackVisibility: true, delay: 100 } as IntersectionObserverInit;
  return new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const state = watched.get(entry.target);
      if (state) state.browserSaysVisible = (entry as IntersectionObserverEntry & { isVisible: boolean }).isVisible;
    }
  }, options);
}

/** Measures the guarded controls inside `container` until `signal` aborts. */
export function watchSeen(container: Element, signal: AbortSignal): void {
  const observer = visibilityObserver();
  const tick = () => {
    for (const control of container.querySelectorAll(`[${GUARD}]`)) {
      let state = watched.get(control);
      if (!state) {
        state = { since: undefined, browserSaysVisible: undefined, pressed: undefined };
        watched.set(control, state);
        observer?.observe(control);
      }
      const { x, y } = centre(control);
      const now = performance.now();
      const facts = measure(control, x, y, false);
      if (!visibleNow(facts)) state.since = undefined;
      else state.since ??= now;
      control.toggleAttribute(ARMED, pressCounts(facts, state.since, now));
    }
  };
  const pointerDown = (event: Event) => {
    const e = event as PointerEvent;
    const control = (e.target as Element | null)?.closest?.(`[${GUARD}]`);
    const state = control ? watched.get(control) : undefined;
    if (control && state) state.pressed = e.isTrusted && verdict(control, e.clientX, e.clientY);
  };
  tick();
  const timer = setInterval(tick, POLL_MS);
  container.addEventListener('pointerdown', pointerDown, { capture: true });
  signal.addEventListener(
    'abort',
    () => {
      clearInterval(timer);
      observer?.disconnect();
      container.removeEventListener('pointerdown', pointerDown, { capture: true });
    },
    { once: true },
  );
}

/**
 * The click handler of a guarded control (it carries `data-lob-guard`): a real click acts only when
 * the control was seen at its pointer-down ({@link watchSeen}); a key's click (Enter or Space: no
 * pointer, `detail` 0) only when it is seen at its centre now. Otherwise `refused` runs instead.
 * Untrusted (scripted) clicks do nothing at all.
 */
export function onlySeen<E extends MouseEvent>(handler: (event: E) => void, refused: (event: E) => void): (event: E) => void {
  return (event) => {
    if (!event.isTrusted) return;
    const control = event.currentTarget as Element | null;
    const state = control ? watched.get(control) : undefined;
    let ok = false;
    if (control && state) {
      if (event.detail === 0) {
        const { x, y } = centre(control);
        ok = verdict(control, x, y);
      } else ok = state.pressed === true;
      state.pressed = undefined;
    }
    (ok ? handler : refused)(event);
  };
}

/** The attribute that makes a control guarded (spread onto its element). */
export const guarded = { [GUARD]: '' } as const;
