import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';

/** The note field. On a failed save the text stays in the field and the reason is shown in Dutch. */
export function NoteEditor({ onSave }: { onSave: (text: string) => Promise<void> }) {
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) {
      setStatus({ kind: 'error', message: t('panel.emptyNote') });
      return;
    }
    setBusy(true);
    try {
      await onSave(text);
      setText('');
      setStatus({ kind: 'ok', message: t('panel.saved') });
    } catch (error) {
      setStatus({ kind: 'error', message: t('panel.saveFailed', { reason: (error as Error).message }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="note-editor" onSubmit={save}>
      <label for="lob-note">{t('panel.note')}</label>
      <textarea id="lob-note" rows={5} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      <button type="submit" disabled={busy}>
        {t('panel.save')}
      </button>
      <p role="status" class={status?.kind === 'error' ? 'status error' : 'status'}>
        {status?.message ?? ''}
      </p>
    </form>
  );
}
