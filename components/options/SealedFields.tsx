import { t } from '../../lib/i18n/translate';
import type { ActionStatus } from './use-one-action';

/**
 * The pieces every encrypted file (backup, handover) asks for on the options page: a passphrase field,
 * the check of a new passphrase typed twice, and the file picker in our style.
 */

export function PassphraseField(props: { id: string; label: string; value: string; onInput: (value: string) => void }) {
  return (
    <p class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="password"
        autocomplete="new-password"
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </p>
  );
}

/** Why a new passphrase cannot be used (too short, or not typed the same twice), or null. */
export function passphraseProblem(pass: string, again: string, min: number): string | null {
  if (pass.length < min) return t('backup.tooShort', { min });
  if (pass !== again) return t('backup.notSame');
  return null;
}

/** A chosen file: what the section reads of it. */
export interface PickedFile {
  name: string;
  text: () => Promise<string>;
}

/**
 * The real file input (keyboard, name) with a button-like label. The input is cleared after each
 * choice, so the same file can be chosen again.
 */
export function FilePicker(props: { id: string; label: string; onChoose: (file: PickedFile) => void }) {
  return (
    <div class="file-picker">
      <input
        id={props.id}
        type="file"
        accept=".txt,text/plain"
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (file) props.onChoose(file);
        }}
      />
      <label for={props.id} class="btn">
        {props.label}
      </label>
    </div>
  );
}

/** The status line (working, or what was done) and the alert line (what went wrong) under an encrypted-file section. */
export function SealedStatus({ busy, status }: { busy: boolean; status: ActionStatus }) {
  return (
    <>
      <p role="status" class="status" aria-live="polite">
        {busy ? t('backup.working') : status?.kind === 'ok' ? status.text : ''}
      </p>
      <p role="alert" class="status error">
        {status?.kind === 'error' ? status.text : ''}
      </p>
    </>
  );
}
