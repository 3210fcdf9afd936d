import { useEffect, useRef } from 'preact/hooks';
import { DEFAULT_MIN_PASSPHRASE } from '../../lib/core/sealed-problem';
import { describeDbError } from '../../lib/i18n/error-text';
import { t } from '../../lib/i18n/translate';
import type { DataApi } from './data-api';
import { downloadFile } from './download';
import { HandoverMake, type PageList } from './HandoverMake';
import { HandoverReceive } from './HandoverReceive';
import { SealedStatus } from './SealedFields';
import { type ActionStatus, useOneAction } from './use-one-action';

/** The section's id: a link to options.html#overdracht lands on it. */
const SECTION_ID = 'overdracht';

/** The school's handover settings (policy `handover`). */
export interface HandoverSettings {
  enabled: boolean;
  maxValidDays: number;
  minPassphrase: number;
}

/**
 * "Overdracht naar de volgende mentor" (warme overdracht): making an encrypted file of the students
 * who agreed (their own words, next steps, open afspraken; never the teacher's note text, care or
 * drafts), and receiving one from the previous mentor. One action at a time for both parts; a school
 * can switch the handover off.
 */
export function HandoverSection({
  api,
  policy,
  pageLists,
  download = downloadFile,
}: {
  api: DataApi;
  pageLists?: () => Promise<PageList[]>;
  policy: HandoverSettings;
  download?: (fileName: string, text: string) => void;
}) {
  const { status, busy, run: runWith } = useOneAction();
  const run = (action: () => Promise<ActionStatus>) => runWith(action, (error) => describeDbError(error).message);
  // The page draws after its settings load, too late for the browser's own jump to options.html#overdracht.
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (location.hash === `#${SECTION_ID}`) section.current?.scrollIntoView();
  }, []);

  return (
    <section id={SECTION_ID} ref={section} class="group handover" aria-labelledby="lob-handover-title">
      <h2 id="lob-handover-title">{t('handover.heading')}</h2>
      {policy.enabled ? (
        <>
          <HandoverMake
            api={api}
            {...(pageLists ? { pageLists } : {})}
            minPassphrase={Math.max(policy.minPassphrase, DEFAULT_MIN_PASSPHRASE)}
            validDays={policy.maxValidDays}
            download={download}
            busy={busy}
            run={run}
          />
          <HandoverReceive api={api} busy={busy} run={run} />
          <SealedStatus busy={busy} status={status} />
        </>
      ) : (
        <p class="muted">{t('handover.off')}</p>
      )}
    </section>
  );
}
