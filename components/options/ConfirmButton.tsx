import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

/**
 * A destructive action in two steps: the first button asks, a second button ("Ja, …") does it.
 * Focus moves to "Annuleren" when the question appears and back to the first button when it goes.
 */
export function ConfirmButton(props: {
  label: string;
  confirmLabel: string;
  question: ComponentChildren;
  disabled?: boolean;
  onConfirm: () => Promise<void> | void;
  onCancel?: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (wasAsking.current) first.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" ref={first} class="btn danger" disabled={props.disabled} onClick={() => setAsking(true)}>
        {props.label}
      </button>
    );
  }
  return (
    <fieldset
      class="confirm"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          setAsking(false);
          props.onCancel?.();
        }
      }}
    >
      <legend>{props.question}</legend>
      <div class="row">
        <button
          type="button"
          class="btn danger confirm-yes"
          onClick={async () => {
            await props.onConfirm();
            setAsking(false);
          }}
        >
          {props.confirmLabel}
        </button>
        <button
          type="button"
          class="btn"
          ref={cancel}
          onClick={() => {
            setAsking(false);
            props.onCancel?.();
          }}
        >
          {t('data.cancel')}
        </button>
      </div>
    </fieldset>
  );
}
