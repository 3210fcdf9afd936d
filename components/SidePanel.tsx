import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PageSummary } from '../lib/hosts/summary';
import { t } from '../lib/i18n';
import type { NoteView, StudentRef } from '../lib/messages';
import { formatDate } from './labels';
import { NoteEditor } from './NoteEditor';

/** What the panel needs from the extension; the entrypoint wires it to the browser. */
export interface PanelApi {
  currentPage(): Promise<PageSummary | null>;
  listNotes(student: StudentRef): Promise<NoteView[]>;
  saveNote(student: StudentRef, display: { name?: string; klas?: string }, text: string): Promise<void>;
  /** Calls back when the followed tab or the data changed; returns an unsubscribe function. */
  subscribe(onChange: () => void): () => void;
}

function Timeline({ notes }: { notes: NoteView[] }) {
  if (notes.length === 0) return <p class="muted">{t('panel.noNotes')}</p>;
  return (
    <ol class="timeline">
      {notes.map((n) => (
        <li key={n.id}>
          <time dateTime={n.date}>{formatDate(n.date)}</time>
          <p class="note-text">{n.text}</p>
        </li>
      ))}
    </ol>
  );
}

export function SidePanel({ api }: { api: PanelApi }) {
  const [page, setPage] = useState<PageSummary | null | undefined>(undefined);
  const [notes, setNotes] = useState<NoteView[]>([]);
  const student = page?.student;
  const ref = student && page ? { host: page.host, id: student.id } : undefined;

  const refresh = useCallback(async () => {
    const next = await api.currentPage().catch(() => null);
    setPage(next);
    setNotes(next?.student ? await api.listNotes({ host: next.host, id: next.student.id }).catch(() => []) : []);
  }, [api]);

  useEffect(() => {
    void refresh();
    return api.subscribe(() => void refresh());
  }, [api, refresh]);

  return (
    <main class="panel">
      <h1 class="panel-title">{t('panel.title')}</h1>
      {page === undefined ? null : ref && student ? (
        <>
          <h2 class="student">{t('panel.student', { name: student.name ?? student.id, klas: student.klas ?? '' })}</h2>
          <NoteEditor
            key={`${ref.host}|${ref.id}`}
            onSave={async (text) => {
              await api.saveNote(
                ref,
                { ...(student.name ? { name: student.name } : {}), ...(student.klas ? { klas: student.klas } : {}) },
                text,
              );
              setNotes(await api.listNotes(ref));
            }}
          />
          <h3>{t('panel.timeline')}</h3>
          <Timeline notes={notes} />
        </>
      ) : (
        <section class="unrecognised">
          <p>{t('panel.noStudent')}</p>
          <p class="muted">{t('panel.noStudentHint')}</p>
        </section>
      )}
    </main>
  );
}
