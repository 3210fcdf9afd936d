import { browser } from 'wxt/browser';
import { AppError, ERROR_CODES, type ErrorCode } from '../core/errors';
import type { Request, RequestType, ResponseData } from './schema';

const isErrorCode = (value: unknown): value is ErrorCode => (ERROR_CODES as readonly unknown[]).includes(value);

/**
 * Sends a typed request to the background. The background validates every request (lib/messages/schema)
 * and answers over the extension's own channel, which no web page can reach: the answer is trusted,
 * only its envelope is checked. So no schema library runs in the school page.
 */
export async function send<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<ResponseData<T>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(request);
  } catch {
    // The channel itself failed: the background is not there (restarting worker, updated extension).
    throw new AppError('offline');
  }
  if (raw === undefined) throw new AppError('offline'); // nobody answered
  const envelope = raw as { ok?: unknown; data?: unknown; error?: unknown } | null | undefined;
  if (envelope?.ok === true && 'data' in envelope) return envelope.data as ResponseData<T>;
  throw new AppError(envelope?.ok === false && isErrorCode(envelope.error) ? envelope.error : 'invalid');
}
