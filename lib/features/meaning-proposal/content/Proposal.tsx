import type { MeaningFinding } from '../../../hosts/meaning/recognise';
import { t } from '../../../i18n/translate';
import { guarded, onlySeen } from '../../shared/seen-dom';
import { onlyTrusted } from '../../shared/trusted';

/** Where the proposal is: asking, saving after "Klopt", or saving failed (with the reason). */
export type ProposalState = { status: 'asking' } | { status: 'busy' } | { status: 'failed'; reason: string };

export interface ProposalProps {
  finding: MeaningFinding;
  state: ProposalState;
  /** The privacy blur: then no name or number. */
  blurred: boolean;
  onConfirm: () => void;
  /** "Klopt" was pressed while the proposal was hidden or covered by the page: nothing is kept. */
  onUnseen: () => void;
  onDismiss: () => void;
  onLater: () => void;
}

function question(finding: MeaningFinding, blurred: boolean): string {
  if (finding.kind === 'studentRecord') {
    if (blurred) return t('meaning.recordHidden');
    return t('meaning.record', { name: (finding.name.textContent ?? '').replace(/\s+/g, ' ').trim(), id: finding.idText });
  }
  return blurred
    ? t('meaning.gridHidden', { count: finding.count })
    : t('meaning.grid', { count: finding.count, name: finding.exampleName });
}

/** "Is dit de leerlingkaart van …?": asked once, with "Klopt", "Nee" and "Nu niet". Never takes the focus. */
export function Proposal({ finding, state, blurred, onConfirm, onUnseen, onDismiss, onLater }: ProposalProps) {
  const record = finding.kind === 'studentRecord';
  return (
    <section class="proposal" aria-labelledby="lob-proposal-title">
      <h2 id="lob-proposal-title">{t('meaning.title')}</h2>
      <p class="question">{question(finding, blurred)}</p>
      <p class="muted">{t(record ? 'meaning.recordThen' : 'meaning.gridThen')}</p>
      {state.status === 'failed' && (
        <p class="status error" role="alert">
          {state.reason}
        </p>
      )}
      {state.status === 'busy' && (
        <p class="status" role="status">
          {t('meaning.busy')}
        </p>
      )}
      <div class="choices">
        <button
          type="button"
          class="btn small primary"
          disabled={state.status === 'busy'}
          {...guarded}
          onClick={onlySeen(onConfirm, onUnseen)}
        >
          {t(record ? 'meaning.confirmRecord' : 'meaning.confirmGrid')}
        </button>
        <button type="button" class="btn small" onClick={onlyTrusted(onDismiss)}>
          {t('meaning.no')}
        </button>
        <button type="button" class="btn small quiet" onClick={onlyTrusted(onLater)}>
          {t('meaning.later')}
        </button>
      </div>
    </section>
  );
}
