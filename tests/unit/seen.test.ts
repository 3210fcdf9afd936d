import { describe, expect, it } from 'vitest';
import {
  onlyMoves,
  pressCounts,
  SEEN_FOR_MS,
  type SeenFacts,
  type StyleFacts,
  styleHides,
  visibleNow,
} from '../../lib/features/shared/seen';
import { COMPONENT_CSS } from '../../lib/ui/component-css';

const plain: StyleFacts = {
  opacity: '1',
  visibility: 'visible',
  filter: 'none',
  transform: 'none',
  clipPath: 'none',
  clip: 'auto',
  mask: 'none',
  mixBlendMode: 'normal',
};
const facts = (over: Partial<SeenFacts> = {}, ancestor: Partial<StyleFacts> = {}): SeenFacts => ({
  path: [plain, { ...plain, ...ancestor }, plain],
  topmostIsOurs: true,
  passThroughOver: false,
  ...over,
});

describe('the clickjacking rule: a press counts only on a control really seen', () => {
  it('allows only moving transforms', () => {
    expect(onlyMoves('none')).toBe(true);
    expect(onlyMoves('matrix(1, 0, 0, 1, 12, -4)')).toBe(true);
    expect(onlyMoves('matrix(0.01, 0, 0, 0.01, 0, 0)')).toBe(false);
    expect(onlyMoves('matrix(-1, 0, 0, 1, 0, 0)')).toBe(false);
    expect(onlyMoves('matrix3d(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1)')).toBe(false);
  });

  it.each([
    ['opacity', { opacity: '0.99' }],
    ['opacity 0', { opacity: '0' }],
    ['visibility', { visibility: 'hidden' }],
    ['filter', { filter: 'opacity(0)' }],
    ['scale', { transform: 'matrix(0.01, 0, 0, 0.01, 0, 0)' }],
    ['clip-path', { clipPath: 'inset(50%)' }],
    ['clip', { clip: 'rect(0px, 0px, 0px, 0px)' }],
    ['mask', { mask: 'linear-gradient(transparent, transparent)' }],
    ['blend', { mixBlendMode: 'multiply' }],
  ] as const)('refuses %s on any ancestor', (_what, style) => {
    expect(styleHides({ ...plain, ...style })).toBe(true);
    expect(visibleNow(facts({}, style))).toBe(false);
  });

  it('refuses a control that is covered, by a hit-tested element or a pass-through one, or that the browser calls hidden', () => {
    expect(visibleNow(facts())).toBe(true);
    expect(visibleNow(facts({ topmostIsOurs: false }))).toBe(false);
    expect(visibleNow(facts({ passThroughOver: true }))).toBe(false);
    expect(visibleNow(facts({ browserSaysVisible: false }))).toBe(false);
    expect(visibleNow(facts({ browserSaysVisible: true }))).toBe(true);
  });

  it('needs the control seen without a break for the whole window', () => {
    expect(pressCounts(facts(), undefined, 10_000)).toBe(false);
    expect(pressCounts(facts(), 10_000 - SEEN_FOR_MS + 1, 10_000)).toBe(false);
    expect(pressCounts(facts(), 10_000 - SEEN_FOR_MS, 10_000)).toBe(true);
    expect(pressCounts(facts({}, { opacity: '0' }), 0, 10_000)).toBe(false);
  });

  it('never refuses a press for our own styles: a button hovered, focused or pressed keeps no filter, opacity, transform, clip or mask', () => {
    // A hover style with `filter: brightness()` made every real click on a primary button count as
    // hidden (the teacher's pointer is on it when pressing). Only a disabled button, which acts on
    // nothing, may fade.
    const rules = [...COMPONENT_CSS.matchAll(/([^{}]+)\{([^}]*)\}/g)].map((m) => ({
      selector: (m[1] ?? '').trim(),
      body: m[2] ?? '',
    }));
    const states = rules.filter((r) => /\.btn|button/.test(r.selector) && !r.selector.includes(':disabled'));
    expect(states.length).toBeGreaterThan(5);
    for (const { selector, body } of states) {
      expect(`${selector}{${body}}`).not.toMatch(
        /(^|[{;])\s*(filter|opacity|transform|clip-path|clip|mask(-image)?|mix-blend-mode)\s*:/,
      );
    }
  });
});
