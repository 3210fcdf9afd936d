import type { AppConfig } from '../../lib/config/app-config';
import { type MessageKey, t } from '../../lib/i18n';
import { FEATURE_KEYS, type FeatureKey, type SettingKey, type Settings } from '../../lib/policy';
import { type RetentionApi, RetentionSetting } from './RetentionSetting';

const FEATURE_LABELS: Record<FeatureKey, MessageKey> = {
  gradingCues: 'settings.gradingCues',
  studentCard: 'settings.studentCard',
  sidePanel: 'settings.sidePanel',
  freeTextNotes: 'settings.freeTextNotes',
  mentorOverview: 'settings.mentorOverview',
};

function Locked({ locked }: { locked: boolean }) {
  return locked ? <span class="locked"> ({t('settings.locked')})</span> : null;
}

/**
 * The teacher's own settings. A value the school set by policy is shown, disabled, as
 * "ingesteld door je school" (precedence: policy > teacher > default).
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
  const { settings, effective } = config;
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settings.title')}</h2>
      {effective.schoolName && <p>{t('settings.school', { school: effective.schoolName })}</p>}
      <p class="muted">
        {t('settings.words', {
          words: [
            effective.vocabulary.process,
            effective.vocabulary.conversation,
            effective.vocabulary.mentorRole,
            effective.vocabulary.secondLineRole,
            effective.vocabulary.careRole,
          ].join(' · '),
        })}
      </p>
      <fieldset>
        <legend>{t('settings.features')}</legend>
        {FEATURE_KEYS.map((key) => {
          const settingKey = `features.${key}` as SettingKey;
          return (
            <div key={key} class="setting">
              <label>
                <input
                  type="checkbox"
                  checked={settings.features[key]}
                  disabled={locked(settingKey)}
                  onChange={(e) => save({ features: { ...settings.features, [key]: (e.target as HTMLInputElement).checked } })}
                />{' '}
                {t(FEATURE_LABELS[key])}
                <Locked locked={locked(settingKey)} />
              </label>
            </div>
          );
        })}
        <div class="setting">
          <label>
            <input
              type="checkbox"
              checked={settings.quietMode}
              disabled={locked('quietMode')}
              onChange={(e) => save({ quietMode: (e.target as HTMLInputElement).checked })}
            />{' '}
            {t('settings.quietMode')}
            <Locked locked={locked('quietMode')} />
          </label>
        </div>
      </fieldset>
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
