import { useState } from 'preact/hooks';
import { errorText } from '../../lib/i18n/error-text';
import { t } from '../../lib/i18n/translate';
import type { ReferralView } from '../../lib/messages/schema';
import { CareContacts } from './CareContacts';

/** A longer list is folded at first, so that in a narrow panel (400 × 900) the conversation stays the main thing. */
const SHOWN_AT_ONCE = 3;

/** Who to refer to, from the school's directory; the zorg contact only behind "geen loopbaanvraag". */
export function Referrals({
  referrals,
  careRole,
  onRefer,
}: {
  referrals: ReferralView[];
  careRole: string;
  onRefer: (r: ReferralView) => Promise<void>;
}) {
  const [showCare, setShowCare] = useState(false);
  const [done, setDone] = useState<string[]>([]);
  const [failed, setFailed] = useState('');
  const care = referrals.filter((r) => r.care);
  const career = referrals.filter((r) => !r.care);
  const list = (
    <ul>
      {career.map((r) => (
        <li key={r.role} class="referral">
          <strong>{r.title}</strong>
          {r.name ? ` · ${r.name}` : ''}
          {r.contact ? <span class="contact"> · {r.contact}</span> : null}
          <p class="muted">{r.when}</p>
          {r.line !== 3 && (
            <button
              type="button"
              class="link"
              disabled={done.includes(r.role)}
              onClick={() => {
                setFailed('');
                onRefer(r).then(
                  () => setDone((d) => [...d, r.role]),
                  (error) => setFailed(t('panel.referFailed', { role: r.title, reason: errorText(error) })),
                );
              }}
            >
              {done.includes(r.role) ? t('panel.referred', { role: r.title }) : t('panel.referAction', { role: r.title })}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
  return (
    <section class="referrals part" data-part="referrals" aria-labelledby="lob-referrals">
      <h2 id="lob-referrals">{t('panel.referrals')}</h2>
      {career.length > SHOWN_AT_ONCE ? (
        <details class="referral-list">
          <summary>{t('panel.referralsAll', { count: career.length })}</summary>
          {list}
        </details>
      ) : (
        list
      )}
      <p role="alert" class="status error">
        {failed}
      </p>
      <button type="button" class="btn small" aria-expanded={showCare} onClick={() => setShowCare(!showCare)}>
        {t('panel.notCareer')}
      </button>
      {showCare && (
        <div class="care" role="note">
          <p>{t('panel.careText', { careRole })}</p>
          <CareContacts care={care} />
        </div>
      )}
    </section>
  );
}
