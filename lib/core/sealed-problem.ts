/**
 * Why an encrypted file (backup or handover) cannot be opened: a code from lib/db/sealed; the words
 * are lib/i18n's (sealed-problem-text.ts). Nothing is written for any of them.
 */
export type SealedProblem =
  | 'notSealed'
  | 'newerVersion'
  | 'truncated'
  | 'headerChanged'
  | 'wrongPassphrase'
  | 'bodyChanged'
  | 'expired'
  | 'wrongKind'
  /** Opened, but what is inside is not a file this version can read (nothing is written). */
  | 'invalidContent';

/** The shortest passphrase for an encrypted file (a school may ask more by policy). */
export const DEFAULT_MIN_PASSPHRASE = 12;
