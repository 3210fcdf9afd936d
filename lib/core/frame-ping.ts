/**
 * background → a frame's content script: "are you still there?". A frame that was removed, or that
 * shows a page without our content script, does not answer (lib/background/frame-contexts.ts).
 */
export const FRAME_PING = { type: 'frame/ping' } as const;

export function isFramePing(message: unknown): boolean {
  return (message as { type?: unknown } | null)?.type === FRAME_PING.type;
}
