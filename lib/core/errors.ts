/** What can go wrong with a request, as a code; the UI words it (lib/i18n/error-text.ts). */
/** `offline`: the background did not answer (its service worker is restarting, or the extension was updated). */
export const ERROR_CODES = ['invalid', 'forbidden', 'storageFull', 'offline', 'failed'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The one error type that carries a code across layers (background handlers, message client). */
export class AppError extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
    this.name = 'AppError';
  }
}

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

/** Is this (possibly wrapped) error the browser saying its storage is full? The one quota check. */
export function isStorageFull(error: unknown): boolean {
  return isQuota(error, 0);
}

/** The code for any error: its own code, storage full, or a generic failure. */
export function errorCodeOf(error: unknown): ErrorCode {
  if (error instanceof AppError) return error.code;
  return isStorageFull(error) ? 'storageFull' : 'failed';
}
