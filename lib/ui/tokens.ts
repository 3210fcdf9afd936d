/**
 * The design tokens: one small set for the side panel, the options and the in-page UI (card, cue,
 * popover, mentor overview). Colours for light and dark; system fonts only (nothing from the network).
 * Every text/background pair used by our components meets WCAG 2.2 AA (tests/unit/design-tokens.test.ts).
 */

export interface Palette {
  /** Page background. */
  bg: string;
  /** Raised areas: cards, steps, the options' sections. */
  surface: string;
  /** Quiet fills: chips, hovered quiet buttons. */
  subtle: string;
  /** Hairlines between parts (decorative, no contrast requirement). */
  line: string;
  /** Borders of controls (fields, secondary buttons): ≥ 3:1 against bg and surface. */
  control: string;
  text: string;
  muted: string;
  /** Primary actions, links, the selected state. */
  accent: string;
  /** Text on an accent fill. */
  onAccent: string;
  /** A soft accent fill (touched chip, used prompt) with `text` on it. */
  accentSoft: string;
  danger: string;
  onDanger: string;
  success: string;
  warning: string;
  /** Focus ring: ≥ 3:1 against bg and surface. */
  focus: string;
}

export const LIGHT: Palette = {
  bg: '#ffffff',
  surface: '#f4f7fa',
  subtle: '#e9eef4',
  line: '#d5dde6',
  control: '#6b7a8c',
  text: '#1b2430',
  muted: '#4a5868',
  accent: '#1d5b9e',
  onAccent: '#ffffff',
  accentSoft: '#dde9f7',
  danger: '#a8231b',
  onDanger: '#ffffff',
  success: '#1f6236',
  warning: '#8a4510',
  focus: '#1d5b9e',
};

export const DARK: Palette = {
  bg: '#151a21',
  surface: '#1d242e',
  subtle: '#28323f',
  line: '#334155',
  control: '#8595a8',
  text: '#e8edf3',
  muted: '#b3bfcd',
  accent: '#8cc2ff',
  onAccent: '#0b1320',
  accentSoft: '#233a56',
  danger: '#ff9b92',
  onDanger: '#1a0504',
  success: '#8fd6a5',
  warning: '#f6c177',
  focus: '#8cc2ff',
};

/** Spacing steps in px (4-point scale). */
const SPACE = { 1: 4, 2: 8, 3: 12, 4: 16, 5: 24 } as const;
/** Type scale in px; line height 1.45 for body text. */
const TYPE = { small: 12, note: 13, body: 14, lead: 15, title: 17 } as const;
const RADIUS = { small: 4, medium: 8, pill: 999 } as const;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Pairs our components put on screen: [text, background, minimum ratio, where]. */
export const CONTRAST_PAIRS: ReadonlyArray<[keyof Palette, keyof Palette, number, string]> = [
  ['text', 'bg', 4.5, 'body text'],
  ['text', 'surface', 4.5, 'text in a section or card'],
  ['text', 'subtle', 4.5, 'chip text'],
  ['text', 'accentSoft', 4.5, 'touched chip, used prompt'],
  ['muted', 'bg', 4.5, 'secondary text'],
  ['muted', 'surface', 4.5, 'secondary text in a section'],
  ['accent', 'bg', 4.5, 'links and quiet buttons'],
  ['accent', 'surface', 4.5, 'links in a section'],
  ['onAccent', 'accent', 4.5, 'primary button'],
  ['danger', 'bg', 4.5, 'danger button, error message'],
  ['danger', 'surface', 4.5, 'error message in a section'],
  ['onDanger', 'danger', 4.5, 'confirmed destructive button'],
  ['success', 'bg', 4.5, 'saved status'],
  ['success', 'surface', 4.5, 'saved status in a section'],
  ['warning', 'bg', 4.5, 'due afspraak'],
  ['control', 'bg', 3, 'field and button borders'],
  ['control', 'surface', 3, 'field borders in a section'],
  ['focus', 'bg', 3, 'focus ring'],
  ['focus', 'surface', 3, 'focus ring in a section'],
];

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `--lob-<name>: value;` for every colour of a palette. */
function paletteDeclarations(palette: Palette): string {
  return Object.entries(palette)
    .map(([key, value]) => `--lob-${kebab(key)}:${value};`)
    .join('');
}

/** Sizes, type and radius as custom properties (the same in light and dark). */
function scaleDeclarations(): string {
  const parts = [
    ...Object.entries(SPACE).map(([k, v]) => `--lob-space-${k}:${v}px;`),
    ...Object.entries(TYPE).map(([k, v]) => `--lob-type-${k}:${v}px;`),
    ...Object.entries(RADIUS).map(([k, v]) => `--lob-radius-${k}:${v}px;`),
    `--lob-font:${FONT};`,
  ];
  return parts.join('');
}

/**
 * The tokens as CSS: light on `light`, dark on `dark` (a selector, or `media` for the extension
 * pages, which follow `prefers-color-scheme`).
 */
export function tokensCss(light: string, dark: { selector: string } | 'media'): string {
  const base = `${light}{${scaleDeclarations()}${paletteDeclarations(LIGHT)}}`;
  const darkRule =
    dark === 'media'
      ? `@media (prefers-color-scheme: dark){${light}{${paletteDeclarations(DARK)}}}`
      : `${dark.selector}{${paletteDeclarations(DARK)}}`;
  return base + darkRule;
}
