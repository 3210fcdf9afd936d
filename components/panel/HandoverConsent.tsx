import { t } from '../../lib/i18n/translate';
import { formatDate } from '../../lib/ui/labels';
import { FactStatus, useFactSetter } from './fact-status';

/**
 * "Overdracht naar de volgende mentor": the mentor ticks, with the student, that the student knows and
 * agrees that what they said and agreed goes to the next mentor (kept with the day, on this computer).
 * Without the tick the student is in no handover file. The file itself is made in the options page.
 */
export function HandoverConsent({
  consentOn,
  onSet,
  onOpen,
}: {
  consentOn: string | undefined;
  onSet: (agreed: boolean) => Promise<void>;
  onOpen: () => void;
}) {
  const { status, set } = useFactSetter(onSet, (agreed: boolean) =>
    agreed ? t('handoverPanel.agreedNow') : t('handoverPanel.withdrawn'),
  );
  return (
    <section class="study-fact" aria-labelledby="lob-handover-consent" data-part="handover">
      <h3 id="lob-handover-consent">{t('handoverPanel.title')}</h3>
      <p class="muted">{t('handoverPanel.what')}</p>
      <label class="row">
        <input type="checkbox" checked={Boolean(consentOn)} onChange={(e) => void set(e.currentTarget.checked)} />
        {t('handoverPanel.consent')}
      </label>
      {consentOn && <p class="muted">{t('handoverPanel.agreedOn', { date: formatDate(consentOn) })}</p>}
      <FactStatus status={status} />
      <button type="button" class="btn small" onClick={onOpen}>
        {t('handoverPanel.open')}
      </button>
    </section>
  );
}
