import { t } from '../../lib/i18n/translate';
import type { ReferralView } from '../../lib/messages/schema';
import { CareContacts } from './CareContacts';

/**
 * Beside the conversation, for the teacher only: the page shows as much unexcused absence as the
 * school asks its staff to act on (policy `absenceThreshold`), so the school's zorg route is shown.
 * In neutral words, without the count and without a verdict; nothing about it is stored.
 */
export function AbsencePointer({ careRole, referrals }: { careRole: string; referrals: ReferralView[] }) {
  return (
    <section class="care absence-pointer" aria-labelledby="lob-absence-pointer">
      <h3 id="lob-absence-pointer">{t('absence.title')}</h3>
      <p>{t('absence.text', { careRole })}</p>
      <CareContacts care={referrals.filter((r) => r.care)} />
    </section>
  );
}
