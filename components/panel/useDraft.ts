import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { StudentRef } from '../../lib/messages/schema';
import type { Display, NoteInput, PanelApi } from './api';

/** How long typing may pause before what is typed is kept (a close or tab switch keeps it at once). */
const KEEP_MS = 400;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  /** The draft is kept (not yet a note). */
  | { kind: 'kept'; at: string }
  /** "Gesprek afronden": the conversation is a note in the timeline now. */
  | { kind: 'finished' }
  /** "Gesprek afronden" with nothing typed: nothing is made. */
  | { kind: 'empty' }
  /** Nothing is kept until the teacher says which student this is (see IdentityCheck). */
  | { kind: 'held' }
  | { kind: 'error'; message: string };

const emptyDraft = (): NoteInput => ({ text: '', competences: [], promptIds: [] });

function isEmptyDraft(d: NoteInput): boolean {
  return !d.text.trim() && !d.studentWords?.trim() && !d.nextStep?.trim();
}

const clock = () => new Date().toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' });

/**
 * One save model for the conversation with a student: everything typed is kept as a draft at once
 * (on a short pause in typing, and at once when the panel closes, hides or switches student), and it
 * comes back in the note box when the panel opens again; "Gesprek afronden" (`finish`) turns the
 * draft into a note in the timeline. A draft is not history. A failed save keeps the text in the
 * fields and reports the reason. While `held` (the page's name and what is kept disagree), nothing
 * is written: what is typed stays in the fields and is kept once the teacher has answered.
 */
export function useDraft(api: PanelApi, student: StudentRef, display: Display, onFinished: () => void, held = false) {
  const [draft, setDraft] = useState<NoteInput>(emptyDraft);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<NoteInput | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** Until the kept draft has come back from the extension, nothing typed may replace it. */
  const restored = useRef(false);

  /** The save under way: saves run one after another, so an older draft never lands after a newer one. */
  const inFlight = useRef<Promise<boolean>>(Promise.resolve(true));

  const heldNow = useRef(held);
  heldNow.current = held;

  const keepOnce = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    if (heldNow.current) {
      if (pending.current) setState({ kind: 'held' });
      return false;
    }
    const toKeep = pending.current;
    pending.current = null;
    if (!toKeep) return true;
    setState({ kind: 'saving' });
    try {
      await api.saveDraft(student, display, toKeep);
      setState(isEmptyDraft(toKeep) ? { kind: 'idle' } : { kind: 'kept', at: clock() });
      return true;
    } catch (error) {
      pending.current ??= toKeep;
      setState({ kind: 'error', message: (error as Error).message });
      return false;
    }
  }, [api, student, display]);

  /** Keeps what is pending, after any save under way. */
  const flush = useCallback((): Promise<boolean> => {
    const next = inFlight.current.then(keepOnce, keepOnce);
    inFlight.current = next;
    return next;
  }, [keepOnce]);

  /** The draft kept for this student (once per student, when the panel's data first comes). */
  const restore = useCallback((kept: NoteInput | null) => {
    if (restored.current) return;
    restored.current = true;
    if (kept && !pending.current) setDraft(kept);
  }, []);

  const update = (patch: Partial<NoteInput>) => {
    restored.current = true;
    setDraft((d) => {
      const next = { ...d, ...patch };
      pending.current = next;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), KEEP_MS);
      return next;
    });
  };

  /** "Gesprek afronden": the conversation becomes a note (and the draft goes, in the same write). */
  const finish = async (): Promise<boolean> => {
    clearTimeout(timer.current);
    pending.current = null;
    await inFlight.current;
    if (isEmptyDraft(draft)) {
      setState({ kind: 'empty' });
      return false;
    }
    if (heldNow.current) {
      pending.current = draft;
      setState({ kind: 'held' });
      return false;
    }
    setState({ kind: 'saving' });
    try {
      await api.saveNote(student, display, draft);
      setDraft(emptyDraft());
      setState({ kind: 'finished' });
      onFinished();
      return true;
    } catch (error) {
      pending.current = draft;
      setState({ kind: 'error', message: (error as Error).message });
      return false;
    }
  };

  // Once the teacher has said who this is, what was typed meanwhile is kept.
  const wasHeld = useRef(held);
  useEffect(() => {
    if (wasHeld.current && !held && pending.current) void flush();
    wasHeld.current = held;
  }, [held, flush]);

  // Closing or hiding the panel (or switching student) keeps the draft at once.
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

  return { draft, update, finish, restore, state };
}
