import type { MessageKey } from '../i18n/translate';
import type { FeatureInfo, FeatureShortcut } from './define-info';
import { gradingCueInfo } from './grading-cue/feature';
import { meaningProposalInfo } from './meaning-proposal/feature';
import { mentorOverviewInfo } from './mentor-overview/feature';
import { pageTeacherInfo } from './page-teacher/feature';
import { privacyBlurInfo } from './privacy-blur/feature';
import { sidePanelInfo } from './side-panel/feature';
import { studentCardInfo } from './student-card/feature';

/**
 * Every feature's `feature.ts`, in the order the options list their switches. Adding a feature: its
 * folder with a `feature.ts`, and one line here. Everything below is derived from this list.
 */
export const FEATURE_CATALOG = [
  gradingCueInfo,
  studentCardInfo,
  sidePanelInfo,
  mentorOverviewInfo,
  pageTeacherInfo,
  meaningProposalInfo,
  privacyBlurInfo,
] as const satisfies readonly FeatureInfo[];

type Catalog = typeof FEATURE_CATALOG;
/** A feature switch (policy `features`, the teacher's settings). */
export type FeatureKey = Catalog[number]['switches'][number]['key'];
export type Features = Record<FeatureKey, boolean>;
/** A shortcut's name. */
export type ShortcutName = Catalog[number]['shortcuts'][number]['name'];
/** The `commands` the background handles itself (not a browser's built-in `_execute_*`). */
export type CommandId = Extract<Catalog[number]['shortcuts'][number]['binding'], { command: string }>['command'];

// ---------- derivations (pure, so a test can run them on a catalog with one feature more) ----------

export function switchesOf(catalog: readonly FeatureInfo[]) {
  return catalog.flatMap((f) => f.switches);
}

/** Shortcuts in the order the teacher reads them: the keys they can change first, then the fixed ones. */
export function shortcutsOf(catalog: readonly FeatureInfo[]): FeatureShortcut[] {
  const all = catalog.flatMap((f) => f.shortcuts);
  return [...all.filter((s) => s.binding.kind === 'manifest'), ...all.filter((s) => s.binding.kind !== 'manifest')];
}

/** The manifest command id of a shortcut in one browser; undefined for one handled in the page. */
export function commandOf(shortcut: FeatureShortcut, browser: string): string | undefined {
  const { binding } = shortcut;
  if (binding.kind !== 'manifest') return undefined;
  return typeof binding.command === 'string'
    ? binding.command
    : browser === 'firefox'
      ? binding.command.firefox
      : binding.command.chrome;
}

/** The manifest's `commands` for one browser. */
export function manifestCommands(catalog: readonly FeatureInfo[], browser: string) {
  const commands: Record<string, { suggested_key: { default: string }; description: string }> = {};
  for (const s of shortcutsOf(catalog)) {
    const command = commandOf(s, browser);
    if (command && s.binding.kind === 'manifest') {
      commands[command] = { suggested_key: { default: s.keys }, description: s.binding.description };
    }
  }
  return commands;
}

/** Our own commands (not a browser's `_execute_*`): the background runs them. */
export function ownCommandsOf(catalog: readonly FeatureInfo[]): string[] {
  return shortcutsOf(catalog).flatMap((s) => {
    const command = commandOf(s, 'chrome');
    return command && !command.startsWith('_execute_') ? [command] : [];
  });
}

/** The `features` block of public/managed_schema.json (checked against the committed file). */
export function managedSchemaFeatures(catalog: readonly FeatureInfo[]) {
  return {
    title: 'Onderdelen aan of uit',
    description: 'Vastgezet door de school; niet ingesteld = de docent kiest.',
    type: 'object',
    properties: Object.fromEntries(switchesOf(catalog).map((s) => [s.key, { type: 'boolean' }])),
  };
}

/** The shortcut table of docs/admin.md ("Sneltoetsen"), as Markdown lines. */
export function adminShortcutTable(catalog: readonly FeatureInfo[]): string[] {
  return [
    '| Sneltoets | Wat | Hoe |',
    '|---|---|---|',
    ...shortcutsOf(catalog).map((s) => `| **${s.keys}** | ${s.admin.what} | ${s.admin.how} |`),
  ];
}

// ---------- the shipped lists ----------

export const FEATURE_KEYS = switchesOf(FEATURE_CATALOG).map((s) => s.key) as readonly FeatureKey[];
export const DEFAULT_FEATURES = Object.fromEntries(switchesOf(FEATURE_CATALOG).map((s) => [s.key, s.default])) as Features;
export const FEATURE_LABELS = Object.fromEntries(switchesOf(FEATURE_CATALOG).map((s) => [s.key, s.label])) as Record<
  FeatureKey,
  MessageKey
>;
export const SHORTCUTS = Object.fromEntries(shortcutsOf(FEATURE_CATALOG).map((s) => [s.name, s.keys])) as Record<
  ShortcutName,
  string
>;
export const COMMAND_IDS = ownCommandsOf(FEATURE_CATALOG) as readonly CommandId[];
