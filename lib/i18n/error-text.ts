import { type ErrorCode, errorCodeOf } from '../core/errors';
import { type MessageKey, t } from './translate';

const KEYS: Record<ErrorCode, MessageKey> = {
  invalid: 'error.invalidMessage',
  forbidden: 'error.notAllowed',
  storageFull: 'error.storageFull',
  offline: 'error.offline',
  failed: 'error.generic',
};

/** A clear Dutch (or English) reason for any failure: the one place error codes become words. */
export function errorText(error: unknown): string {
  return t(KEYS[errorCodeOf(error)]);
}

/** A failed database write: its code and the full sentence for the teacher (storage full, or a general failure). */
export function describeDbError(error: unknown): { code: 'storageFull' | 'failed'; message: string } {
  const code = errorCodeOf(error) === 'storageFull' ? 'storageFull' : 'failed';
  return { code, message: t(code === 'storageFull' ? 'error.saveStorageFull' : 'error.saveFailed') };
}
