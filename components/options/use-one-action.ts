import { useState } from 'preact/hooks';

/** What an action reports: a line for the teacher (ok or error), or nothing. */
export type ActionStatus = { kind: 'ok' | 'error'; text: string } | null;

/**
 * One action at a time in a section of the options page: while one runs, another click does
 * nothing; its result (or its error as a clear Dutch message from `onError`) becomes the status;
 * `after` runs whatever happened (e.g. read the list of students again).
 */
export function useOneAction(after?: () => Promise<void> | void) {
  const [status, setStatus] = useState<ActionStatus>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<ActionStatus>, onError: (error: unknown) => string) => {
    if (busy) return;
    setBusy(true);
    setStatus(null);
    try {
      setStatus(await action());
    } catch (error) {
      setStatus({ kind: 'error', text: onError(error) });
    } finally {
      setBusy(false);
      await after?.();
    }
  };
  return { status, setStatus, busy, run };
}
