import { browser } from 'wxt/browser';
import { type ErrorCode, envelopeSchema, type Request, type RequestType, type ResponseData, responseSchemas } from './messages';

/** A request that the background refused or could not carry out. */
export class ClientError extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
  }
}

/** Sends a typed request to the background and checks the answer's shape (both ends validate). */
export async function send<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<ResponseData<T>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(request);
  } catch {
    throw new ClientError('failed');
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) throw new ClientError('invalid');
  if (!envelope.data.ok) throw new ClientError(envelope.data.error);
  const data = responseSchemas[request.type].safeParse(envelope.data.data);
  if (!data.success) throw new ClientError('invalid');
  return data.data as ResponseData<T>;
}
