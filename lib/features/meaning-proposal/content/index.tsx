import { render } from 'preact';
import { lookOf } from '../../../core/meaning-look';
import { pageKindKey } from '../../../hosts/meaning/page-kind';
import { type MeaningFinding, recogniseByMeaning } from '../../../hosts/meaning/recognise';
import { t } from '../../../i18n/translate';
import type { FeatureServices } from '../../define';
import { mountShadowHost } from '../../shared/mount';
import { watchSeen } from '../../shared/seen-dom';
import { Proposal, type ProposalState } from './Proposal';
import { proposalCss } from './proposal-css';

/**
 * Recognition by meaning in the page: on a page no profile recognises, what a look at the page finds
 * is proposed once, in our closed root at the end of <body>. "Klopt" goes to the background (which
 * has the picker build and keep the taught page; the page is then recognised and the proposal goes);
 * "Nee" is remembered for this kind of page; "Nu niet" closes it until the page changes what it shows.
 * Nothing student-linked appears before "Klopt". Never throws into the page.
 */
export interface MeaningProposal {
  /** The page is not recognised (called at most once per batch of page changes). */
  look(): void;
  /** The page is recognised now, or the runtime stops: no proposal. */
  hide(): void;
}

type Services = Pick<FeatureServices, 'send' | 'privacy' | 'describeError'>;

export function createMeaningProposal(doc: Document, services: Services): MeaningProposal {
  let shown:
    | { key: string; finding: MeaningFinding; controller: AbortController; container: HTMLElement; state: ProposalState }
    | undefined;
  /** Kinds of page the teacher said "Nee" to, or closed with "Nu niet" on this page. */
  let dismissed: Set<string> | undefined;
  const closedForNow = new Set<string>();
  const loadDismissed = services
    .send({ type: 'meaning/dismissed' })
    .then((keys) => {
      dismissed = new Set(keys);
    })
    .catch(() => {
      dismissed = new Set();
    });

  const hide = () => {
    shown?.controller.abort();
    shown = undefined;
  };

  const draw = () => {
    const current = shown;
    if (!current) return;
    render(
      <Proposal
        finding={current.finding}
        state={current.state}
        blurred={services.privacy.blurred()}
        onConfirm={() => void confirm(current.key)}
        onUnseen={() => setState(current.key, { status: 'failed', reason: t('seen.notHere') })}
        onDismiss={() => {
          dismissed?.add(current.key);
          services.send({ type: 'meaning/dismiss', key: current.key }).catch(() => undefined);
          hide();
        }}
        onLater={() => {
          closedForNow.add(current.key);
          hide();
        }}
      />,
      current.container,
    );
  };

  const setState = (key: string, state: ProposalState) => {
    if (shown?.key !== key) return;
    shown.state = state;
    draw();
  };

  async function confirm(key: string) {
    setState(key, { status: 'busy' });
    try {
      const answer = await services.send({ type: 'meaning/confirm' });
      if (!answer.kept) setState(key, { status: 'failed', reason: answer.reason ?? services.describeError(undefined) });
      // Kept: the configuration changes, the page is recognised and the runtime hides the proposal.
    } catch (error) {
      setState(key, { status: 'failed', reason: services.describeError(error) });
    }
  }

  const show = (finding: MeaningFinding, key: string) => {
    if (shown?.key === key) {
      shown.finding = finding;
      draw();
      return;
    }
    hide();
    const controller = new AbortController();
    const mounted = doc.body
      ? mountShadowHost({ featureId: 'meaning-proposal', css: proposalCss, into: doc.body, signal: controller.signal })
      : undefined;
    if (!mounted) return;
    controller.signal.addEventListener('abort', () => {
      render(null, mounted.container);
      mounted.host.remove();
    });
    watchSeen(mounted.container, controller.signal);
    services.privacy.subscribe(draw, controller.signal);
    shown = { key, finding, controller, container: mounted.container, state: { status: 'asking' } };
    draw();
  };

  /** What the last pass on this address found, as last reported to the diagnostics. */
  let reported = '';
  const report = (finding: MeaningFinding | undefined) => {
    const seen = lookOf(finding);
    const key = JSON.stringify([doc.location?.pathname, doc.location?.hash, seen]);
    if (key === reported) return;
    reported = key;
    services.send({ type: 'meaning/looked', ...seen }).catch(() => undefined);
  };

  const look = () => {
    try {
      const finding = recogniseByMeaning(doc, doc.location?.href ?? '');
      report(finding);
      if (!finding) {
        if (shown?.state.status !== 'busy') hide();
        return;
      }
      const key = pageKindKey(finding, doc.location?.href ?? '');
      if (closedForNow.has(key)) return;
      if (dismissed) {
        if (!dismissed.has(key)) show(finding, key);
      } else void loadDismissed.then(() => !dismissed?.has(key) && show(finding, key));
    } catch {
      hide(); // never into the page
    }
  };

  return { look, hide };
}
