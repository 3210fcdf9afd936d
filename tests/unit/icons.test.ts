// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../scripts/build/contrast';
import { ICON_LIGHT_SOURCE, ICON_SOURCE, renderIcon } from '../../scripts/build/icons';

/** Toolbar colours of the default themes (Chrome/Edge and Firefox, light and dark). */
const LIGHT_TOOLBARS = ['#ffffff', '#f9f9fb', '#f1f3f4'];
const DARK_TOOLBARS = ['#35363a', '#3c3c3c', '#2b2a33', '#1c1b22'];
/** WCAG 1.4.11: graphical objects need 3:1 against what surrounds them. */
const NON_TEXT = 3;

/** The tile (the rect) and the balloon (the first filled path) of an icon source. */
function colours(path: string): { tile: string; mark: string } {
  const svg = readFileSync(path, 'utf8');
  const tile = /<rect[^>]*fill="(#[0-9a-f]{6})"/i.exec(svg)?.[1];
  const mark = /<path[^>]*fill="(#[0-9a-f]{6})"/i.exec(svg)?.[1];
  if (!tile || !mark) throw new Error(`${path}: tegel of ballon niet gevonden`);
  return { tile, mark };
}

describe('the toolbar icon is legible on light and dark toolbars', () => {
  it('the default mark (Chrome, Edge, Firefox light): the tile stands out on light toolbars, the balloon on dark ones', () => {
    const { tile, mark } = colours(ICON_SOURCE);
    expect(contrastRatio(mark, tile)).toBeGreaterThanOrEqual(NON_TEXT);
    for (const bar of LIGHT_TOOLBARS) expect(contrastRatio(tile, bar), bar).toBeGreaterThanOrEqual(NON_TEXT);
    for (const bar of DARK_TOOLBARS) expect(contrastRatio(mark, bar), bar).toBeGreaterThanOrEqual(NON_TEXT);
  });

  it("the light variant (Firefox's dark toolbars): the tile itself stands out, and the balloon on it", () => {
    const { tile, mark } = colours(ICON_LIGHT_SOURCE);
    expect(contrastRatio(mark, tile)).toBeGreaterThanOrEqual(NON_TEXT);
    for (const bar of DARK_TOOLBARS) expect(contrastRatio(tile, bar), bar).toBeGreaterThanOrEqual(NON_TEXT);
  });

  it('renders both sources as square PNGs', () => {
    for (const source of [ICON_SOURCE, ICON_LIGHT_SOURCE]) {
      const png = renderIcon(readFileSync(source, 'utf8'), 16);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([16, 16]);
    }
  });

  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
});
