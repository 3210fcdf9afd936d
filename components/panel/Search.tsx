import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n/translate';
import type { SearchHit } from '../../lib/messages/schema';
import { formatDate } from '../../lib/ui/labels';
import { Private } from './Private';

/** Search across all the teacher's notes (in the extension's own database). */
export function Search({ search }: { search: (q: string) => Promise<SearchHit[]> }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | undefined>(undefined);
  return (
    <details class="search part" data-part="search">
      <summary>{t('panel.search')}</summary>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (query.trim()) setHits(await search(query).catch(() => []));
        }}
      >
        <span>
          <label for="lob-search">{t('panel.searchLabel')}</label>
          <input id="lob-search" type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
        </span>
        <button type="submit" class="btn">
          {t('panel.searchButton')}
        </button>
      </form>
      {hits && hits.length === 0 && <p class="muted">{t('panel.searchNone')}</p>}
      {hits && hits.length > 0 && (
        <ul class="hits">
          {hits.map((h) => (
            <li key={h.note.id}>
              <Private>
                <strong>{h.name ?? h.student.id}</strong>
                {h.klas ? ` · ${h.klas}` : ''}
              </Private>{' '}
              <Private>
                <time dateTime={h.note.date}>{formatDate(h.note.date)}</time>
              </Private>
              <p class="note-text">
                <Private>{h.note.text || h.note.studentWords || h.note.nextStep}</Private>
              </p>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
