import { useRef, useState } from 'preact/hooks';
import { RETENTION } from '../../lib/core/domain';
import { RETENTION_GRACE_DAYS } from '../../lib/core/retention';
import { t } from '../../lib/i18n/translate';
import { formatDate } from '../../lib/ui/labels';
import { ConfirmQuestion } from './ConfirmButton';
import type { DataApi } from './data-api';
import { retentionPeriod } from './retention-period';

export type RetentionApi = Pick<DataApi, 'countNotesBeyond' | 'shortenRetention'>;

type Asking = { days: number; count: number } | null;

/**
 * The retention period in days. Longer applies at once; shorter first says how many notes would go
 * and that the deletion waits RETENTION_GRACE_DAYS days, and is saved only after "Ja, korter bewaren".
 */
export function RetentionSetting(props: {
  days: number;
  locked: boolean;
  retention: RetentionApi;
  save: (days: number) => void;
  lockedNote: preact.ComponentChildren;
}) {
  const [asking, setAsking] = useState<Asking>(null);
  const [status, setStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const { minDays, maxDays } = RETENTION;

  const restore = () => {
    if (input.current) input.current.value = String(props.days);
  };
  const choose = async (days: number) => {
    setStatus('');
    if (days >= props.days) {
      setAsking(null);
      props.save(days);
      return;
    }
    try {
      setAsking({ days, count: await props.retention.countNotesBeyond(days) });
    } catch {
      restore();
    }
  };

  return (
    <div class="setting">
      <label for="setting-retention">{t('settings.retention')}</label>
      <input
        id="setting-retention"
        ref={input}
        type="number"
        min={minDays}
        max={maxDays}
        value={props.days}
        disabled={props.locked || asking !== null}
        onChange={(e) => {
          const days = Number(e.currentTarget.value);
          if (Number.isInteger(days) && days >= minDays && days <= maxDays && days !== props.days) void choose(days);
        }}
      />
      {props.lockedNote}
      {asking && (
        <ConfirmQuestion
          question={t('settings.retentionShorter', {
            count: asking.count,
            period: retentionPeriod(asking.days),
            grace: RETENTION_GRACE_DAYS,
          })}
          confirmLabel={t('settings.retentionShorterYes')}
          onConfirm={async () => {
            const startsOn = await props.retention.shortenRetention(props.days, asking.days);
            props.save(asking.days);
            setAsking(null);
            setStatus(t('settings.retentionShorterSaved', { date: formatDate(`${startsOn}T12:00:00Z`) }));
          }}
          onCancel={() => {
            setAsking(null);
            restore();
            setStatus(t('settings.retentionKept'));
          }}
        />
      )}
      <p role="status" class="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
