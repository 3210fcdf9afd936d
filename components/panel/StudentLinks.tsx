import { useState } from 'preact/hooks';
import type { StudentRef } from '../../lib/core/student';
import { t } from '../../lib/i18n/translate';
import type { PanelData } from '../../lib/messages/schema';
import { Private } from './Private';

/**
 * One child, two ids (Somtoday Docent: the record's number and the grade list's code). A same-named
 * student under another id is only a suggestion: nothing is joined until the teacher confirms it here.
 */
export function StudentLinks({ links, onLink }: { links: PanelData['links']; onLink: (other: StudentRef) => Promise<void> }) {
  const [error, setError] = useState(false);
  if (links.linked.length === 0 && links.candidates.length === 0) return null;
  return (
    <section class="links" aria-label={t('panel.linksTitle')}>
      {links.linked.map((l) => (
        <p key={l.student.id} class="muted">
          {t('panel.linked')} <Private>{l.name ?? l.student.id}</Private>
        </p>
      ))}
      {links.candidates.map((c) => (
        <div key={c.student.id} class="link-candidate">
          <p>
            {t('panel.linkQuestion')} <Private>{c.name ?? c.student.id}</Private>
          </p>
          <button
            type="button"
            class="btn small"
            onClick={() => {
              setError(false);
              onLink(c.student).catch(() => setError(true));
            }}
          >
            {t('panel.link')}
          </button>
        </div>
      ))}
      <p role="alert" class="status error">
        {error ? t('panel.linkFailed') : ''}
      </p>
    </section>
  );
}
