import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../i18n/translate';
import { guarded, onlySeen } from '../../shared/seen-dom';
import { onlyTrusted } from '../../shared/trusted';
import type { CueData } from '../contract';

export interface CuePopoverProps {
  name: string;
  load: () => Promise<CueData>;
  logMoment: (momentType: string) => Promise<void>;
  /** A press the teacher may not have seen (../../shared/seen.ts): offered in the side panel to confirm instead. */
  suggestMoment: (momentType: string) => Promise<void>;
  onSnooze: () => void;
  onQuiet: () => void;
  onClose: () => void;
  describeError: (error: unknown) => string;
  /** Privacy blur: no name, and no prompt chosen for this student and result. */
  blurred?: boolean;
}

/** The opened grading cue: one prompt with its reason, one-click "Je doet het al", calm-down switches. */
export function CuePopover(props: CuePopoverProps) {
  const [data, setData] = useState<CueData | 'loading' | 'error'>('loading');
  const [showWhy, setShowWhy] = useState(false);
  const [status, setStatus] = useState('');
  const first = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    props.load().then(setData, () => setData('error'));
  }, [props.load]);
  useEffect(() => {
    first.current?.focus({ preventScroll: true });
  }, []);

  const log = async (id: string, label: string) => {
    try {
      await props.logMoment(id);
      setStatus(t('cue.logged', { moment: label }));
    } catch (error) {
      setStatus(t('cue.logFailed', { reason: props.describeError(error) }));
    }
  };

  const suggest = async (id: string) => {
    try {
      await props.suggestMoment(id);
      setStatus(t('cue.notSeen'));
    } catch (error) {
      setStatus(t('cue.logFailed', { reason: props.describeError(error) }));
    }
  };

  return (
    <div class="popover" role="dialog" aria-label={props.blurred ? t('cue.dialogHidden') : t('cue.dialog', { name: props.name })}>
      <button ref={first} type="button" class="close" aria-label={t('cue.close')} onClick={onlyTrusted(props.onClose)}>
        ×
      </button>
      {data === 'loading' && <p class="muted">{t('cue.loading')}</p>}
      {data === 'error' && <p class="muted">{t('card.unavailable')}</p>}
      {props.blurred && <p class="muted">{t('card.hidden')}</p>}
      {!props.blurred && typeof data === 'object' && (
        <>
          {data.prompt ? (
            <>
              <p class="prompt-text">{data.prompt.text}</p>
              <button type="button" class="link" aria-expanded={showWhy} onClick={onlyTrusted(() => setShowWhy(!showWhy))}>
                {t('card.why')}
              </button>
              {showWhy && <p class="why">{data.prompt.why}</p>}
            </>
          ) : (
            <p class="muted">{t('cue.noPrompt')}</p>
          )}
          {data.referral && (
            <p class="referral">
              {t('cue.referral', { role: data.referral.title })} <span class="muted">{data.referral.when}</span>
            </p>
          )}
          <fieldset class="moments">
            <legend>{t('cue.doingIt')}</legend>
            {data.moments.map((m) => (
              <button
                key={m.id}
                type="button"
                class="moment-choice"
                {...guarded}
                onClick={onlySeen(
                  () => void log(m.id, m.label),
                  () => void suggest(m.id),
                )}
              >
                {m.label}
              </button>
            ))}
          </fieldset>
        </>
      )}
      <p class="status ok" role="status">
        {status}
      </p>
      <div class="calm">
        <button type="button" class="link" onClick={onlyTrusted(props.onSnooze)}>
          {t('cue.snooze')}
        </button>
        <button type="button" class="link" onClick={onlyTrusted(props.onQuiet)}>
          {t('cue.quiet')}
        </button>
      </div>
    </div>
  );
}
