/**
 * Every keyboard shortcut of the extension, chosen once (issue #15; reasoning in docs/admin.md,
 * "Sneltoetsen"). Alt+Shift+letter, avoiding every default of Chrome/Edge (Alt+Shift+A, B, I, T),
 * ChromeOS (Alt+Shift+I, L, M, N, P, S, V) and Firefox (Alt+letter menus; no Alt+Shift+letter).
 * The keys themselves are stated by the features that own them (lib/features/<id>/feature.ts; the
 * list is lib/features/catalog.ts). Pure data and pure functions: no browser APIs.
 */

/** The browser defaults our keys were checked against (Alt+Shift+letter only; see docs/admin.md). */
export const RESERVED_ALT_SHIFT: Readonly<Record<string, string>> = {
  A: 'Chrome/Edge: focus op inactieve dialoog',
  B: 'Chrome/Edge: focus op bladwijzerbalk',
  I: 'Chrome/Edge/ChromeOS: feedback',
  L: 'ChromeOS: focus op de plank',
  M: 'ChromeOS: Bestanden',
  N: 'ChromeOS: meldingen',
  P: 'ChromeOS: stylustools',
  S: 'ChromeOS: statusgebied',
  T: 'Chrome/Edge: focus op werkbalk',
  V: 'ChromeOS: focus op beeld-in-beeld',
};

/** Is this a Mac (where Alt is the Option key ⌥)? From `navigator.userAgentData.platform` or `navigator.platform`. */
export function isMacPlatform(navigatorLike: unknown): boolean {
  const nav = navigatorLike as { userAgentData?: { platform?: unknown }; platform?: unknown } | undefined;
  const platform = nav?.userAgentData?.platform || nav?.platform || '';
  return typeof platform === 'string' && /^mac/i.test(platform);
}

const MAC_SYMBOLS: Record<string, string> = { Alt: '⌥', Shift: '⇧', Ctrl: '⌃', Command: '⌘', MacCtrl: '⌃' };

/**
 * A shortcut as the teacher reads it: "Alt+Shift+H" stays on Windows, Linux and ChromeOS; on a Mac
 * the modifiers become symbols ("⌥⇧H"). Also takes what `commands.getAll()` reports (Chrome on a Mac
 * already gives "⌥⇧H"; that is kept). An empty shortcut (the teacher removed it) gives "".
 */
export function formatShortcut(shortcut: string, mac: boolean): string {
  const trimmed = shortcut.trim();
  if (!trimmed) return '';
  if (!mac) return trimmed;
  const parts = trimmed.split('+').map((p) => p.trim());
  if (parts.length === 1) return trimmed;
  const key = parts[parts.length - 1] as string;
  return parts
    .slice(0, -1)
    .map((m) => MAC_SYMBOLS[m] ?? `${m}+`)
    .join('')
    .concat(key);
}

const FROM_SYMBOLS: Record<string, string> = { '⌥': 'Alt', '⇧': 'Shift', '⌃': 'Ctrl', '⌘': 'Command' };

/**
 * What `commands.getAll()` reports, in our notation: Chrome on a Mac gives "⌥⇧H", elsewhere
 * "Alt+Shift+H"; Firefox gives "Alt+Shift+H". Unknown text is kept as it is.
 */
export function normalizeShortcut(reported: string | undefined): string {
  const text = (reported ?? '').trim();
  if (!text || text.includes('+')) return text;
  const chars = [...text];
  const mods: string[] = [];
  while (chars.length > 1 && FROM_SYMBOLS[chars[0] as string]) mods.push(FROM_SYMBOLS[chars.shift() as string] as string);
  return mods.length ? [...mods, chars.join('')].join('+') : text;
}

/** The `aria-keyshortcuts` value (WAI-ARIA names: "Alt+Shift+H"; on every platform the same). */
export function ariaKeyshortcuts(shortcut: string): string {
  return shortcut.replace(/\bCtrl\b/g, 'Control').replace(/\bCommand\b/g, 'Meta');
}

/** Does this key event press `shortcut` (Alt/Shift/Ctrl + a letter or digit, compared by physical key)? */
export function matchesShortcut(
  e: { altKey: boolean; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; code: string },
  shortcut: string,
): boolean {
  const parts = shortcut.split('+');
  const key = parts[parts.length - 1] ?? '';
  const mods = new Set(parts.slice(0, -1));
  const code = /^[0-9]$/.test(key) ? `Digit${key}` : `Key${key.toUpperCase()}`;
  return (
    e.code === code &&
    e.altKey === mods.has('Alt') &&
    e.shiftKey === mods.has('Shift') &&
    e.ctrlKey === mods.has('Ctrl') &&
    e.metaKey === mods.has('Command')
  );
}

/** Where this browser lets the teacher change an extension's shortcuts (from its user agent). */
export function shortcutSettingsUrl(userAgent: string): string {
  if (/Firefox\//.test(userAgent)) return 'about:addons';
  if (/Edg\//.test(userAgent)) return 'edge://extensions/shortcuts';
  return 'chrome://extensions/shortcuts';
}
