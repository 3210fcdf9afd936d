import type { z } from '../core/zod';
import { REQUEST_SCHEMAS, type Request, type RequestType, type ResponseData } from '../messages/schema';
import type { RouterDeps } from './router';
import type { SenderInfo, SenderKind } from './sender';

/** Who may send a request: content scripts only report their page and read what they show. */
export type RequestSender = Exclude<SenderKind, 'foreign'> | 'content or extensionPage';

/**
 * One request the background answers: its type, who may send it, whether it writes the teacher's
 * database (then it waits for an import or erase in the options page), and its handler. Each
 * feature states its own in its `background.ts`; the router's table is the list of them
 * (lib/features/background-registry.ts and ./core-requests.ts), never typed again.
 */
export interface RequestDefinition<T extends RequestType = RequestType> {
  type: T;
  from: RequestSender;
  writes?: boolean;
  /** Its schema; by default the shipped one of this type (lib/messages/schema.ts). */
  schema?: z.ZodType;
  handle(deps: RouterDeps, request: Extract<Request, { type: T }>, sender: SenderInfo): Promise<ResponseData<T>>;
}

/** Keeps the request's own type for its handler. */
export function defineRequest<T extends RequestType>(definition: RequestDefinition<T>): RequestDefinition<T> {
  return definition;
}

/** Any definition, as the table holds them (each handler still checked against its own type above). */
// biome-ignore lint/suspicious/noExplicitAny: a table of handlers for different request types
export type AnyRequestDefinition = RequestDefinition<any>;

/** The router's table: one definition per type (a second one for the same type is a mistake). */
export interface RequestTable {
  get(type: unknown): (AnyRequestDefinition & { schema: z.ZodType }) | undefined;
  readonly types: readonly string[];
}

export function requestTable(definitions: readonly AnyRequestDefinition[]): RequestTable {
  const byType = new Map<string, AnyRequestDefinition & { schema: z.ZodType }>();
  for (const d of definitions) {
    if (byType.has(d.type)) throw new Error(`request ${d.type} is defined twice`);
    const schema = d.schema ?? REQUEST_SCHEMAS.get(d.type);
    if (!schema) throw new Error(`request ${d.type} has no schema`);
    byType.set(d.type, { ...d, schema });
  }
  return {
    get: (type) => (typeof type === 'string' ? byType.get(type) : undefined),
    types: [...byType.keys()],
  };
}

/** Tells open extension pages that this student's data changed (after a write). */
export function dataChanged(deps: Pick<RouterDeps, 'notify'>, studentKey: string): void {
  deps.notify({ type: 'data/changed', studentKey });
}

/** Whether a sender of this kind may send this request. */
export function mayAsk(from: RequestSender, kind: SenderKind): boolean {
  return from === kind || (from === 'content or extensionPage' && kind !== 'foreign');
}
