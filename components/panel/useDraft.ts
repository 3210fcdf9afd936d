import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { StudentRef } from '../../lib/messages/schema';
import type { Display, NoteInput, PanelApi } from './api';

const AUTOSAVE_MS = 700;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'stored' }
  | { kind: 'error'; message: string };

function isEmpty(d: NoteInput): boolean {
  return !d.text.trim() && !d.studentWords?.trim() && !d.nextStep?.trim();
}

/**
 * The note being written, autosaved under a fixed id: nothing typed is lost when the panel closes.
 * A failed save keeps the text in the fields and reports the reason.
 */
export function useDraft(api: PanelApi, student: StudentRef, display: Display, onSaved: () => void) {
  const fresh = useCallback((): NoteInput => ({ id: api.newId(), text: '', competences: [], promptIds: [] }), [api]);
  const [draft, setDraft] = useState<NoteInput>(fresh);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<NoteInput | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /** The save under way (autosave, pagehide or the button): saves run one after another. */
  const inFlight = useRef<Promise<boolean>>(Promise.resolve(true));

  const saveOnce = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    const toSave = pending.current;
    pending.current = null;
    if (!toSave || isEmpty(toSave)) return true;
    setState({ kind: 'saving' });
    try {
      await api.saveNote(student, display, toSave);
      setState({ kind: 'saved', at: new Date().toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' }) });
      onSaved();
      return true;
    } catch (error) {
      pending.current ??= toSave;
      setState({ kind: 'error', message: (error as Error).message });
      return false;
    }
  }, [api, student, display, onSaved]);

  /**
   * Saves what is pending, after any save under way. Without the queue, "Opslaan" during an autosave
   * found nothing pending, said "Notitie opgeslagen" at once, and the autosave finishing a moment
   * later replaced that with "Automatisch opgeslagen" (the flaky "a full conversation" test).
   */
  const flush = useCallback((): Promise<boolean> => {
    const next = inFlight.current.then(saveOnce, saveOnce);
    inFlight.current = next;
    return next;
  }, [saveOnce]);

  const update = (patch: Partial<NoteInput>) => {
    setDraft((d) => {
      const next = { ...d, ...patch };
      pending.current = next;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_MS);
      return next;
    });
  };

  // Closing or hiding the panel (or switching student) saves at once.
  const latestFlush = useRef(flush);
  latestFlush.current = flush;
  useEffect(() => {
    const now = () => void latestFlush.current();
    window.addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', now);
    return () => {
      window.removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', now);
      now();
    };
  }, []);

  const startNew = () => {
    setDraft(fresh());
    setState({ kind: 'idle' });
  };

  return { draft, update, flush, state, startNew, setState };
}
