import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { errorCodeOf } from '../../lib/core/errors';
import { studentKey } from '../../lib/core/student';
import { t } from '../../lib/i18n';
import type { PageSummary, StudentListItem } from '../../lib/messages/schema';
import type { PanelApi } from './api';
import { ManualPick } from './ManualPick';
import { BlurContext } from './Private';
import { Search } from './Search';
import { StudentView } from './StudentView';

const OFFLINE_RETRY_MS = 1500;

const isBlurShortcut = (e: KeyboardEvent) => e.altKey && e.shiftKey && e.code === 'KeyB';

/** The mentor's companion: follows the student of the tab, or a student picked by hand. */
export function SidePanel({ api }: { api: PanelApi }) {
  const [page, setPage] = useState<PageSummary | null | undefined>(undefined);
  const [picked, setPicked] = useState<StudentListItem | null>(null);
  const [blurred, setBlurred] = useState(false);
  /** The background did not answer (its worker is restarting): say so and try again shortly. */
  const [offline, setOffline] = useState(false);

  const refresh = useCallback(async () => {
    let next: PageSummary | null;
    try {
      next = await api.currentPage();
      setOffline(false);
    } catch (error) {
      if (errorCodeOf(error) === 'offline') {
        setOffline(true);
        return;
      }
      next = null;
    }
    setPage((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    if (next?.student) setPicked(null);
  }, [api]);

  useEffect(() => {
    void refresh();
    return api.subscribe(() => void refresh());
  }, [api, refresh]);

  useEffect(() => {
    if (!offline) return;
    const retry = setTimeout(() => void refresh(), OFFLINE_RETRY_MS);
    return () => clearTimeout(retry);
  }, [offline, refresh]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isBlurShortcut(e)) {
        e.preventDefault();
        setBlurred((b) => !b);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const fromPage = page?.student
    ? { student: { host: page.host, id: page.student.id }, name: page.student.name, klas: page.student.klas }
    : null;
  const target = fromPage ?? picked;
  const targetKey = target ? studentKey(target.student) : '';
  const display = useMemo(
    () => ({ ...(target?.name ? { name: target.name } : {}), ...(target?.klas ? { klas: target.klas } : {}) }),
    [targetKey, target?.name, target?.klas],
  );
  const student = useMemo(() => target?.student, [targetKey]);

  return (
    <BlurContext.Provider value={blurred}>
      <main class={blurred ? 'panel blurred' : 'panel'}>
        <div class="top" data-part="top">
          <h1 class="panel-title">{t('panel.title')}</h1>
          <button
            type="button"
            class="btn quiet small"
            aria-pressed={blurred}
            aria-keyshortcuts="Alt+Shift+B"
            title={t('panel.blurHint')}
            onClick={() => setBlurred(!blurred)}
          >
            {t('panel.blur')}
          </button>
        </div>
        {offline && (
          <p class="offline" role="status">
            {t('panel.offline')}
          </p>
        )}
        {!api.features().sidePanel ? (
          <p>{t('panel.off')}</p>
        ) : page === undefined ? null : target ? (
          <>
            {!fromPage && (
              <button type="button" class="link back" onClick={() => setPicked(null)}>
                {t('panel.pickBack')}
              </button>
            )}
            <StudentView
              key={targetKey}
              api={api}
              student={student ?? target.student}
              display={display}
              fromTab={Boolean(fromPage)}
            />
          </>
        ) : (
          <ManualPick load={api.students} onPick={setPicked} />
        )}
        {!offline && <Search search={api.search} />}
      </main>
    </BlurContext.Provider>
  );
}
