import type { StudentRow } from '../../hosts/context';
import { t } from '../../i18n/translate';
import { onlyTrusted } from '../shared/trusted';

/** One row's cue while the row is near view (lib/features/grading-cue/cue-layer.ts). */
export interface Cue {
  row: StudentRow;
  host: HTMLElement;
  container: HTMLElement;
  button: HTMLButtonElement | undefined;
  /** The engine sees a moment here (shown more prominently). */
  moment: boolean;
  dark: boolean;
}

/** Shows the cue's current state on its button (when it exists). */
export function paintCue(cue: Cue): void {
  cue.container.classList.toggle('dark', cue.dark);
  if (!cue.button) return;
  cue.button.classList.toggle('moment', cue.moment);
  cue.button.title = cue.moment ? `${t('cue.moment')}. ${t('cue.buttonHint')}` : t('cue.buttonHint');
  cue.button.setAttribute('aria-label', t('cue.button', { name: cue.row.name ?? cue.row.id }));
}

/** Creates the cue's button if needed: never in the host's Tab path; `onOpen` gets where focus was. */
export function ensureButton(cue: Cue, onOpen: (cue: Cue, focusBefore: Element | null) => void): HTMLButtonElement {
  if (cue.button) return cue.button;
  const button = cue.host.ownerDocument.createElement('button');
  button.type = 'button';
  button.className = 'cue';
  button.tabIndex = -1;
  button.textContent = 'L';
  button.setAttribute('aria-expanded', 'false');
  // The shortcut that opens this cue from the grade field being typed in (handled in index.tsx).
  button.setAttribute('aria-keyshortcuts', 'Alt+Shift+L');
  let focusBefore: Element | null = null;
  button.addEventListener(
    'pointerdown',
    onlyTrusted(() => {
      focusBefore = cue.host.ownerDocument.activeElement;
    }),
  );
  button.addEventListener(
    'click',
    onlyTrusted(() => onOpen(cue, focusBefore ?? cue.row.input ?? null)),
  );
  cue.button = button;
  cue.container.append(button);
  paintCue(cue);
  return button;
}
