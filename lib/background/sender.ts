/** Who sent a message, as the browser reports it (reduced to what the router checks). */
export interface SenderInfo {
  /** The sending extension's id; must be ours. */
  extensionId?: string;
  /** Set when a content script in a tab sent it. */
  tabId?: number;
  /** The frame of that tab (0: the top frame). */
  frameId?: number;
  /** The sending document's URL. */
  url?: string;
}

export type SenderKind = 'content' | 'extensionPage' | 'foreign';

/** Classifies a sender: another extension or a web page (no id of ours) is foreign. */
export function classifySender(sender: SenderInfo, ownId: string, ownOrigin: string): SenderKind {
  if (sender.extensionId !== ownId) return 'foreign';
  if (sender.url?.startsWith(ownOrigin)) return 'extensionPage';
  if (sender.tabId !== undefined) return 'content';
  return 'foreign';
}
