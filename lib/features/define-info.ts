import type { MessageKey } from '../i18n/translate';

/**
 * What every context may know about a feature (extension pages, the background, the content script,
 * the build): its id, its switches, its shortcuts. Pure data: no DOM, no zod, no browser API. Each
 * feature states this once in its `feature.ts`; every list of switches, defaults, labels, shortcuts,
 * manifest commands and the `features` block of the managed schema is derived from the catalog of
 * them (catalog.ts), never typed again.
 */

/** A switch in policy `features` and the teacher's settings. */
interface FeatureSwitch {
  key: string;
  /** On or off when neither the school nor the teacher set it. */
  default: boolean;
  /** Its name in the options' "Onderdelen" list. */
  label: MessageKey;
}

/** A shortcut the browser knows from the manifest (`commands`): the teacher may change its keys. */
interface ManifestBinding {
  kind: 'manifest';
  /** The `commands` id: one for all browsers, or the browser's built-in action per browser. */
  command: string | { chrome: string; firefox: string };
  /** The command's description in the browser's shortcut settings (a `_locales` message). */
  description: `__MSG_${string}__`;
}

/** A shortcut handled in the school page itself (it needs the focused field): fixed. */
interface InPageBinding {
  kind: 'in-page';
}

export interface FeatureShortcut {
  name: string;
  /** Alt+Shift+letter only (docs/admin.md "Sneltoetsen"; lib/core/shortcuts.ts RESERVED_ALT_SHIFT). */
  keys: string;
  /** What it does, in the options' "Sneltoetsen" list. */
  label: MessageKey;
  binding: ManifestBinding | InPageBinding;
  /** The admin guide's table (docs/admin.md): what it does and how the browser runs it, in Dutch. */
  admin: { what: string; how: string };
}

export interface FeatureInfo {
  /** The feature's folder under lib/features/. */
  id: string;
  switches: readonly FeatureSwitch[];
  shortcuts: readonly FeatureShortcut[];
}

/** One feature's facts, kept literal (`const`) so its switch keys and shortcut names are types. */
export function defineFeatureInfo<const F extends FeatureInfo>(info: F): F {
  return info;
}

/** The keys of one of a feature's own shortcuts (in-page code takes its feature's facts, not the catalog). */
export function shortcutKeys<const F extends FeatureInfo>(info: F, name: F['shortcuts'][number]['name']): string {
  return info.shortcuts.find((s) => s.name === name)?.keys ?? '';
}
