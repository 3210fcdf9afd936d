import type { AppConfig } from '../../lib/config/app-config';
import { FEATURE_KEYS, FEATURE_LABELS } from '../../lib/features/catalog';
import { t } from '../../lib/i18n/translate';
import type { SettingKey, Settings } from '../../lib/policy';
import { ToggleRow } from './ToggleRow';

/**
 * "Onderdelen": which parts of the extension are on. A value the school set by policy is shown,
 * disabled, as "ingesteld door je school" (precedence: policy > teacher > default).
 */
export function FeaturesSection({ config, save }: { config: AppConfig; save: (patch: Partial<Settings>) => void }) {
  const locked = (key: SettingKey) => config.lockedKeys.includes(key);
  const { settings } = config;
  return (
    <section class="group" aria-labelledby="features-title">
      <h2 id="features-title">{t('settings.features')}</h2>
      <div class="toggles">
        {FEATURE_KEYS.map((key) => (
          <ToggleRow
            key={key}
            label={t(FEATURE_LABELS[key])}
            checked={settings.features[key]}
            locked={locked(`features.${key}` as SettingKey)}
            onChange={(on) => save({ features: { ...settings.features, [key]: on } })}
          />
        ))}
        <ToggleRow
          label={t('settings.quietMode')}
          checked={settings.quietMode}
          locked={locked('quietMode')}
          onChange={(on) => save({ quietMode: on })}
        />
      </div>
    </section>
  );
}
