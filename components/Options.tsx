import type { AppConfig } from '../lib/config/app-config';
import type { MeaningLookEntry } from '../lib/core/meaning-look';
import { retentionPolicyRefused } from '../lib/core/retention';
import { t } from '../lib/i18n/translate';
import type { Settings } from '../lib/policy';
import { BackupSection } from './options/BackupSection';
import { DataSection } from './options/DataSection';
import { DiagnosticsSection } from './options/DiagnosticsSection';
import type { DataApi } from './options/data-api';
import { ExtraHostsSection } from './options/ExtraHostsSection';
import { FeaturesSection } from './options/FeaturesSection';
import type { PageList } from './options/HandoverMake';
import { HandoverSection } from './options/HandoverSection';
import { LanguageFindings } from './options/LanguageFindings';
import { MeaningLooks } from './options/MeaningLooks';
import { type RecentMiss, RecentMisses } from './options/RecentMisses';
import { SettingsSection } from './options/SettingsSection';
import { type BoundShortcuts, ShortcutsSection } from './options/ShortcutsSection';
import { type TaughtPagesApi, TaughtPagesSection } from './options/TaughtPagesSection';

/**
 * The options page, in sections: Onderdelen, Taal en bewaartermijn, Gegevens (destructive actions
 * apart at the end), Herkenning en diagnose. School-locked values are shown as such.
 */
export function Options({
  data,
  config,
  persisted,
  saveSettings,
  exportDiagnostics,
  allowHosts,
  shortcuts,
  taught,
  recentMisses,
  meaningLooks,
  pageLists,
}: {
  /** The student lists on school pages open in tabs (the handover can take one of them). */
  pageLists?: () => Promise<PageList[]>;
  taught: TaughtPagesApi;
  recentMisses: () => Promise<RecentMiss[]>;
  /** What recognition by meaning saw lately on pages no profile knows, newest first. */
  meaningLooks: () => Promise<MeaningLookEntry[]>;
  shortcuts: { load: () => Promise<BoundShortcuts>; mac: boolean; settingsUrl: string };
  allowHosts: () => Promise<boolean>;
  data: DataApi;
  config: AppConfig;
  /** Whether the browser keeps the data when disk space runs low (undefined: not known yet). */
  persisted?: boolean | undefined;
  saveSettings: (patch: Partial<Settings>) => void;
  exportDiagnostics: () => void;
}) {
  const { effective } = config;
  const retentionRefused = retentionPolicyRefused(config.problems);
  const words = [
    effective.vocabulary.process,
    effective.vocabulary.conversation,
    effective.vocabulary.mentorRole,
    effective.vocabulary.secondLineRole,
    effective.vocabulary.careRole,
  ].join(' · ');
  return (
    <main class="options">
      <header class="options-header">
        <p class="eyebrow">{t('options.product', { process: effective.vocabulary.process })}</p>
        <h1 class="options-title">{t('options.title')}</h1>
        <p>{t('options.intro')}</p>
        {effective.schoolName && <p>{t('settings.school', { school: effective.schoolName })}</p>}
        <p class="muted">{t('settings.words', { words })}</p>
      </header>
      <FeaturesSection config={config} save={saveSettings} />
      <SettingsSection config={config} save={saveSettings} retention={data} />
      <ShortcutsSection {...shortcuts} />
      <DataSection
        api={data}
        retentionDays={config.settings.retentionDays}
        retentionPaused={retentionRefused}
        persisted={persisted}
      />
      <BackupSection api={data} />
      <HandoverSection api={data} policy={effective.handover} {...(pageLists ? { pageLists } : {})} />
      <DiagnosticsSection
        problems={config.problems.filter((p) => p.level !== 'warn').length + config.profileErrors.length}
        retentionRefused={retentionRefused}
        onExport={exportDiagnostics}
      >
        <LanguageFindings problems={config.problems} />
        <RecentMisses load={recentMisses} />
        <MeaningLooks load={meaningLooks} />
        <TaughtPagesSection api={taught} />
        <ExtraHostsSection hosts={config.effective.extraHosts} request={allowHosts} />
      </DiagnosticsSection>
    </main>
  );
}
