import { t } from '../lib/i18n';

/** The options page. Later sections: Gegevens (export/import/erase), policy-locked settings. */
export function Options() {
  return (
    <main class="panel">
      <h1 class="panel-title">{t('options.title')}</h1>
      <p>{t('options.intro')}</p>
    </main>
  );
}
