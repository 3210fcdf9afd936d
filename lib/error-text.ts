import { ClientError } from './client';
import { type MessageKey, t } from './i18n';
import type { ErrorCode } from './messages';

const KEYS: Record<ErrorCode, MessageKey> = {
  invalid: 'error.invalidMessage',
  forbidden: 'error.notAllowed',
  storageFull: 'error.storageFull',
  failed: 'error.generic',
};

/** A clear Dutch (or English) reason for any failure. */
export function errorText(error: unknown): string {
  return t(error instanceof ClientError ? KEYS[error.code] : 'error.generic');
}
