import type { AppConfig } from '../lib/config/app-config';
import { t } from '../lib/i18n';
import type { Settings } from '../lib/policy';
import { DataSection } from './options/DataSection';
import { DiagnosticsSection } from './options/DiagnosticsSection';
import type { DataApi } from './options/data-api';
import { ExtraHostsSection } from './options/ExtraHostsSection';
import { SettingsSection } from './options/SettingsSection';
import { type BoundShortcuts, ShortcutsSection } from './options/ShortcutsSection';

/** The options page: the teacher's settings (school-locked values shown as such), Gegevens, Diagnose. */
export function Options({
  data,
  config,
  saveSettings,
  exportDiagnostics,
  allowHosts,
  shortcuts,
}: {
  shortcuts: { load: () => Promise<BoundShortcuts>; mac: boolean; settingsUrl: string };
  allowHosts: () => Promise<boolean>;
  data: DataApi;
  config: AppConfig;
  saveSettings: (patch: Partial<Settings>) => void;
  exportDiagnostics: () => void;
}) {
  return (
    <main class="panel options">
      <h1 class="panel-title">{t('options.title')}</h1>
      <p>{t('options.intro')}</p>
      <SettingsSection config={config} save={saveSettings} />
      <ShortcutsSection {...shortcuts} />
      <ExtraHostsSection hosts={config.effective.extraHosts} request={allowHosts} />
      <DataSection api={data} retentionDays={config.settings.retentionDays} />
      <DiagnosticsSection problems={config.problems.length + config.profileErrors.length} onExport={exportDiagnostics} />
    </main>
  );
}
