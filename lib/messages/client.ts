import { browser } from 'wxt/browser';
import { AppError } from '../core/errors';
import { envelopeSchema, type Request, type RequestType, type ResponseData, responseSchemas } from './schema';

/** Sends a typed request to the background and checks the answer's shape (both ends validate). */
export async function send<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<ResponseData<T>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(request);
  } catch {
    throw new AppError('failed');
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) throw new AppError('invalid');
  if (!envelope.data.ok) throw new AppError(envelope.data.error);
  const data = responseSchemas[request.type].safeParse(envelope.data.data);
  if (!data.success) throw new AppError('invalid');
  return data.data as ResponseData<T>;
}
