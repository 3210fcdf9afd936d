import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/translate';

/**
 * A question with "Ja, …" and "Annuleren" (Escape cancels too). Focus moves to "Annuleren" when it
 * appears, so Enter never confirms by accident.
 */
export function ConfirmQuestion(props: {
  question: ComponentChildren;
  confirmLabel: string;
  onConfirm: () => Promise<void> | void;
  onCancel: () => void;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <fieldset
      class="confirm"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onCancel();
        }
      }}
    >
      <legend>{props.question}</legend>
      <div class="row">
        <button type="button" class="btn danger confirm-yes" onClick={() => props.onConfirm()}>
          {props.confirmLabel}
        </button>
        <button type="button" class="btn" ref={cancel} onClick={() => props.onCancel()}>
          {t('data.cancel')}
        </button>
      </div>
    </fieldset>
  );
}

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
  const wasAsking = useRef(false);
  useEffect(() => {
    if (!asking && wasAsking.current) first.current?.focus();
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
    <ConfirmQuestion
      question={props.question}
      confirmLabel={props.confirmLabel}
      onConfirm={async () => {
        await props.onConfirm();
        setAsking(false);
      }}
      onCancel={() => {
        setAsking(false);
        props.onCancel?.();
      }}
    />
  );
}
