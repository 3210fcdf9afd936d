import { t } from '../../lib/i18n/translate';

/** A value the school set by policy: shown, disabled, and said in words. */
export function Locked({ locked }: { locked: boolean }) {
  return locked ? <span class="locked"> ({t('settings.locked')})</span> : null;
}

/** One setting as a row: the switch, and its label beside it (the label is the control's name). */
export function ToggleRow({
  label,
  checked,
  locked,
  onChange,
}: {
  label: string;
  checked: boolean;
  locked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label class={locked ? 'toggle-row is-locked' : 'toggle-row'}>
      <input
        type="checkbox"
        class="switch"
        checked={checked}
        disabled={locked}
        onChange={(e) => onChange((e.target as HTMLInputElement).checked)}
      />
      <span class="toggle-label">
        {label}
        <Locked locked={locked} />
      </span>
    </label>
  );
}
