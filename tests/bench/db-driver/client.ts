import type { Page } from 'playwright-core';
import type { DbBench } from './driver';

/** Calls one driver function wherever the driver runs (a Chromium page, or this Node process). */
export type DriverCall = <K extends keyof DbBench>(
  name: K,
  ...args: Parameters<DbBench[K]>
) => Promise<Awaited<ReturnType<DbBench[K]>>>;

/** The driver in a Chromium page: calls its `window.__bench` functions through page.evaluate. */
export function pageDriver(page: Page): DriverCall {
  return (name, ...args) =>
    page.evaluate(
      ([fn, params]) => {
        const bench = (globalThis as unknown as { __bench: Record<string, (...a: unknown[]) => unknown> }).__bench;
        return bench[fn]?.(...params);
      },
      [name, args] as [string, unknown[]],
    ) as never;
}

/** The driver in this Node process (over whatever IndexedDB Dexie was given). */
export async function localDriver(): Promise<DriverCall> {
  const { bench } = await import('./driver');
  const fns = bench as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
  return (name, ...args) => fns[name]?.(...args) as never;
}
