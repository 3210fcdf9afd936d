import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n/translate';

interface Status {
  ok: boolean;
  text: string;
}

/**
 * Setting one of a student's facts (school type, work placement) from the panel: `set` stores the
 * value and says in the status line what was set, or, when storing fails, why nothing was kept.
 */
export function useFactSetter<V>(onSet: (value: V) => Promise<void>, said: (value: V) => string) {
  const [status, setStatus] = useState<Status | undefined>();
  const set = async (value: V) => {
    try {
      await onSet(value);
      setStatus({ ok: true, text: said(value) });
    } catch (error) {
      setStatus({ ok: false, text: t('panel.saveFailed', { reason: (error as Error).message }) });
    }
  };
  return { status, set };
}

/** The status line under a fact: a polite status, or an alert when it was not kept. */
export function FactStatus({ status }: { status: Status | undefined }) {
  if (!status) return null;
  return (
    <p class={status.ok ? 'status' : 'status error'} role={status.ok ? 'status' : 'alert'}>
      {status.text}
    </p>
  );
}
