export type DbErrorCode = 'storageFull' | 'failed';

export interface DbErrorInfo {
  code: DbErrorCode;
  message: string;
}

export const DB_MESSAGES: Record<DbErrorCode, string> = {
  storageFull:
    'De opslag van je browser is vol, dus dit is niet opgeslagen. Maak ruimte vrij (bijvoorbeeld door een export te maken en oude notities te wissen) en probeer het opnieuw.',
  failed: 'Opslaan is niet gelukt door een fout in de browseropslag. Er is niets veranderd; probeer het opnieuw.',
};

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  inner?: unknown;
  failures?: unknown;
}

function isQuota(error: unknown, depth: number): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as ErrorLike;
  // Chromium: QuotaExceededError (DOMException code 22); Firefox: NS_ERROR_DOM_QUOTA_REACHED (code 1014).
  if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (e.code === 22 || e.code === 1014) return true;
  // Dexie wraps the browser's error in `inner`; bulk operations collect them in `failures`.
  if (isQuota(e.inner, depth + 1)) return true;
  const failures = Array.isArray(e.failures)
    ? e.failures
    : e.failures && typeof e.failures === 'object'
      ? Object.values(e.failures)
      : [];
  return failures.some((f) => isQuota(f, depth + 1));
}

/** Is this (possibly wrapped) error the browser saying its storage is full? */
export function isStorageFull(error: unknown): boolean {
  return isQuota(error, 0);
}

/** A code and a clear Dutch message for any error thrown by a database write. */
export function describeDbError(error: unknown): DbErrorInfo {
  const code: DbErrorCode = isStorageFull(error) ? 'storageFull' : 'failed';
  return { code, message: DB_MESSAGES[code] };
}
