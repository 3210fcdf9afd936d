import { useEffect, useState } from 'preact/hooks';
import { formatShortcut } from '../../lib/core/shortcuts';
import { FEATURE_CATALOG, type ShortcutName, shortcutsOf } from '../../lib/features/catalog';
import { t } from '../../lib/i18n/translate';

/** The commands' shortcuts as the browser has them now (a teacher may have changed them); "" if none. */
export type BoundShortcuts = Partial<Record<ShortcutName, string>>;

/**
 * "Sneltoetsen": every shortcut with what it does, read from the browser (`commands.getAll()`), so a
 * teacher's own choice in chrome://extensions/shortcuts shows; on a Mac with ⌥. The cue's shortcut
 * is fixed (handled in the school page, from the grade field).
 */
export function ShortcutsSection({
  load,
  mac,
  settingsUrl,
}: {
  load: () => Promise<BoundShortcuts>;
  mac: boolean;
  settingsUrl: string;
}) {
  const [bound, setBound] = useState<BoundShortcuts | undefined>(undefined);
  useEffect(() => {
    const read = () => void load().then(setBound, () => undefined);
    read();
    // Back from the browser's shortcut page: show the new keys.
    const onVisible = () => document.visibilityState === 'visible' && read();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [load]);
  // Every feature's shortcut: the manifest's as the browser has them, the in-page ones fixed.
  const rows = shortcutsOf(FEATURE_CATALOG).map((s) =>
    s.binding.kind === 'manifest'
      ? { what: t(s.label), keys: bound?.[s.name as ShortcutName] }
      : { what: t(s.label), keys: s.keys, note: t('options.shortcutFixed') },
  );
  return (
    <section class="group" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('options.shortcuts')}</h2>
      <table class="shortcuts">
        <tbody>
          {rows.map((r) => (
            <tr key={r.what}>
              <th scope="row">{r.what}</th>
              <td>
                {r.keys === undefined ? '…' : r.keys ? <kbd>{formatShortcut(r.keys, mac)}</kbd> : t('options.shortcutNone')}
                {r.note ? ` (${r.note})` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted">{t('options.shortcutsChange', { url: settingsUrl })}</p>
    </section>
  );
}
