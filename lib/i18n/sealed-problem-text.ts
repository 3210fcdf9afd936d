import type { SealedProblem } from '../core/sealed-problem';
import { type MessageKey, t } from './translate';

const KEYS: Record<SealedProblem, MessageKey> = {
  notSealed: 'sealed.notSealed',
  newerVersion: 'sealed.newerVersion',
  truncated: 'sealed.truncated',
  headerChanged: 'sealed.headerChanged',
  wrongPassphrase: 'sealed.wrongPassphrase',
  bodyChanged: 'sealed.bodyChanged',
  expired: 'sealed.expired',
  wrongKind: 'sealed.wrongKind',
  invalidContent: 'sealed.invalidContent',
};

/** The teacher's words for why an encrypted file was not opened (each says that nothing was read). */
export function sealedProblemText(problem: SealedProblem): string {
  return t(KEYS[problem]);
}
