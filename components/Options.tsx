import type { AppConfig } from '../lib/config/app-config';
import { t } from '../lib/i18n';
import type { Settings } from '../lib/policy';
import { DataSection } from './options/DataSection';
import { DiagnosticsSection } from './options/DiagnosticsSection';
import type { DataApi } from './options/data-api';
import { ExtraHostsSection } from './options/ExtraHostsSection';
import { SettingsSection } from './options/SettingsSection';

/** The options page: the teacher's settings (school-locked values shown as such), Gegevens, Diagnose. */
export function Options({
  data,
  config,
  persisted,
  saveSettings,
  exportDiagnostics,
  allowHosts,
}: {
  allowHosts: () => Promise<boolean>;
  data: DataApi;
  config: AppConfig;
  /** Whether the browser keeps the data when disk space runs low (undefined: not known yet). */
  persisted?: boolean | undefined;
  saveSettings: (patch: Partial<Settings>) => void;
  exportDiagnostics: () => void;
}) {
  return (
    <main class="panel options">
      <h1 class="panel-title">{t('options.title')}</h1>
      <p>{t('options.intro')}</p>
      <SettingsSection config={config} save={saveSettings} retention={data} />
      <ExtraHostsSection hosts={config.effective.extraHosts} request={allowHosts} />
      <DataSection api={data} retentionDays={config.settings.retentionDays} persisted={persisted} />
      <DiagnosticsSection problems={config.problems.length + config.profileErrors.length} onExport={exportDiagnostics} />
    </main>
  );
}
