import type { PageContext } from '../hosts/context';

/** An in-page feature: set up for one recognised page, torn down when `signal` aborts. */
export interface Feature {
  id: string;
  appliesTo(context: PageContext): boolean;
  init(context: PageContext, signal: AbortSignal): void | Promise<void>;
  /** Called when the same page changed in place (rows re-rendered, late rows). */
  update?(context: PageContext, signal: AbortSignal): void;
}
