import { useCallback, useEffect, useState } from 'preact/hooks';
import { pageTypeName as pageName } from '../../lib/i18n/taught-problem-text';
import { t } from '../../lib/i18n/translate';

/** One page the teacher taught: which host profile, which kind of page. */
export interface TaughtPageItem {
  profileId: string;
  pageType: string;
  /** Why it is left out of the policy JSON (the checks ran again at export). */
  refused?: string;
}

export interface TaughtPagesApi {
  /** The taught pages and, when there are any, the policy JSON for the administrator. */
  load(): Promise<{ pages: TaughtPageItem[]; json: string }>;
  remove(page: TaughtPageItem): Promise<void>;
  copy(text: string): Promise<boolean>;
}

/**
 * "Eigen herkenning": the pages the teacher taught (clearly theirs, removable, below the school's
 * policy), and the same as policy JSON for the ICT administrator, with a copy button.
 */
export function TaughtPagesSection({ api }: { api: TaughtPagesApi }) {
  const [state, setState] = useState<{ pages: TaughtPageItem[]; json: string }>({ pages: [], json: '' });
  const [copied, setCopied] = useState('');
  const reload = useCallback(() => void api.load().then(setState, () => undefined), [api]);
  useEffect(() => {
    reload();
    const onVisible = () => document.visibilityState === 'visible' && reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);
  return (
    <div class="subpart taught">
      <h3 id="taught-title">{t('teach.ownTitle')}</h3>
      <p>{t('teach.ownIntro')}</p>
      {state.pages.length === 0 ? (
        <p class="muted">{t('teach.ownNone')}</p>
      ) : (
        <>
          <ul class="taught-list">
            {state.pages.map((p) => (
              <li key={`${p.profileId}-${p.pageType}`}>
                <span>{t('teach.ownItem', { profile: p.profileId, page: pageName(p.pageType) })}</span>{' '}
                <button type="button" class="btn small danger" onClick={() => void api.remove(p).then(reload)}>
                  {t('teach.remove', { page: pageName(p.pageType) })}
                </button>
                {p.refused && <p class="status error">{t('teach.exportRefused', { reason: p.refused })}</p>}
              </li>
            ))}
          </ul>
          <label for="lob-taught-json">{t('teach.export')}</label>
          <p class="muted" id="lob-taught-hint">
            {t('teach.exportHint')}
          </p>
          <textarea
            id="lob-taught-json"
            class="policy-json"
            readOnly
            rows={8}
            aria-describedby="lob-taught-hint"
            value={state.json}
          />
          <div class="row">
            <button
              type="button"
              class="btn"
              onClick={async () => setCopied((await api.copy(state.json)) ? t('teach.copied') : t('panel.copyManual'))}
            >
              {t('teach.copy')}
            </button>
            <p role="status" class="status ok">
              {copied}
            </p>
          </div>
        </>
      )}
    </div>
  );
}
