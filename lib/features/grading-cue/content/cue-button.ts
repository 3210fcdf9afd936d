import { ariaKeyshortcuts, formatShortcut, isMacPlatform } from '../../../core/shortcuts';
import type { StudentRow } from '../../../hosts/context';
import { t } from '../../../i18n/translate';
import { onlyTrusted } from '../../shared/trusted';
import { CUE_KEYS } from '../feature';

/** One row's cue while the row is near view (lib/features/grading-cue/cue-layer.ts). */
export interface Cue {
  row: StudentRow;
  host: HTMLElement;
  container: HTMLElement;
  button: HTMLButtonElement;
  /** The engine sees a moment here (shown more prominently). */
  moment: boolean;
  dark: boolean;
}

/** The cue's shortcut as this teacher's keyboard shows it (⌥ on a Mac). */
let keys: string | undefined;
const cueKeys = () => (keys ??= formatShortcut(CUE_KEYS, isMacPlatform(globalThis.navigator)));

/** Shows the cue's current state on its button (with the privacy blur on, without the student's name). */
export function paintCue(cue: Cue, blurred = false): void {
  cue.container.classList.toggle('dark', cue.dark);
  cue.button.classList.toggle('moment', cue.moment);
  const hint = t('cue.buttonHint', { keys: cueKeys() });
  cue.button.title = cue.moment ? `${t('cue.moment')}. ${hint}` : hint;
  cue.button.setAttribute('aria-label', blurred ? t('cue.dialogHidden') : t('cue.button', { name: cue.row.name ?? cue.row.id }));
}

/**
 * A row's cue in its mounted host: one button, never in the host's Tab path; `onOpen` gets where
 * focus was before the click.
 */
export function createCue(
  mounted: { host: HTMLElement; container: HTMLElement },
  state: Pick<Cue, 'row' | 'moment' | 'dark'>,
  onOpen: (cue: Cue, focusBefore: Element | null) => void,
): Cue {
  const doc = mounted.host.ownerDocument;
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'cue';
  button.tabIndex = -1;
  button.textContent = 'L';
  button.setAttribute('aria-expanded', 'false');
  // The shortcut that opens this cue from the grade field being typed in (handled in index.tsx).
  button.setAttribute('aria-keyshortcuts', ariaKeyshortcuts(CUE_KEYS));
  const cue: Cue = { ...mounted, ...state, button };
  let focusBefore: Element | null = null;
  button.addEventListener(
    'pointerdown',
    onlyTrusted(() => {
      focusBefore = doc.activeElement;
    }),
  );
  button.addEventListener(
    'click',
    onlyTrusted(() => onOpen(cue, focusBefore ?? cue.row.input ?? null)),
  );
  mounted.container.append(button);
  paintCue(cue);
  return cue;
}
