import { useState } from 'preact/hooks';
import type { StudentRef } from '../../lib/core/student';
import { t } from '../../lib/i18n/translate';
import type { PanelData } from '../../lib/messages/schema';
import { Private } from './Private';

/**
 * One child, two ids (Somtoday Docent: the record's number and the grade list's code). A same-named
 * student under another id is only a suggestion, shown with both names and numbers: nothing is joined
 * until the teacher confirms it here, and a pairing can be undone ("Ontkoppelen") — both records are
 * then exactly their own again.
 */
export function StudentLinks({
  links,
  shown,
  onLink,
  onUnlink,
}: {
  links: PanelData['links'];
  /** This page's student: their name and number. */
  shown: { name: string | undefined; id: string };
  onLink: (other: StudentRef) => Promise<void>;
  onUnlink: (other: StudentRef) => Promise<void>;
}) {
  const [error, setError] = useState<string | undefined>(undefined);
  if (links.linked.length === 0 && links.candidates.length === 0) return null;
  const attempt = (action: Promise<void>, failed: string) => {
    setError(undefined);
    action.catch(() => setError(failed));
  };
  return (
    <section class="links" aria-label={t('panel.linksTitle')}>
      {links.linked.map((l) => (
        <div key={l.student.id} class="link-candidate">
          <p class="muted">
            <Private>{t('panel.linked', { name: l.name ?? '—', id: l.student.id })}</Private>
          </p>
          <button
            type="button"
            class="btn small"
            aria-label={t('panel.unlinkName', { name: l.name ?? '—', id: l.student.id })}
            onClick={() => attempt(onUnlink(l.student), t('panel.unlinkFailed'))}
          >
            {t('panel.unlink')}
          </button>
        </div>
      ))}
      {links.candidates.map((c) => (
        <div key={c.student.id} class="link-candidate">
          <p>
            <Private>
              {t('panel.linkQuestion', { name: c.name ?? shown.name ?? '—', otherId: c.student.id, id: shown.id })}
            </Private>
          </p>
          <button type="button" class="btn small" onClick={() => attempt(onLink(c.student), t('panel.linkFailed'))}>
            {t('panel.link')}
          </button>
        </div>
      ))}
      <p role="alert" class="status error">
        {error ?? ''}
      </p>
    </section>
  );
}
