/**
 * Clickjacking: the school page can make our in-page UI invisible (opacity, a transform, a clip, a
 * filter) or lay something over it and put its own "Opslaan" under the teacher's pointer. A control
 * of ours that writes acts only when the teacher really saw it: this is the pure rule, over facts
 * measured in the page (./seen-dom.ts measures them).
 */

/** How long a control must have been fully visible and uncovered before a press counts. */
export const SEEN_FOR_MS = 500;

/** The computed style of one element on the path from our control up to the page's root. */
export interface StyleFacts {
  opacity: string;
  visibility: string;
  filter: string;
  transform: string;
  clipPath: string;
  clip: string;
  mask: string;
  mixBlendMode: string;
}

/** What was measured about a control at one moment. */
export interface SeenFacts {
  /** The control and every ancestor up to the document root, across our shadow host. */
  path: readonly StyleFacts[];
  /** The topmost element the browser hit-tests at the point is our control or inside it. */
  topmostIsOurs: boolean;
  /** A visible page element that lets the pointer through (pointer-events: none) lies over the point. */
  passThroughOver: boolean;
  /** Chromium's IntersectionObserver v2 verdict, undefined where the browser has none. */
  browserSaysVisible?: boolean | undefined;
}

/** A transform that only moves (or nothing): `none`, or a 2-D matrix with an identity linear part. */
export function onlyMoves(transform: string): boolean {
  if (transform === 'none' || transform === '') return true;
  const m = /^matrix\(([^)]*)\)$/.exec(transform.trim());
  if (!m?.[1]) return false;
  const [a, b, c, d] = m[1].split(',').map((v) => Number(v.trim()));
  return a === 1 && b === 0 && c === 0 && d === 1;
}

/** Whether this style (on the control or any ancestor) can hide, shrink or disguise what is below it. */
export function styleHides(style: StyleFacts): boolean {
  return (
    (style.opacity !== '' && Number(style.opacity) < 1) ||
    style.visibility === 'hidden' ||
    style.visibility === 'collapse' ||
    (style.filter !== 'none' && style.filter !== '') ||
    !onlyMoves(style.transform) ||
    (style.clipPath !== 'none' && style.clipPath !== '') ||
    (style.clip !== 'auto' && style.clip !== '') ||
    (style.mask !== 'none' && style.mask !== '') ||
    (style.mixBlendMode !== 'normal' && style.mixBlendMode !== '')
  );
}

/** Is the control fully visible and uncovered right now? */
export function visibleNow(facts: SeenFacts): boolean {
  return facts.browserSaysVisible !== false && facts.topmostIsOurs && !facts.passThroughOver && !facts.path.some(styleHides);
}

/**
 * Does a press count: visible now, and continuously visible since `since` (when it was last seen
 * becoming visible; undefined: not yet) for at least {@link SEEN_FOR_MS}.
 */
export function pressCounts(facts: SeenFacts, since: number | undefined, now: number): boolean {
  return visibleNow(facts) && since !== undefined && now - since >= SEEN_FOR_MS;
}
