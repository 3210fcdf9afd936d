/**
 * The privacy blur as the in-page features see it: the background owns the state (for the browser
 * session) and tells the content script; features redraw without anything personal while it is on.
 */
export interface Privacy {
  blurred(): boolean;
  /** Calls `listener` on every change until `signal` aborts. */
  subscribe(listener: (on: boolean) => void, signal: AbortSignal): void;
}

export function createPrivacy(initial = false): Privacy & { set(on: boolean): void } {
  let on = initial;
  const listeners = new Set<(on: boolean) => void>();
  return {
    blurred: () => on,
    subscribe(listener, signal) {
      if (signal.aborted) return;
      listeners.add(listener);
      signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
    set(next) {
      if (next === on) return;
      on = next;
      for (const listener of [...listeners]) {
        try {
          listener(on);
        } catch {
          // one feature failing to redraw must not stop the others (nor throw into the page)
        }
      }
    },
  };
}

/** Is this the background's blur announcement (checked by hand: no schema library in the school page)? */
export function blurAnnouncement(message: unknown): boolean | undefined {
  const m = message as { type?: unknown; on?: unknown } | null;
  return m?.type === 'blur/state' && typeof m.on === 'boolean' ? m.on : undefined;
}
