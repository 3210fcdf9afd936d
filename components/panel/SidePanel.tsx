import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { errorCodeOf } from '../../lib/core/errors';
import { ariaKeyshortcuts, formatShortcut, isMacPlatform } from '../../lib/core/shortcuts';
import { studentKey } from '../../lib/core/student';
import { SHORTCUTS } from '../../lib/features/catalog';
import { t } from '../../lib/i18n/translate';
import type { PageSummary, StudentListItem } from '../../lib/messages/schema';
import type { PanelApi } from './api';
import { ManualPick } from './ManualPick';
import { BlurContext } from './Private';
import { Search } from './Search';
import { StudentView } from './StudentView';
import { Suggestions } from './Suggestions';

const OFFLINE_RETRY_MS = 1500;

const mac = isMacPlatform(globalThis.navigator);

/** The mentor's companion: follows the student of the tab, or a student picked by hand. */
export function SidePanel({ api }: { api: PanelApi }) {
  const [page, setPage] = useState<PageSummary | null | undefined>(undefined);
  const [picked, setPicked] = useState<StudentListItem | null>(null);
  const [blurred, setBlurred] = useState<boolean | undefined>(undefined);
  const [blurKeys, setBlurKeys] = useState<string>(SHORTCUTS.blur);
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

  // The blur state comes from the background; until it is known nothing personal is drawn.
  useEffect(() => {
    void api.blur.get().then(setBlurred, () => setBlurred(false));
    void api.blur.shortcut().then(setBlurKeys, () => undefined);
    return api.blur.subscribe(setBlurred);
  }, [api]);

  useEffect(() => {
    if (!offline) return;
    const retry = setTimeout(() => void refresh(), OFFLINE_RETRY_MS);
    return () => clearTimeout(retry);
  }, [offline, refresh]);

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
    <BlurContext.Provider value={blurred !== false}>
      <main class={blurred !== false ? 'panel blurred' : 'panel'}>
        <div class="top" data-part="top">
          <h1 class="panel-title">{t('panel.title')}</h1>
          <button
            type="button"
            class="btn quiet small"
            aria-pressed={blurred === true}
            aria-keyshortcuts={blurKeys ? ariaKeyshortcuts(blurKeys) : undefined}
            title={blurKeys ? t('panel.blurHint', { keys: formatShortcut(blurKeys, mac) }) : t('panel.blurHintNoKey')}
            onClick={() =>
              void api.blur
                .toggle()
                .then(() => api.blur.get())
                .then(setBlurred, () => undefined)
            }
          >
            {t('panel.blur')}
          </button>
        </div>
        {offline && (
          <p class="offline" role="status">
            {t('panel.offline')}
          </p>
        )}
        {api.features().sidePanel && <Suggestions api={api} />}
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
          <ManualPick load={api.students} onPick={setPicked} onTeach={api.teachPage} />
        )}
        {!offline && <Search search={api.search} />}
      </main>
    </BlurContext.Provider>
  );
}
