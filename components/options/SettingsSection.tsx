import type { AppConfig } from '../../lib/config/app-config';
import { t } from '../../lib/i18n/translate';
import type { SettingKey, Settings } from '../../lib/policy';
import { type RetentionApi, RetentionSetting } from './RetentionSetting';
import { Locked } from './ToggleRow';

/**
 * "Taal en bewaartermijn": the teacher's language and how long notes are kept. A value the school set
 * by policy is shown, disabled, as "ingesteld door je school" (precedence: policy > teacher > default).
 */
export function SettingsSection({
  config,
  save,
  retention,
}: {
  config: AppConfig;
  save: (patch: Partial<Settings>) => void;
  retention: RetentionApi;
}) {
  const locked = (key: SettingKey) => config.lockedKeys.includes(key);
  const { settings } = config;
  return (
    <section class="group" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settings.languageRetention')}</h2>
      <div class="setting">
        <label for="setting-language">{t('options.language')}</label>
        <select
          id="setting-language"
          value={settings.language}
          disabled={locked('language')}
          onChange={(e) => save({ language: (e.target as HTMLSelectElement).value === 'en' ? 'en' : 'nl' })}
        >
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
        <Locked locked={locked('language')} />
      </div>
      <RetentionSetting
        days={settings.retentionDays}
        locked={locked('retentionDays')}
        retention={retention}
        save={(days) => save({ retentionDays: days })}
        lockedNote={<Locked locked={locked('retentionDays')} />}
      />
    </section>
  );
}
