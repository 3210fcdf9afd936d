import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** The sizes the stores and browsers ask for (toolbar 16/32, extensions page 48, store 128). */
export const ICON_SIZES = [16, 32, 48, 128] as const;
export const ICON_SOURCE = resolve('branding/icon.svg');

/** Where each size sits in the extension, as the manifest names it. */
export function iconPaths(): Record<string, string> {
  return Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icon/${size}.png`]));
}

/** One PNG of the SVG mark at a square size. */
export function renderIcon(svg: string, size: number): Buffer {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}

/** Renders every size into `dir` and returns the files for the build (source path → path in the extension). */
export function writeIcons(
  dir: string,
  svg = readFileSync(ICON_SOURCE, 'utf8'),
): { absoluteSrc: string; relativeDest: string }[] {
  mkdirSync(dir, { recursive: true });
  return Object.values(iconPaths()).map((relativeDest, i) => {
    const absoluteSrc = join(dir, `${ICON_SIZES[i]}.png`);
    writeFileSync(absoluteSrc, renderIcon(svg, ICON_SIZES[i] as number));
    return { absoluteSrc, relativeDest };
  });
}
