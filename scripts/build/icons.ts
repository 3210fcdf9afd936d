import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** The sizes the stores and browsers ask for (toolbar 16/32, extensions page 48, store 128). */
const ICON_SIZES = [16, 32, 48, 128] as const;
/** The toolbar sizes, the only ones that need a variant for dark toolbars. */
const TOOLBAR_SIZES = [16, 32] as const;
/** The mark: a dark tile with a white balloon, legible on light and on dark toolbars (docs/admin.md). */
export const ICON_SOURCE = resolve('branding/icon.svg');
/** The same mark on a lighter tile, for Firefox's dark toolbars (`theme_icons`). */
export const ICON_LIGHT_SOURCE = resolve('branding/icon-light.svg');

/** Where each size sits in the extension, as the manifest names it. */
export function iconPaths(): Record<string, string> {
  return Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icon/${size}.png`]));
}

/** The light-coloured toolbar icon of a size (for dark toolbars). */
const lightIconPath = (size: number) => `icon/light/${size}.png`;

/**
 * Firefox's `browser_action.theme_icons`. The keys name the colour of the icon, not of the toolbar:
 * Firefox shows `light` on dark toolbars and `dark` on light ones (ExtensionParent.sys.mjs in
 * Firefox ESR 153: "theme_icons specifies the color of the icon instead of the toolbar color").
 */
export function themeIcons(): { size: number; light: string; dark: string }[] {
  return TOOLBAR_SIZES.map((size) => ({ size, light: lightIconPath(size), dark: `icon/${size}.png` }));
}

/** One PNG of the SVG mark at a square size. */
export function renderIcon(svg: string, size: number): Buffer {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}

type PublicFile = { absoluteSrc: string; relativeDest: string };

/** Renders every size (and the toolbar sizes of the light variant) into `dir`; returns the files for the build. */
export function writeIcons(
  dir: string,
  svg = readFileSync(ICON_SOURCE, 'utf8'),
  lightSvg = readFileSync(ICON_LIGHT_SOURCE, 'utf8'),
): PublicFile[] {
  const render = (source: string, size: number, relativeDest: string): PublicFile => {
    const absoluteSrc = join(dir, relativeDest);
    mkdirSync(resolve(absoluteSrc, '..'), { recursive: true });
    writeFileSync(absoluteSrc, renderIcon(source, size));
    return { absoluteSrc, relativeDest };
  };
  return [
    ...ICON_SIZES.map((size) => render(svg, size, `icon/${size}.png`)),
    ...TOOLBAR_SIZES.map((size) => render(lightSvg, size, lightIconPath(size))),
  ];
}
