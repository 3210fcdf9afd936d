import { defineRequest } from '../../background/requests';

/** What the background answers for the proposal: confirm through the picker, and the teacher's "Nee"s. */
export const meaningProposalRequests = [
  defineRequest({
    type: 'meaning/confirm',
    from: 'content',
    handle: (deps, _request, sender) => deps.confirmByMeaning(sender.tabId as number, sender.frameId ?? 0),
  }),
  defineRequest({
    type: 'meaning/dismiss',
    from: 'content',
    async handle(deps, request) {
      await deps.meaningDismissals.add(request.key);
      return null;
    },
  }),
  defineRequest({
    type: 'meaning/looked',
    from: 'content',
    async handle(deps, request, sender) {
      const host = URL.canParse(sender.url ?? '') ? new URL(sender.url as string).hostname : '';
      await deps.recordMeaningLook({ host, outcome: request.outcome, evidence: request.evidence });
      return null;
    },
  }),
  defineRequest({ type: 'meaning/dismissed', from: 'content', handle: (deps) => deps.meaningDismissals.get() }),
];
