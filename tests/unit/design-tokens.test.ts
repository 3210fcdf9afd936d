import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../lib/ui/contrast';
import { CONTRAST_PAIRS, DARK, LIGHT, type Palette, tokensCss } from '../../lib/ui/tokens';

describe('design tokens', () => {
  it('computes WCAG contrast as the standard does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });

  for (const [name, palette] of [
    ['licht', LIGHT],
    ['donker', DARK],
  ] as [string, Palette][]) {
    it(`meets WCAG 2.2 AA for every text and focus pair (${name})`, () => {
      const failures = CONTRAST_PAIRS.map(([fg, bg, min, where]) => ({
        where,
        ratio: Math.round(contrastRatio(palette[fg], palette[bg]) * 100) / 100,
        min,
      })).filter((p) => p.ratio < p.min);
      expect(failures).toEqual([]);
    });
  }

  it('gives light and dark the same token names, dark only inside its media query or selector', () => {
    const css = tokensCss(':root', 'media');
    expect(Object.keys(LIGHT).sort()).toEqual(Object.keys(DARK).sort());
    expect(css).toContain('@media (prefers-color-scheme: dark){:root{--lob-bg:#151a21;');
    expect(css).toContain('--lob-on-accent:#ffffff;');
    expect(css).toContain('--lob-space-2:8px;');
    expect(tokensCss('.lob-root', { selector: '.lob-root.dark' })).toContain('.lob-root.dark{--lob-bg:#151a21;');
  });
});
